// main.ts with Electron replaced by fakes: the order and the wiring that only a real Electron run would otherwise
// show. The scheme is privileged and the sandbox forced before ready; a second instance leaves at once; once
// ready, the session is hardened, app:// is served, the four IPC channels are handled, the menu is gone, and one
// window opens app://mulu/index.html with the secure preferences.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CONTRACT } from '../../../core/platform/ipc-contract.ts';
import { APP_SCHEME_REGISTRATION } from '../../../electron/protocol/app-origin.ts';

const fake = vi.hoisted(() => {
  const log: string[] = [];
  const state = { lock: true, windows: [] as InstanceType<typeof BrowserWindow>[] };
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  let ready: () => void = () => {};
  const readyPromise = new Promise<void>((resolve) => (ready = resolve));
  const recorder = (name: string) => () => {
    log.push(name);
  };
  const session = {
    setPermissionRequestHandler: recorder('session.setPermissionRequestHandler'),
    setPermissionCheckHandler: recorder('session.setPermissionCheckHandler'),
    setDevicePermissionHandler: recorder('session.setDevicePermissionHandler'),
    setDisplayMediaRequestHandler: recorder('session.setDisplayMediaRequestHandler'),
    setSpellCheckerEnabled: recorder('session.setSpellCheckerEnabled'),
    webRequest: { onBeforeRequest: recorder('session.webRequest.onBeforeRequest') },
  };
  class BrowserWindow {
    url?: string;
    fullScreen = false;
    zoom = 1;
    onInput?: (event: { preventDefault: () => void }, input: Record<string, unknown>) => void;
    webContents = {
      on: (event: string, listener: NonNullable<BrowserWindow['onInput']>) => {
        if (event === 'before-input-event') this.onInput = listener;
      },
      getZoomFactor: () => this.zoom,
      setZoomFactor: (factor: number) => {
        this.zoom = factor;
      },
    };
    setFullScreen(on: boolean) {
      this.fullScreen = on;
    }
    isFullScreen() {
      return this.fullScreen;
    }
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      log.push('new BrowserWindow');
      state.windows.push(this);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
  }
  return {
    log,
    state,
    appListeners,
    ready: () => ready(),
    electron: {
      app: {
        isPackaged: true,
        enableSandbox: recorder('app.enableSandbox'),
        requestSingleInstanceLock: () => {
          log.push('app.requestSingleInstanceLock');
          return state.lock;
        },
        quit: recorder('app.quit'),
        on: (event: string, listener: (...args: unknown[]) => void) => appListeners.set(event, listener),
        whenReady: () => readyPromise,
      },
      protocol: {
        registerSchemesAsPrivileged: (schemes: unknown) => log.push(`protocol.registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
        handle: (scheme: string) => log.push(`protocol.handle ${scheme}`),
      },
      session: { defaultSession: session },
      ipcMain: { handle: (channel: string) => log.push(`ipcMain.handle ${channel}`) },
      Menu: { setApplicationMenu: (menu: unknown) => log.push(`Menu.setApplicationMenu ${String(menu)}`) },
      BrowserWindow,
      dialog: {},
      shell: {},
    },
  };
});

vi.mock('electron', () => fake.electron);

async function loadMain(lock: boolean) {
  fake.log.length = 0;
  fake.state.lock = lock;
  fake.state.windows.length = 0;
  vi.resetModules();
  await import('../../../electron/main.ts');
}

describe('main.ts wiring', () => {
  beforeEach(() => fake.appListeners.clear());

  it('privileges app:// and forces the sandbox before ready, then opens one hardened window', async () => {
    await loadMain(true);
    expect(fake.log).toEqual([
      `protocol.registerSchemesAsPrivileged ${JSON.stringify([APP_SCHEME_REGISTRATION])}`,
      'app.enableSandbox',
      'app.requestSingleInstanceLock',
    ]);
    expect([...fake.appListeners.keys()].sort()).toEqual(['second-instance', 'web-contents-created', 'window-all-closed']);

    fake.ready();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    expect(fake.log.slice(3)).toEqual([
      'session.setPermissionRequestHandler',
      'session.setPermissionCheckHandler',
      'session.setDevicePermissionHandler',
      'session.setDisplayMediaRequestHandler',
      'session.setSpellCheckerEnabled',
      'session.webRequest.onBeforeRequest',
      'protocol.handle app',
      ...Object.values(IPC_CONTRACT).map((op) => `ipcMain.handle ${op.channel}`),
      'Menu.setApplicationMenu null',
      'new BrowserWindow',
    ]);
    const [window] = fake.state.windows;
    expect(window!.url).toBe('app://mulu/index.html');
    expect(window!.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, devTools: false });
    expect(window!.options.webPreferences.preload).toMatch(/preload\.cjs$/);
  });

  it('zooms and goes full screen from the keyboard, and leaves every other key to the page', async () => {
    await loadMain(true);
    fake.ready();
    await vi.waitFor(() => expect(fake.state.windows).toHaveLength(1));
    const window = fake.state.windows[0]!;
    const press = (key: string, control = true) => {
      let prevented = false;
      window.onInput!({ preventDefault: () => (prevented = true) }, { type: 'keyDown', key, control, meta: false, alt: false, shift: false });
      return prevented;
    };
    expect(press('=')).toBe(true);
    expect(window.zoom).toBe(1.1);
    expect(press('+')).toBe(true);
    expect(window.zoom).toBe(1.25);
    expect(press('-')).toBe(true);
    expect(press('-')).toBe(true);
    expect(window.zoom).toBe(1);
    expect(press('-')).toBe(true);
    expect(window.zoom).toBe(0.9);
    expect(press('0')).toBe(true);
    expect(window.zoom).toBe(1);
    expect(press('F11', false)).toBe(true);
    expect(window.fullScreen).toBe(true);
    // The app's own keys (undo, search, typing) are not touched.
    expect(press('z')).toBe(false);
    expect(press('=', false)).toBe(false);
    expect(window.zoom).toBe(1);
  });

  it('leaves at once when another instance holds the lock', async () => {
    await loadMain(false);
    expect(fake.log.at(-1)).toBe('app.quit');
    expect(fake.appListeners.size).toBe(0);
  });
});
