// The app at county scale (issue #20): the built app in Chromium with a profile on disk and 20,000 resources /
// 400,000 items stored, each path next to a baseline measured in the same run:
// - start: page load → usable shell (header and side bar; the catalog is read after), → list painted (目录编制
//   clicked at once), → findings current (no row says 校验中); against one raw Dexie read of the same rows and what
//   start-up used to wait for (that read, then the whole catalog validated), both in the same page and profile;
// - 导入 dry run of a 20,000-resource workbook: the file chosen → the report shown; against the CLI's dry run of the
//   same file (import + rules, `mulu import`'s path) in its own Node process;
// - 导入 commit: 确认导入 → 导入完成 shown; against the storage commit alone of the same catalog over the same stored one.
// Each run starts from the same stored catalog (seeded again), RUNS runs interleaved, medians quoted.
// Standalone: node --import tsx test/bench/app-scale.bench.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { loadProfile } from '../../core/profiles/profile.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import { exportWorkbook } from '../../core/workbook/export-workbook.ts';
import { ROOT, serveApp } from '../e2e/app-harness.ts';
import { bundle, type TestServer } from '../e2e/browser-harness.ts';
import { seedCatalog, seedPageFiles } from '../e2e/catalog-seed.ts';
import type { StartBaselines } from '../e2e/pages/app-scale-summary.ts';
import { median, renderTable, type BenchTable } from './harness.ts';
import { launchWithProfile } from './storage-chromium.ts';
import { runTask } from './workbook-process.ts';

const RESOURCES = 20_000;
const SEED = { resources: RESOURCES, seed: 1, itemsPerResource: 20 };
const PROFILE = 'sixian';
const RUNS = Number(process.env.MULU_BENCH_RUNS ?? 2);
const FILE = '县级目录.xlsx';
const PAGE = '/app-scale.html';
const LONG = { timeout: 600_000 };

async function serveBench(workbook: Uint8Array): Promise<TestServer> {
  return serveApp({
    ...(await seedPageFiles()),
    [PAGE]: { type: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><script type="module" src="./app-scale.js"></script>' },
    '/app-scale.js': { type: 'text/javascript; charset=utf-8', body: await bundle(join(ROOT, 'test/e2e/pages/app-scale-page.ts')) },
    '/bench.xlsx': { type: 'application/octet-stream', body: workbook },
  });
}

async function onBenchPage<T>(page: Page, server: TestServer, run: (page: Page) => Promise<T>): Promise<T> {
  await page.goto(`${server.url}${PAGE}`);
  await page.waitForFunction(() => 'storageCommit' in globalThis);
  return run(page);
}

type BenchGlobals = { startBaselines(): Promise<StartBaselines>; storageCommit(url: string): Promise<number> };

interface StartTimings {
  shell: number;
  list: number;
  findings: number;
}

/** From navigation to the shell, to the list's first rows, to no row waiting for its findings. */
async function startApp(page: Page, server: TestServer): Promise<StartTimings> {
  const t = Date.now();
  await page.goto(`${server.url}/`);
  await page.locator('.shell-sider .ant-menu-item', { hasText: '目录编制' }).waitFor(LONG);
  const shell = Date.now() - t;
  await page.locator('.shell-sider .ant-menu-item', { hasText: '目录编制' }).click();
  await page.locator('.catalog-table .ant-table-row').first().waitFor(LONG);
  const list = Date.now() - t;
  await page.locator('.catalog-table', { hasText: '校验中' }).waitFor({ state: 'detached', ...LONG });
  return { shell, list, findings: Date.now() - t };
}

/**
 * 导入 → the file chosen → its report; then 确认导入 → 导入完成. Milliseconds of each. The file is chosen by its path,
 * as a clerk picks it from disk: handed over as a buffer, playwright sends it through the debugging protocol in
 * base64 and rebuilds it in the page, which is no part of the app.
 */
async function importInApp(page: Page, workbookPath: string): Promise<{ dryRun: number; commit: number }> {
  await page.locator('.shell-sider .ant-menu-item', { hasText: '导入' }).click();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '选择工作簿……' }).click()]);
  let t = Date.now();
  await chooser.setFiles(workbookPath, LONG);
  await page.getByText(`试导入结果：「${FILE}」`).waitFor(LONG);
  const dryRun = Date.now() - t;
  await page.getByRole('button', { name: '确认导入……' }).click();
  const dialog = page.locator('.ant-modal');
  await dialog.getByRole('button', { name: '确认导入' }).waitFor();
  t = Date.now();
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await page.getByText('导入完成').waitFor(LONG);
  return { dryRun, commit: Date.now() - t };
}

const s = (ms: number) => (ms / 1000).toFixed(2);

export async function appScaleBench(): Promise<BenchTable> {
  const dir = mkdtempSync(join(tmpdir(), 'mulu-app-scale-'));
  const workbookPath = join(dir, FILE);
  // Another county catalog than the stored one, for the profile the workspace uses: the import replaces every resource.
  const workbook = exportWorkbook(generateCatalog({ resources: RESOURCES, seed: 2, itemsPerResource: 20, profile: PROFILE }), { profile: loadProfile(PROFILE) });
  writeFileSync(workbookPath, workbook);
  const server = await serveBench(workbook);
  const chromium = await launchWithProfile(join(dir, 'profile'));
  const m = { shell: [] as number[], list: [] as number[], findings: [] as number[], raw: [] as number[], old: [] as number[], dryRun: [] as number[], cli: [] as number[], commit: [] as number[], storage: [] as number[] };
  try {
    const page = await chromium.browser.contexts()[0]!.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    for (let i = 0; i < RUNS; i++) {
      await seedCatalog(page, server, SEED);
      const base = await onBenchPage(page, server, (p) => p.evaluate(() => (globalThis as unknown as BenchGlobals).startBaselines()));
      m.raw.push(base.rawReadMs);
      m.old.push(base.loadAndValidateMs);
      m.storage.push(await onBenchPage(page, server, (p) => p.evaluate((url) => (globalThis as unknown as BenchGlobals).storageCommit(url), `${server.url}/bench.xlsx`)));
      await seedCatalog(page, server, SEED);
      const start = await startApp(page, server);
      m.shell.push(start.shell);
      m.list.push(start.list);
      m.findings.push(start.findings);
      const imported = await importInApp(page, workbookPath);
      m.dryRun.push(imported.dryRun);
      m.commit.push(imported.commit);
      m.cli.push(runTask('check', workbookPath, PROFILE).ms);
      // Each run as it ends, on stderr, so a long run shows where it is.
      process.stderr.write(`run ${i + 1}: ${JSON.stringify(Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v.at(-1)!)])))}\n`);
    }
    const all = (xs: number[]) => xs.map(s).join(' / ');
    const row = (what: string, ours: number[], baseName: string, base: number[], goal: string) => [what, s(median(ours)), all(ours), baseName, s(median(base)), (median(ours) / median(base)).toFixed(2), goal];
    return {
      title: `The app at county scale in Chromium (profile on disk, 1366×768), ${RESOURCES.toLocaleString('en')} resources / ${(RESOURCES * 20).toLocaleString('en')} items; ${RUNS} runs interleaved with their baselines, median s (each run after it)`,
      header: ['path', 's', 'runs', 'baseline (same run)', 'baseline s', 'ratio', 'goal'],
      rows: [
        row('start → usable shell', m.shell, 'raw Dexie read of the rows', m.raw, '< 1.0 s'),
        row('start → list painted', m.list, 'old start: read + validate', m.old, ''),
        row('start → findings current', m.findings, 'old start: read + validate', m.old, ''),
        row('导入 dry run in the app', m.dryRun, 'CLI dry run (own process)', m.cli, '≤ 1.5×'),
        row('导入 commit in the app', m.commit, 'storage commit alone', m.storage, '≤ 1.5×'),
      ],
    };
  } finally {
    await chromium.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${renderTable(await appScaleBench())}\n`);
}
