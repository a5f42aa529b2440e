// The workbook dry run in a Web Worker of real Chromium (the browser build; Electron's renderer is the same
// Chromium): it reads a county-sized workbook without a broken character, reports progress while the page stays
// responsive, can be cancelled, and refuses a file that is not a workbook with a Chinese reason.
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../core/profiles/profile.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import { exportWorkbook } from '../../core/workbook/export-workbook.ts';
import type { PageImportSummary } from './pages/workbook-worker-summary.ts';
import { bundle, launchChromium, serve, type TestServer } from './browser-harness.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const RESOURCES = 3_000;

let browser: Browser;
let server: TestServer;
let page: Page;
const catalog = generateCatalog({ resources: RESOURCES, seed: 11, profile: 'anhui', itemsPerResource: 20 });

beforeAll(async () => {
  const [worker, script] = await Promise.all([
    bundle(join(ROOT, 'renderer/services/workbook/workbook-import.worker.ts')),
    bundle(join(ROOT, 'test/e2e/pages/workbook-worker-page.ts')),
  ]);
  server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>' },
    '/page.js': { type: 'text/javascript', body: script },
    '/worker.js': { type: 'text/javascript', body: worker },
    '/county.xlsx': { type: 'application/octet-stream', body: exportWorkbook(catalog, { profile: loadProfile('anhui') }) },
    '/not-a-workbook.xlsx': { type: 'application/octet-stream', body: new TextEncoder().encode('这不是工作簿') },
  });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => 'runImport' in globalThis);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const run = (url: string, cancel = false) =>
  page.evaluate(([u, c]) => (globalThis as unknown as { runImport(u: string, c: boolean): Promise<PageImportSummary> }).runImport(u, c), [url, cancel] as const);

describe('workbook import worker in Chromium', () => {
  it('reads every resource and item with no broken character, reporting progress off the page thread', async () => {
    const r = await run('/county.xlsx');
    expect(r.outcome).toBe('ok');
    expect(r.resources).toBe(RESOURCES);
    expect(r.items).toBe(catalog.resources.reduce((n, x) => n + x.items.length, 0));
    expect(r.replacementChars).toBe(0);
    expect(r.findings).toBeGreaterThan(0);
    expect(r.progress.length).toBeGreaterThan(3);
    expect(r.progress).toEqual([...r.progress].sort((a, b) => a - b));
    expect(r.ticks).toBeGreaterThan(5);
  }, 120_000);

  it('stops when cancelled', async () => {
    const r = await run('/county.xlsx', true);
    expect(r.outcome).toBe('cancelled');
    expect(r.progress.length).toBe(1);
  }, 60_000);

  it('refuses a file that is not a workbook, in Chinese', async () => {
    const r = await run('/not-a-workbook.xlsx');
    expect(r.outcome).toBe('failed');
    expect(r.failureReason).toBe('notZip');
    expect(r.failureMessage).toMatch(/[\u4e00-\u9fff]/);
  }, 60_000);
});
