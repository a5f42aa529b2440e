// The Electron main process: a thin shell. It registers the app:// scheme, takes the single-instance lock, applies
// the security policies, serves the built renderer and opens one window. No business logic lives here: the
// catalog work is done by the renderer over core/, and main only offers dialogs and file access (ipc/).
import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, protocol, session } from 'electron';
import { createFileHandlers } from './ipc/file-handlers.ts';
import { FileStreams } from './ipc/file-streams.ts';
import { registerIpcHandlers } from './ipc/register-handlers.ts';
import { OpenedFiles } from './ipc/opened-files.ts';
import { SavedFiles } from './ipc/saved-files.ts';
import { APP_ENTRY_URL, APP_SCHEME_REGISTRATION } from './protocol/app-origin.ts';
import { serveRenderer } from './protocol/serve-renderer.ts';
import { hardenSession, hardenWebContents } from './security/harden.ts';
import { secureWebPreferences } from './security/web-preferences.ts';
import { devReloadEnabled, watchForReload } from './window/dev-reload.ts';
import { nextZoomFactor, windowKeyAction } from './window/zoom-keys.ts';

// Laid out by scripts/build-electron.mjs: out/electron/{main,preload}.cjs beside out/renderer/.
const PRELOAD = join(__dirname, 'preload.cjs');
const RENDERER_DIR = join(__dirname, '..', 'renderer');

// Developer tools only when running from the sources; a packaged app never opens them.
const DEVTOOLS = !app.isPackaged;

// Privileged schemes can only be registered before the app is ready.
protocol.registerSchemesAsPrivileged([APP_SCHEME_REGISTRATION]);
app.enableSandbox();

if (app.requestSingleInstanceLock()) {
  start();
} else {
  // Another Mulu is running: it gets the focus (second-instance below) and this one leaves.
  app.quit();
}

function start(): void {
  let window: BrowserWindow | null = null;

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession, DEVTOOLS);
    serveRenderer(protocol, RENDERER_DIR);
    const streams = new FileStreams(fs, (path) => fs.open(path, 'r'), randomUUID);
    registerIpcHandlers(ipcMain, createFileHandlers(new SavedFiles(randomUUID), new OpenedFiles(), streams));
    // Electron's default menu links to websites and offers reload and devtools; the app needs none of it. Zoom and
    // full screen, which went with it, come back as keys (createWindow).
    Menu.setApplicationMenu(null);
    window = createWindow();
    const stopReloading = devReloadEnabled(app.isPackaged, process.env) ? watchForReload(RENDERER_DIR, () => window?.webContents.reloadIgnoringCache()) : undefined;
    window.on('closed', () => {
      stopReloading?.();
      window = null;
    });
  });
}

function createWindow(): BrowserWindow {
  // Electronegativity cannot follow secureWebPreferences() into security/web-preferences.ts, where the sandbox,
  // context isolation and the Auxclick block are set; test/unit/electron/window-security.test.ts checks them there.
  const window = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: '目录 Mulu',
    webPreferences: secureWebPreferences(PRELOAD, DEVTOOLS),
  });
  window.once('ready-to-show', () => window.show());
  window.webContents.on('before-input-event', (event, input) => {
    const action = windowKeyAction(input);
    if (!action) return;
    event.preventDefault();
    if (action === 'fullScreen') window.setFullScreen(!window.isFullScreen());
    else window.webContents.setZoomFactor(nextZoomFactor(window.webContents.getZoomFactor(), action));
  });
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
