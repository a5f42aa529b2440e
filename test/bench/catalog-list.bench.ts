// 目录编制 with the county catalog (issue #5's bench, browser part): the built app in Chromium with a profile on
// disk, 20,000 resources / 400,000 items committed into its IndexedDB by the seed page, then
// - time from the click on 目录编制 until the first rows of the list are painted;
// - latency of a share-type filter, a search by name, a search by pinyin initials and a classification filter:
//   from the click (or the input event) until the list shows the new count and a frame has been painted;
// each the median of 5, next to baselines measured in the same page and run: a bare Array.filter over the same
// 20,000 resources, and the list's own filterRows without React.
// Standalone: node --import tsx test/bench/catalog-list.bench.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { TestServer } from '../e2e/browser-harness.ts';
import { addMeasureScript, baselineTimings, seedCatalog, serveAppWithSeedPage } from '../e2e/catalog-seed.ts';
import { BENCH_QUERIES, type BenchQueries, type Done, type MeasureInPage, type Trigger } from '../e2e/pages/catalog-bench-summary.ts';
import { median, renderTable, type BenchTable } from './harness.ts';
import { launchWithProfile } from './storage-chromium.ts';

const SEED = { resources: 20_000, seed: 1, itemsPerResource: 20 };
const RUNS = 5;

const measure = (page: Page, trigger: Trigger, done: Done) =>
  page.evaluate(([t, d]) => (globalThis as unknown as { measureCatalog: MeasureInPage }).measureCatalog(t, d), [trigger, done] as const);
const countsLine = (page: Page) => page.locator('.catalog-counts').textContent();

const ALL = `共 ${SEED.resources.toLocaleString('zh-CN')} 条，筛选后 ${SEED.resources.toLocaleString('zh-CN')} 条`;
const everyRowShown = (page: Page) => page.locator('.catalog-counts', { hasText: ALL }).waitFor();

async function clearFilters(page: Page) {
  if ((await countsLine(page))?.startsWith(ALL)) return;
  await page.locator('.catalog-filters').getByRole('button', { name: '清除筛选' }).click();
  await everyRowShown(page);
}

async function runs(page: Page, prepare: () => Promise<void>, trigger: Trigger, done: Done, after: () => Promise<void>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await prepare();
    ms.push(await measure(page, trigger, done));
    await after();
  }
  return ms;
}

const SEARCH = 'input[aria-label="搜索名称、代码或拼音首字母"]';

async function uiTimings(page: Page): Promise<Record<'firstRender' | keyof BenchQueries, number[]>> {
  const home = async () => {
    await page.getByRole('menuitem', { name: '首页' }).click();
    await page.locator('.catalog-section').waitFor({ state: 'detached' });
  };
  const firstRender = await runs(page, home, { kind: 'menu', text: '目录编制' }, 'rows', async () => undefined);
  const q = BENCH_QUERIES;
  const open = (label: string) => async () => {
    await clearFilters(page);
    await page.getByRole('combobox', { name: label }).click();
  };
  const shareType = await runs(page, open('共享类型'), { kind: 'click', selector: '.ant-select-item-option', text: '有条件共享' }, 'counts', async () => undefined);
  const typed = (value: string) => runs(page, () => clearFilters(page), { kind: 'input', selector: SEARCH, value }, 'counts', async () => {
    await page.locator(SEARCH).fill('');
    await everyRowShown(page);
  });
  const name = await typed(q.name);
  const initials = await typed(q.initials);
  const classification = await runs(
    page,
    async () => {
      await open('资源分类')();
      await page.keyboard.type(q.classification);
      await page.locator(`.ant-select-tree-node-content-wrapper[title^="${q.classification} "]`).waitFor();
    },
    { kind: 'click', selector: `.ant-select-tree-node-content-wrapper[title^="${q.classification} "]` },
    'counts',
    async () => undefined,
  );
  await clearFilters(page);
  return { firstRender, shareType, name, initials, classification };
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));

/** Whether the served build runs React's development build (a build made under vitest, where NODE_ENV=test):
 * several times slower, so its numbers say little about the app. */
async function isDevelopmentBuild(url: string): Promise<boolean> {
  const html = await (await fetch(`${url}/`)).text();
  const scripts = [...html.matchAll(/<script[^>]+src="\.?([^"]+)"/g)].map((m) => m[1]!);
  const code = await Promise.all(scripts.map(async (src) => (await fetch(`${url}${src}`)).text()));
  return code.some((c) => c.includes('jsxDEV'));
}

/** `serve`: the app with the seed page (another build of it can be passed in to compare). */
export async function catalogListBench(serve: () => Promise<TestServer> = serveAppWithSeedPage): Promise<BenchTable> {
  const server = await serve();
  const development = await isDevelopmentBuild(server.url);
  const profile = mkdtempSync(join(tmpdir(), 'mulu-catalog-bench-'));
  const chromium = await launchWithProfile(profile);
  try {
    const page = await chromium.browser.contexts()[0]!.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    const seeded = await seedCatalog(page, server, SEED);
    const baseline = await baselineTimings(page, server, SEED);
    const t = Date.now();
    await page.goto(`${server.url}/`);
    await page.getByRole('menuitem', { name: '目录编制' }).waitFor();
    const appOpenMs = Date.now() - t;
    await addMeasureScript(page);
    const ui = await uiTimings(page);
    const label: Record<keyof BenchQueries, string> = {
      shareType: `share type = ${BENCH_QUERIES.shareType}`,
      name: `search name "${BENCH_QUERIES.name}"`,
      initials: `search pinyin initials "${BENCH_QUERIES.initials}"`,
      classification: `classification ${BENCH_QUERIES.classification} and below`,
    };
    const keys = Object.keys(label) as (keyof BenchQueries)[];
    return {
      title: `目录编制 list in Chromium (profile on disk, 1366×768), ${seeded.resources.toLocaleString('en')} resources; UI: trigger → list updated and a frame painted; median of ${RUNS}, ms${development ? ' — WARNING: the cached app build uses React’s development build' : ''}`,
      header: ['operation', 'UI ms', 'rows', 'filterRows alone', 'baseline: bare Array.filter'],
      rows: [
        ['app start → shell (load + validate catalog; context)', ms(appOpenMs), '', '', ''],
        ['click 目录编制 → first rows painted', ms(median(ui.firstRender)), '', '', ''],
        ...keys.map((k) => [label[k], ms(median(ui[k])), baseline.matches[k].toLocaleString('en'), ms(baseline.filterRows[k]), ms(baseline.bare[k])]),
      ],
    };
  } finally {
    await chromium.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${renderTable(await catalogListBench())}\n`);
}
