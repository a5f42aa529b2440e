// Wires the security policies to Electron: every web contents (window, devtools, anything created later) and the
// session the app runs in. The decisions themselves are the pure functions next to this file.
import type { Session, WebContents } from 'electron';
import { isNavigationAllowed } from './navigation-policy.ts';
import { isRequestAllowed } from './request-policy.ts';

export function hardenWebContents(contents: WebContents): void {
  const refuseUnlessAllowed = (event: { url: string; preventDefault(): void }) => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', refuseUnlessAllowed);
  contents.on('will-frame-navigate', refuseUnlessAllowed);
  contents.on('will-redirect', refuseUnlessAllowed);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session, devtools: boolean): void {
  // The app needs no camera, notifications, geolocation, HID, serial or USB: every request and check is refused.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback({}));
  // Chromium would fetch Hunspell dictionaries for the spellchecker; the app has none to offer and stays offline.
  session.setSpellCheckerEnabled(false);
  // Offline by design: any request that is not the app's own file is cancelled before it is made.
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isRequestAllowed(details.url, { devtools }) }));
}
