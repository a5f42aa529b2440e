// The renderer's settings and the CSP and headers every app:// response carries.
import { describe, expect, it } from 'vitest';
import { appResponseHeaders, contentTypeOf } from '../../../electron/protocol/response-headers.ts';
import { APP_ENTRY_URL, APP_SCHEME_REGISTRATION } from '../../../electron/protocol/app-origin.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp.ts';
import { secureWebPreferences } from '../../../electron/security/web-preferences.ts';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...sources] = d.trim().split(/\s+/);
    return [name!, sources] as const;
  }),
);

describe('web preferences', () => {
  it('follow the security checklist', () => {
    expect(secureWebPreferences('/app/out/electron/preload.cjs', false)).toMatchObject({
      preload: '/app/out/electron/preload.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
    expect(secureWebPreferences('/p', false)).not.toHaveProperty('enableBlinkFeatures');
  });

  it('enable developer tools only when asked (outside production)', () => {
    expect(secureWebPreferences('/p', true).devTools).toBe(true);
  });
});

describe('app origin', () => {
  it('is app://mulu, a standard secure scheme (IndexedDB belongs to it)', () => {
    expect(APP_ENTRY_URL).toBe('app://mulu/index.html');
    expect(APP_SCHEME_REGISTRATION).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    });
  });
});

describe('content security policy', () => {
  it('allows nothing by default and only the app itself for scripts, workers, data and styles', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(directives.get('worker-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    for (const name of ['base-uri', 'form-action', 'frame-ancestors']) expect(directives.get(name)).toEqual(["'none'"]);
  });

  it('never allows eval, remote hosts or wildcards', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-eval'|https?:|wss?:|\*|file:/);
  });
});

describe('response headers', () => {
  it('carry the CSP and forbid sniffing on every file', () => {
    for (const file of ['/r/index.html', '/r/assets/a.js', '/r/x.bin']) {
      expect(appResponseHeaders(file)).toMatchObject({
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      });
    }
  });

  it.each([
    ['/r/index.html', 'text/html; charset=utf-8'],
    ['/r/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['/r/assets/worker.MJS', 'text/javascript; charset=utf-8'],
    ['/r/assets/style.css', 'text/css; charset=utf-8'],
    ['/r/assets/hash.wasm', 'application/wasm'],
    ['/r/assets/font.woff2', 'font/woff2'],
    ['/r/assets/unknown.xyz', 'application/octet-stream'],
    ['/r/LICENSE', 'application/octet-stream'],
  ])('types %s as %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});
