// The renderer's browser platform in Debian's Chromium: without the preload bridge the browser platform is chosen;
// saving produces a real download with the suggested name and the exact bytes; picking opens a file chooser that
// offers the requested types and returns the chosen file's name and bytes; a file opened for reading is read by
// position; a streamed save is one download of its pieces, or goes through the save picker (whole or not at all).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundle, launchChromium, serve, type TestServer } from './browser-harness.ts';
import type { PlatformPageApi } from './pages/platform-page-api.ts';

const ROOT = join(import.meta.dirname, '..', '..');

let browser: Browser;
let server: TestServer;
let page: Page;

beforeAll(async () => {
  const script = await bundle(join(ROOT, 'test/e2e/pages/platform-page.ts'));
  server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><body><script type="module" src="/page.js"></script>' },
    '/page.js': { type: 'text/javascript', body: script },
  });
  browser = await launchChromium();
  page = await browser.newPage({ acceptDownloads: true });
  await page.goto(server.url);
  await page.waitForFunction(() => 'platformPage' in globalThis);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Win = { platformPage: PlatformPageApi };

describe('browser platform in Chromium', () => {
  it('is the platform chosen without the bridge, and the Electron one with it', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as Win).platformPage.shell)).toBe('browser');
    expect(await page.evaluate(() => (globalThis as unknown as Win).platformPage.shellWithBridge())).toBe('electron');
    const info = await page.evaluate(() => (globalThis as unknown as Win).platformPage.appInfo());
    expect(info).toMatchObject({ name: 'Mulu', version: '0.0.0-test', shell: 'browser', runtime: expect.stringContaining('Chrome') });
  });

  it('saves a file as a download with the suggested name and the exact bytes', async () => {
    const bytes = [0, 1, 2, 250, 255, ...new TextEncoder().encode('目录包')];
    await page.evaluate((toSave) => ((globalThis as unknown as Win).platformPage.toSave = toSave), { name: '目录包 2026-11-22.zip', bytes });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save')]);
    expect(download.suggestedFilename()).toBe('目录包 2026-11-22.zip');
    expect([...(await readFile(await download.path()))]).toEqual(bytes);
    expect(await page.evaluate(() => (globalThis as unknown as Win).platformPage.saved)).toEqual({ name: '目录包 2026-11-22.zip' });
  });

  it('picks a file of the offered types and returns its name and bytes', async () => {
    await page.evaluate(() => {
      (globalThis as unknown as Win).platformPage.accept = [
        { name: '工作簿', extensions: ['xlsx'] },
        { name: '目录文件', extensions: ['json'] },
      ];
    });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#pick')]);
    expect(chooser.isMultiple()).toBe(false);
    expect(await chooser.element().getAttribute('accept')).toBe('.xlsx,.json');
    const content = Buffer.from('PK\u0003\u0004 工作簿');
    await chooser.setFiles({ name: '某县目录.xlsx', mimeType: 'application/octet-stream', buffer: content });
    expect(await page.evaluate(() => (globalThis as unknown as Win).platformPage.picked)).toEqual({ name: '某县目录.xlsx', bytes: [...content] });
  });

  it('opens a picked file for reading by position, without reading it whole', async () => {
    await page.evaluate(() => ((globalThis as unknown as Win).platformPage.accept = [{ name: '工作区备份', extensions: ['mulu-backup'] }]));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#open')]);
    expect(await chooser.element().getAttribute('accept')).toBe('.mulu-backup');
    await chooser.setFiles({ name: '备份.mulu-backup', mimeType: 'application/octet-stream', buffer: Buffer.from([9, 8, 7, 6, 5, 4, 3, 2, 1]) });
    expect(await page.evaluate(() => (globalThis as unknown as Win).platformPage.opened)).toEqual({ name: '备份.mulu-backup', size: 9, slice: [7, 6, 5, 4] });
  });

  it('streams a save as one download of the pieces when there is no save picker', async () => {
    const bytes = [...new TextEncoder().encode('PK 工作区备份 pieces')];
    await page.evaluate((toSave) => Object.assign((globalThis as unknown as Win).platformPage, { toSave, streamMode: { picker: 'download', finish: 'commit' } }), { name: '泗县-工作区备份.mulu-backup', bytes });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#stream')]);
    expect(download.suggestedFilename()).toBe('泗县-工作区备份.mulu-backup');
    expect([...(await readFile(await download.path()))]).toEqual(bytes);
    expect(await page.evaluate(() => (globalThis as unknown as Win).platformPage.streamed)).toEqual({ name: '泗县-工作区备份.mulu-backup' });
  });

  it('streams a save through the File System Access picker: the file changes only when committed', async () => {
    expect(await page.evaluate(() => (globalThis as unknown as Win).platformPage.hasSavePicker)).toBe(true); // Chromium has one: the app takes that path
    const bytes = [...new TextEncoder().encode('新的备份内容')];
    const run = async (finish: 'commit' | 'abort') => {
      await page.evaluate(([toSave, f]) => Object.assign((globalThis as unknown as Win).platformPage, { toSave, streamMode: { picker: 'opfs', finish: f } }), [{ name: 'x.mulu-backup', bytes }, finish] as const);
      await page.click('#stream');
      return page.evaluate(async () => ({ result: await (globalThis as unknown as Win).platformPage.streamed, text: await (globalThis as unknown as Win).platformPage.opfsText() }));
    };
    expect(await run('abort')).toEqual({ result: null, text: 'old' });
    expect(await run('commit')).toEqual({ result: { name: 'x.mulu-backup' }, text: '新的备份内容' });
  });

  it('gives null when no file is chosen', async () => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#pick')]);
    await chooser.setFiles([]);
    expect(await page.evaluate(() => (globalThis as unknown as Win).platformPage.picked)).toBeNull();
  });
});
