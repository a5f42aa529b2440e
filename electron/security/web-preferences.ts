// The renderer's settings, following Electron's security checklist: sandboxed, isolated from the preload, no Node
// anywhere (page, workers, subframes), same-origin policy on, no <webview>, no experimental Blink features.
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string, devtools: boolean): WebPreferences {
  return {
    preload: preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    // A middle click on a link would ask for a new window; those are refused anyway (security/harden.ts).
    disableBlinkFeatures: 'Auxclick',
    webviewTag: false,
    // Dropping a file on the window must not navigate away from the app.
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    devTools: devtools,
  };
}
