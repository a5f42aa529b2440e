// Filling the app's IndexedDB with a generated county catalog for the catalog list's browser test and bench: the
// seed page (pages/catalog-bench-seed.ts) is served beside the built app, on its origin, and commits the catalog
// the way an import does. The bench's timing helper is served beside it.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { BaselineTimings, SeedOptions, SeedResult } from './pages/catalog-bench-summary.ts';
import { ROOT, serveApp } from './app-harness.ts';
import { bundle, type StaticFile, type TestServer } from './browser-harness.ts';

const SEED_PAGE = '/catalog-seed.html';
const MEASURE_SCRIPT = '/catalog-measure.js';

/** The seed page and the bench's timing helper, to serve beside the built app. */
export async function seedPageFiles(): Promise<Record<string, StaticFile>> {
  return {
    [SEED_PAGE]: { type: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><script type="module" src="./catalog-seed.js"></script>' },
    '/catalog-seed.js': { type: 'text/javascript; charset=utf-8', body: await bundle(join(ROOT, 'test/e2e/pages/catalog-bench-seed.ts')) },
    [MEASURE_SCRIPT]: { type: 'text/javascript; charset=utf-8', body: await bundle(join(ROOT, 'test/e2e/pages/catalog-bench-measure.ts')) },
  };
}

/** The built app plus the seed page. */
export async function serveAppWithSeedPage(): Promise<TestServer> {
  return serveApp(await seedPageFiles());
}

/** Adds the bench's timing helper (measureCatalog) to an app page. */
export async function addMeasureScript(page: Page): Promise<void> {
  await page.addScriptTag({ url: MEASURE_SCRIPT, type: 'module' });
  await page.waitForFunction(() => 'measureCatalog' in globalThis);
}

async function onSeedPage<T>(page: Page, server: TestServer, run: (page: Page) => Promise<T>): Promise<T> {
  await page.goto(`${server.url}${SEED_PAGE}`);
  await page.waitForFunction(() => 'seedCatalog' in globalThis);
  return run(page);
}

type SeedGlobals = { seedCatalog(o: SeedOptions): Promise<SeedResult>; baselineTimings(o: SeedOptions): Promise<BaselineTimings> };

/** Commits a generated catalog into the department workspace (creating it when there is none); leaves the page on the seed page. */
export function seedCatalog(page: Page, server: TestServer, options: SeedOptions): Promise<SeedResult> {
  return onSeedPage(page, server, (p) => p.evaluate((o) => (globalThis as unknown as SeedGlobals).seedCatalog(o), options));
}

/** Bare Array.filter scans and filterRows over the same generated catalog, timed in the page. */
export function baselineTimings(page: Page, server: TestServer, options: SeedOptions): Promise<BaselineTimings> {
  return onSeedPage(page, server, (p) => p.evaluate((o) => (globalThis as unknown as SeedGlobals).baselineTimings(o), options));
}
