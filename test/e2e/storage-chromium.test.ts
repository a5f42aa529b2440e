// The storage layer in the browser the app ships on, with a real profile on disk (test/bench/storage-chromium.ts):
// - the upgrade test: a database written by schema version 1 with data in every table; Chromium restarts
//   (a new start of the app); the current code upgrades it and loses nothing;
// - atomic import: Chromium is killed (SIGKILL) in the middle of an import; after a restart the catalog is
//   exactly what it was and nothing staged is left;
// - a real full disk (the origin's quota lowered through the DevTools protocol) gives the bilingual message, on a
//   save and in the middle of an import, and changes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchWithProfile, type ProfileBrowser } from '../bench/storage-chromium.ts';
import type { CatalogFingerprint, QuotaSummary, ReopenSummary, UpgradeSummary } from './pages/storage-page-summary.ts';
import { bundle, serve, type TestServer } from './browser-harness.ts';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/services/storage/schema.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const READY = 'openUpgraded';

let server: TestServer;
let profile: string;
let chromium: ProfileBrowser | undefined;

beforeAll(async () => {
  const script = await bundle(join(ROOT, 'test/e2e/pages/storage-page.ts'));
  server = await serve({
    '/': { type: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><script type="module" src="/page.js"></script>' },
    '/page.js': { type: 'text/javascript', body: script },
  });
}, 120_000);

afterEach(async () => {
  await chromium?.close();
  chromium = undefined;
  rmSync(profile, { recursive: true, force: true });
});

afterAll(async () => {
  await server?.close();
});

/** Starts Chromium on this test's profile (a fresh one unless `again`) and opens the test page. */
async function start(again = false): Promise<Page> {
  if (!again) profile = mkdtempSync(join(tmpdir(), 'mulu-storage-'));
  chromium = await launchWithProfile(profile);
  return chromium.open(server.url, READY);
}

async function restart(how: 'close' | 'kill'): Promise<Page> {
  await chromium![how]();
  return start(true);
}

const call = <T>(page: Page, name: string, ...args: unknown[]) =>
  page.evaluate(([n, a]) => (globalThis as unknown as Record<string, (...x: unknown[]) => Promise<T>>)[n as string]!(...(a as unknown[])), [name, args] as const);

describe('storage in Chromium', () => {
  it('upgrades a version-1 database with data in every table, across a restart, without losing anything', async () => {
    await call(await start(), 'writeVersion1');
    const r = await call<UpgradeSummary>(await restart('close'), 'openUpgraded');
    expect(r).toEqual({ verno: CURRENT_SCHEMA_VERSION, integrityOk: true, auditEntries: 7, differences: [], catalogEqual: true, foundByName: true, changesSinceImport: true, editedAndUndone: true });
  }, 120_000);

  it('leaves the catalog exactly as it was when Chromium is killed mid-import, and drops the staged rows at the next start', async () => {
    let page = await start();
    const before = await call<CatalogFingerprint>(page, 'seedCatalog', 1_000);
    expect(before.resources).toBe(1_000);

    await call(page, 'startImport', 4_000, 100);
    await page.waitForFunction(() => (globalThis as unknown as { progress: { staged: number } }).progress.staged >= 800, undefined, { polling: 10, timeout: 60_000 });
    const staged = await page.evaluate(() => (globalThis as unknown as { progress: { staged: number; failed: string } }).progress);
    expect(staged.failed).toBe('');
    expect(staged.staged).toBeLessThan(4_000);

    page = await restart('kill');
    const after = await call<ReopenSummary>(page, 'reopen');
    expect(after).toEqual({ integrityOk: true, problems: [], abandoned: 1, catalog: before, rows: 1_000, importStatuses: ['committed', 'abandoned'] });
  }, 180_000);

  it('turns a real full disk into the bilingual message, on a save and mid-import, and changes nothing', async () => {
    const page = await start();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: server.url, quotaSize: 4 * 1024 * 1024 });
    const r = await call<QuotaSummary>(page, 'hitQuota');
    expect(r).toEqual({
      saveRefusal: 'quotaExceeded',
      saveMessage: expect.stringMatching(/^存储空间不足，刚才的操作没有保存/),
      importRefusal: 'quotaExceeded',
      importMessage: expect.stringMatching(/^存储空间不足/),
      catalogUnchanged: true,
      rowsAfter: 1,
    });
  }, 120_000);
});
