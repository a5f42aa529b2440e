// The app is offline by design: every request that would leave the machine is refused by the session's policy.
// This is the proof at the policy level, for every URL scheme a page can reach; test/e2e/electron-app.test.ts shows
// the same in the running app where Electron can start.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRequestAllowed } from '../../../electron/security/request-policy.ts';
import { isNavigationAllowed } from '../../../electron/security/navigation-policy.ts';

const production = { devtools: false };
const development = { devtools: true };

const leavingTheApp = [
  'http://example.com/',
  'https://example.com/api?q=1',
  'http://localhost:5173/',
  'http://127.0.0.1/',
  'http://[::1]/',
  'http://192.168.1.10/share/',
  'https://mulu/index.html',
  'ws://example.com/socket',
  'wss://example.com/socket',
  'ftp://example.com/file',
  'file:///etc/passwd',
  'file:///C:/Windows/win.ini',
  'file://server/share/catalog.xlsx',
  'app://example.com/index.html',
  'app://mulu.example.com/index.html',
  'app://mulu@example.com/index.html',
  'app://user:password@mulu/index.html',
  'app://mulu:8080/index.html',
  'chrome://settings',
  'chrome-extension://abcdef/script.js',
  'devtools://devtools/bundled/inspector.html',
  'filesystem:http://example.com/temporary/x',
  'javascript:alert(1)',
  'mailto:clerk@example.com',
  'about:blank',
  '//example.com/',
  '',
];

describe('request policy', () => {
  it.each(leavingTheApp)('blocks %s', (url) => {
    expect(isRequestAllowed(url, production)).toBe(false);
  });

  it('blocks every generated http(s), ws(s) and ftp URL', () => {
    const scheme = fc.constantFrom('http', 'https', 'ws', 'wss', 'ftp');
    fc.assert(
      fc.property(scheme, fc.webUrl({ withQueryParameters: true, withFragments: true }), (s, url) => {
        const candidate = url.replace(/^https?/, s);
        expect(isRequestAllowed(candidate, production)).toBe(false);
        expect(isRequestAllowed(candidate, development)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it('blocks app:// under any other authority', () => {
    fc.assert(
      fc.property(fc.webAuthority({ withUserInfo: true, withPort: true }), (authority) => {
        fc.pre(authority !== 'mulu');
        expect(isRequestAllowed(`app://${authority}/index.html`, production)).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it.each(['app://mulu/index.html', 'app://mulu/assets/index-abc.js', 'app://mulu/', 'data:image/png;base64,iVBORw0KGgo=', 'blob:app://mulu/0b8c6c2e-9a0e-4a53-8d55-2d2f4f7a1c11'])(
    'lets the app load its own content: %s',
    (url) => {
      expect(isRequestAllowed(url, production)).toBe(true);
    },
  );

  it('lets the developer tools load their pages only outside production', () => {
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', development)).toBe(true);
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', production)).toBe(false);
  });
});

describe('navigation policy', () => {
  it('stays on the app', () => {
    expect(isNavigationAllowed('app://mulu/index.html')).toBe(true);
    expect(isNavigationAllowed('app://mulu/index.html#/import')).toBe(true);
  });

  it.each(leavingTheApp)('refuses to navigate to %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });

  it('refuses the look-alikes the security checklist warns about', () => {
    expect(isNavigationAllowed('app://mulu.attacker.example/index.html')).toBe(false);
    expect(isNavigationAllowed('app://attacker.example/app://mulu/')).toBe(false);
  });
});
