// The web build as one folder (npm run web:bundle): laid out from the production build, started with its own
// start-mulu.sh (Python 3's standard library, as on a loongarch64 UOS PC), it answers on 127.0.0.1 only, with the
// very headers the desktop's app:// protocol sends for each file, refuses anything that is not the app's own file,
// and the app loads in Chromium under that CSP.
import { spawn, type ChildProcess } from 'node:child_process';
import { get } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appResponseHeaders } from '../../electron/protocol/response-headers.ts';
import { layOutWebBundle } from '../../scripts/lib/web-bundle.mjs';
import { builtApp, openAppPage, ROOT, shot } from './app-harness.ts';
import { launchChromium, type TestServer } from './browser-harness.ts';

const folder = mkdtempSync(join(tmpdir(), 'mulu-web-'));
let server: ChildProcess | undefined;
let url = '';

beforeAll(async () => {
  await layOutWebBundle({ renderer: await builtApp(), out: folder, serverSources: join(ROOT, 'scripts', 'web-bundle') });
  // Port 0: any free port for the test; the folder's own default is fixed (the browser keeps data per address).
  server = spawn('sh', [join(folder, 'start-mulu.sh'), '--no-browser', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: server.stdout! });
  url = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    server!.once('exit', (code) => reject(new Error(`start-mulu.sh exited with ${code}`)));
  });
}, 300_000);

afterAll(() => {
  server?.kill();
  rmSync(folder, { recursive: true, force: true });
});

describe('web build folder', () => {
  it('serves on 127.0.0.1 with the desktop’s headers for each file', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    for (const path of ['index.html', 'third-party-notices.txt', 'LICENSE.txt']) {
      const response = await fetch(`${url}${path}`);
      expect(response.status).toBe(200);
      const expected = appResponseHeaders(join(folder, 'app', path));
      for (const [name, value] of Object.entries(expected)) expect(response.headers.get(name)).toBe(value);
    }
    const root = await fetch(url);
    expect(root.headers.get('content-security-policy')).toBe(appResponseHeaders('index.html')['Content-Security-Policy']);
    expect(await root.text()).toContain('<title>目录 Mulu</title>');
    // A script of the build: the worker scripts need the CSP on their own responses too.
    const html = await (await fetch(`${url}index.html`)).text();
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1]!;
    const js = await fetch(`${url}${script}`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toBe(appResponseHeaders(script)['Content-Security-Policy']);
  });

  it('serves nothing but the app’s own files', async () => {
    // Sent as written (fetch would resolve the dots first): the server must refuse them itself.
    const status = (path: string) =>
      new Promise<number | undefined>((resolve, reject) => get(`${url}x`, { path }, (res) => resolve(res.resume().statusCode)).on('error', reject));
    for (const path of ['/missing.html', '/../headers.json', '/../serve.py', '/%2e%2e/serve.py', '/assets/../../start-mulu.sh', '/..%2fstart-mulu.sh', '/assets/']) {
      expect(await status(path), path).toBe(404);
    }
    expect(await status('/index.html')).toBe(200);
  });

  it('runs the app in Chromium', async () => {
    const browser = await launchChromium();
    try {
      const served: TestServer = { url: url.replace(/\/$/, ''), close: async () => undefined };
      const { page, outside, errors } = await openAppPage(browser, served);
      await page.goto(url);
      await page.getByText('首次使用：建立本部门工作区').waitFor();
      await shot(page, 'web-bundle-first-run');
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
