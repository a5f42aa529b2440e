// app:// URLs map to files under the renderer folder and nowhere else, on POSIX and Windows paths alike.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../electron/protocol/app-path.ts';

const hosts = [
  { name: 'posix', api: path.posix, root: '/opt/Mulu/resources/app.asar/out/renderer' },
  { name: 'win32', api: path.win32, root: 'C:\\Users\\clerk\\AppData\\Local\\Programs\\Mulu\\resources\\app.asar\\out\\renderer' },
] as const;

describe.each(hosts)('resolveAppPath on $name', ({ api, root }) => {
  const resolve = (url: string) => resolveAppPath(root, url, api);

  it.each([
    ['app://mulu/', 'index.html'],
    ['app://mulu/index.html', 'index.html'],
    ['app://mulu/index.html?x=1#/catalog', 'index.html'],
    ['app://mulu/assets/index-B7x_Q2-a.js', api.join('assets', 'index-B7x_Q2-a.js')],
    ['app://mulu/assets/divisions.chunk.json', api.join('assets', 'divisions.chunk.json')],
    // The texts 关于 loads (scripts/lib/shipped-texts-plugin.ts).
    ['app://mulu/third-party-notices.txt', 'third-party-notices.txt'],
    ['app://mulu/LICENSE.txt', 'LICENSE.txt'],
    // The URL parser removes dot segments before we see the path; what is left stays inside the folder.
    ['app://mulu/assets/../index.html', 'index.html'],
    ['app://mulu/a/%2e%2e/index.html', 'index.html'],
  ])('serves %s as %s', (url, relative) => {
    expect(resolve(url)).toEqual({ ok: true, path: api.join(root, relative) });
  });

  it.each([
    'app://mulu/..%2f..%2fetc/passwd',
    'app://mulu/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://mulu/..%5c..%5cwindows%5cwin.ini',
    'app://mulu/%252e%252e/secret',
    'app://mulu/..\\..\\secret',
    'app://mulu/assets\\..\\..\\secret',
    'app://mulu/C:/Windows/win.ini',
    'app://mulu/C:%5CWindows%5Cwin.ini',
    'app://mulu//etc/passwd',
    'app://mulu/%2fetc%2fpasswd',
    'app://mulu/assets/',
    'app://mulu/.env',
    'app://mulu/assets/.hidden',
    'app://mulu/index.html.',
    'app://mulu/index.html%00.js',
    'app://mulu/%E7%9B%AE%E5%BD%95.html',
    'app://mulu/CON',
    'app://mulu/nul.txt',
    'app://mulu/assets/com1.js',
    'app://mulu/index.html::$DATA',
    `app://mulu/${'a/'.repeat(16)}x.js`,
    `app://mulu/${'a'.repeat(256)}`,
  ])('refuses %s', (url) => {
    expect(resolve(url)).toMatchObject({ ok: false });
  });

  it.each([
    'app://other/index.html',
    'app://user@mulu/index.html',
    'app://mulu:99/index.html',
    'file:///etc/passwd',
    'https://mulu/index.html',
    'not a url',
  ])('refuses %s, which is not this app', (url) => {
    expect(resolve(url)).toEqual({ ok: false, reason: 'not an app:// URL of this app' });
  });

  it('refuses a relative renderer folder', () => {
    expect(resolveAppPath('out/renderer', 'app://mulu/index.html', api)).toMatchObject({ ok: false });
  });
});
