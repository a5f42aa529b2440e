// The wiring of the security policies onto Electron objects, with fakes standing in for WebContents and Session:
// navigation away, new windows, <webview>, permissions and outgoing requests are all refused.
import type { Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenSession, hardenWebContents } from '../../../electron/security/harden.ts';

type Listener = (...args: unknown[]) => unknown;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | undefined;
  const contents = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: Listener) => {
      openHandler = handler;
    },
  };
  hardenWebContents(contents as unknown as WebContents);
  const navigate = (event: string, url: string) => {
    const e = { url, preventDefault: vi.fn() };
    listeners.get(event)!(e);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { listeners, navigate, open: (url: string) => openHandler!({ url }) };
}

function fakeSession(devtools: boolean) {
  const handlers: Record<string, Listener> = {};
  const session = {
    setPermissionRequestHandler: (h: Listener) => (handlers.request = h),
    setPermissionCheckHandler: (h: Listener) => (handlers.check = h),
    setDevicePermissionHandler: (h: Listener) => (handlers.device = h),
    setDisplayMediaRequestHandler: (h: Listener) => (handlers.display = h),
    setSpellCheckerEnabled: vi.fn(),
    webRequest: { onBeforeRequest: (h: Listener) => (handlers.beforeRequest = h) },
  };
  hardenSession(session as unknown as Session, devtools);
  expect(session.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  const request = (url: string) => {
    const callback = vi.fn();
    handlers.beforeRequest!({ url }, callback);
    return callback.mock.calls[0]![0] as { cancel: boolean };
  };
  return { handlers, request };
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: stays on app://mulu, refuses everything else', (event) => {
    const { navigate } = fakeContents();
    expect(navigate(event, 'app://mulu/index.html')).toBe(false);
    expect(navigate(event, 'https://example.com/')).toBe(true);
    expect(navigate(event, 'file:///etc/passwd')).toBe(true);
  });

  it('denies every new window', () => {
    const { open } = fakeContents();
    expect(open('https://example.com/')).toEqual({ action: 'deny' });
    expect(open('app://mulu/index.html')).toEqual({ action: 'deny' });
  });

  it('refuses to attach a <webview>', () => {
    const { listeners } = fakeContents();
    const event = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const { handlers } = fakeSession(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      handlers.request!({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check!({}, permission, 'app://mulu', {})).toBe(false);
    }
    expect(handlers.device!({ deviceType: 'usb' })).toBe(false);
    const display = vi.fn();
    handlers.display!({}, display);
    expect(display).toHaveBeenCalledWith({});
  });

  it('cancels every request that would leave the app, and lets the app load itself', () => {
    const { request } = fakeSession(false);
    expect(request('http://example.com/')).toEqual({ cancel: true });
    expect(request('https://example.com/')).toEqual({ cancel: true });
    expect(request('ws://example.com/')).toEqual({ cancel: true });
    expect(request('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: true });
    expect(request('app://mulu/index.html')).toEqual({ cancel: false });
  });

  it('lets the developer tools load only when they are enabled', () => {
    expect(fakeSession(true).request('devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false });
  });
});
