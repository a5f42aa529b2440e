// Cancelling an import's commit in 导入, as a clerk does it, in Debian's Chromium on the production build: a
// workspace holding a small catalog; a large workbook dry-run and confirmed; 取消导入 clicked while its rows are
// being written. The report comes back saying the catalog did not change, and it did not: the same resources in
// 目录编制 and on 首页, and in IndexedDB only the live generation (the staged rows dropped, the import marked
// abandoned part-way), before and after a reload. Then the same workbook, imported again without cancelling,
// replaces the catalog. Screenshots: the commit's progress with its cancel button, and the cancelled notice.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../core/profiles/profile.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import { exportWorkbook } from '../../core/workbook/export-workbook.ts';
import { completeFirstRun, openAppPage, openSection, ROOT, serveApp, shot, useServedApp, zhCount, type WatchedPage } from './app-harness.ts';
import { bundle } from './browser-harness.ts';
import type { CatalogRowShown, ImportCommitProbe, ProgressLog, StoredCatalog } from './pages/import-commit-probe-api.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LONG = 240_000;
const profile = loadProfile('sixian');

interface Workbook {
  file: string;
  bytes: Buffer;
  /** The generator's resource ids, which the workbook carries in its hidden id column. */
  ids: string[];
}

function workbookOf(file: string, resources: number, seed: number): Workbook {
  const catalog = generateCatalog({ resources, seed, profile: 'sixian' });
  return { file, bytes: Buffer.from(exportWorkbook(catalog, { profile })), ids: catalog.resources.map((r) => r.id) };
}

// What the department holds already, and the county-wide workbook that replaces it: the county catalog's size, so
// writing it takes seconds (20 staging chunks of 1,000 resources) and the cancel lands while rows are written.
const CURRENT = workbookOf('泗县农业农村局目录.xlsx', 60, 3);
const LARGE = workbookOf('泗县政务数据资源目录（汇总）.xlsx', 20_000, 11);

const PROBE = '/import-commit-probe.js';
/** The probe's functions, called in the page. */
const probe = () => (globalThis as unknown as { importCommitProbe: ImportCommitProbe }).importCommitProbe;

/** Adds the probe to the app page (again after each reload). */
async function addProbe(): Promise<void> {
  await page.addScriptTag({ url: PROBE, type: 'module' });
  await page.waitForFunction(() => 'importCommitProbe' in globalThis);
}

const readStored = () => page.evaluate(`(${probe})().readStored()`) as Promise<StoredCatalog>;
const recordProgress = () => page.evaluate(`(${probe})().recordProgress()`);
const progressLog = () => page.evaluate(`(${probe})().progressLog()`) as Promise<ProgressLog>;

/** What the clerk sees of the catalog: 目录编制's counts and first rows (id, code, name), 首页's totals. */
interface Shown {
  counts: string | null;
  rows: CatalogRowShown[];
  resources: string | null;
  items: string | null;
}

let watched: WatchedPage;
let page: Page;

const app = useServedApp(async () => serveApp({ [PROBE]: { type: 'text/javascript; charset=utf-8', body: await bundle(join(ROOT, 'test/e2e/pages/import-commit-probe.ts')) } }));
beforeAll(async () => {
  watched = await openAppPage(app.browser, app.server);
  page = watched.page;
});

const section = (name: string) => openSection(page, name);
const statistic = (title: string) => page.locator('.ant-statistic').filter({ has: page.locator('.ant-statistic-header', { hasText: title }) }).locator('.ant-statistic-content-value');
const countsText = (total: number) => `共 ${zhCount(total)} 条，筛选后 ${zhCount(total)} 条，已选 0 条`;

async function shown(total: number): Promise<Shown> {
  await section('目录编制');
  const counts = page.locator('.catalog-counts');
  await expect.poll(() => counts.textContent(), { timeout: 60_000 }).toBe(countsText(total));
  const countsShown = await counts.textContent();
  await page.locator('.catalog-table .ant-table-row').first().waitFor();
  const firstRows = (await page.evaluate(`(${probe})().catalogRows(8)`)) as CatalogRowShown[];
  await section('首页');
  await statistic('数据资源').waitFor();
  return { counts: countsShown, rows: firstRows, resources: await statistic('数据资源').textContent(), items: await statistic('信息项').textContent() };
}

/** Chooses `workbook` in 导入 through the browser's file chooser, by the button labelled `button`. */
async function pick(workbook: Workbook, button: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles({ name: workbook.file, mimeType: XLSX_TYPE, buffer: workbook.bytes });
  await page.getByText(`试导入结果：「${workbook.file}」`).waitFor({ timeout: LONG });
}

/** 确认导入…… on the report, then the dialog's OK with the default 变更原因; returns when the click was made. */
async function confirm(workbook: Workbook, current: number): Promise<void> {
  await page.getByRole('button', { name: '确认导入……' }).click();
  const dialog = page.locator('.ant-modal');
  await dialog.getByText(`当前目录的 ${zhCount(current)} 条资源将被替换为工作簿中的 ${zhCount(workbook.ids.length)} 条资源`).waitFor();
  expect(await dialog.getByLabel('变更说明（变更原因）').inputValue()).toBe(`导入工作簿「${workbook.file}」`);
  await dialog.getByRole('button', { name: '确认导入' }).click();
}

const writing = (total: number) => page.getByText(new RegExp(`^已写入 [1-9][\\d,]* / ${zhCount(total)} 条资源$`, 'u'));

describe('cancelling an import’s commit in Chromium', () => {
  let before: StoredCatalog;
  let beforeShown: Shown;
  let afterCancel: StoredCatalog;

  it('starts from a workspace whose catalog holds a small workbook', async () => {
    await completeFirstRun(page, app.server);
    await addProbe();
    await section('导入');
    await pick(CURRENT, '选择工作簿……');
    await page.getByRole('button', { name: '确认导入……' }).click();
    await page.locator('.ant-modal').getByRole('button', { name: '确认导入' }).click();
    await page.getByText(`已导入「${CURRENT.file}」：${zhCount(CURRENT.ids.length)} 条资源`).waitFor({ timeout: LONG });

    before = await readStored();
    expect(before.live).toEqual(CURRENT.ids);
    expect(before.resourceCount).toBe(CURRENT.ids.length);
    expect(before.otherGenerations).toEqual({});
    expect(before.importCommits).toBe(1);
    beforeShown = await shown(CURRENT.ids.length);
    expect(beforeShown.rows.map((r) => r.id)).toEqual(CURRENT.ids.slice(0, beforeShown.rows.length));
    expect(beforeShown.rows.length).toBeGreaterThan(3);
    expect(beforeShown.resources).toBe(String(CURRENT.ids.length));
    expect(Number(beforeShown.items?.replace(/,/g, ''))).toBe(before.liveItems);
  }, 300_000);

  it('stops the commit of a large workbook when 取消导入 is clicked mid-write, and says the catalog is unchanged', async () => {
    await startLargeCommit('再导入一个工作簿');
    // Rows are being written (at least one chunk staged): cancel now.
    await page.getByRole('button', { name: '取消导入' }).click();
    // Either the cancelled notice or, had the cancel been ignored, the import's result.
    const outcome = page.getByText(/^(已取消导入，目录没有改变。|导入完成)$/u);
    await outcome.waitFor({ timeout: LONG });
    expect(await outcome.textContent()).toBe('已取消导入，目录没有改变。');
    await page.getByText(`试导入结果：「${LARGE.file}」`).waitFor();
    await shot(page, 'import-commit-cancelled');

    // The cancel landed while rows were being written: the progress said so at the click, and never reached the
    // end nor the final step.
    const log = await progressLog();
    console.info('cancelled commit (ms since recording started):', JSON.stringify(log));
    expect(log.cancels).toHaveLength(1);
    const atClick = /^已写入 ([\d,]+) \/ ([\d,]+) 条资源$/u.exec(log.cancels[0]!.status ?? '');
    expect(atClick).not.toBeNull();
    expect(Number(atClick![1]!.replace(/,/g, ''))).toBeGreaterThan(0);
    expect(Number(atClick![1]!.replace(/,/g, ''))).toBeLessThan(LARGE.ids.length);
    const statuses = log.lines.map((l) => l.status);
    expect(statuses.some((s) => s !== null && /^已写入 [1-9]/u.test(s))).toBe(true);
    expect(statuses).not.toContain(`已写入 ${zhCount(LARGE.ids.length)} / ${zhCount(LARGE.ids.length)} 条资源`);
    expect(statuses).not.toContain('正在载入并校验导入的目录……');

    afterCancel = await readStored();
    // The import was abandoned part-way: some rows had been staged, and they are gone.
    expect(afterCancel.imports.map((i) => i.status)).toEqual(['committed', 'abandoned']);
    const last = afterCancel.imports.at(-1)!;
    expect(last).toMatchObject({ status: 'abandoned', source: LARGE.file, expected: LARGE.ids.length });
    expect(last.staged).toBeGreaterThan(0);
    expect(last.staged).toBeLessThan(LARGE.ids.length);
    console.info(`cancelled after ${last.staged} of ${LARGE.ids.length} resources were staged`);
    expectUnchanged(afterCancel);
  }, 300_000);

  it('shows the same catalog in 目录编制 and on 首页', async () => {
    expect(await shown(CURRENT.ids.length)).toEqual(beforeShown);
  }, 120_000);

  it('keeps exactly that catalog after a reload, with nothing half-written in IndexedDB', async () => {
    await page.reload();
    await page.getByText('本部门工作区').waitFor({ timeout: LONG });
    await addProbe();
    expect(await shown(CURRENT.ids.length)).toEqual(beforeShown);
    const reloaded = await readStored();
    expect(reloaded).toEqual(afterCancel);
    expectUnchanged(reloaded);
  }, 300_000);

  it('imports the same workbook when it is confirmed again and not cancelled', async () => {
    await startLargeCommit('选择工作簿……');
    await shot(page, 'import-commit-progress');
    await page.getByText('导入完成').waitFor({ timeout: LONG });
    await page.getByText(`已导入「${LARGE.file}」：${zhCount(LARGE.ids.length)} 条资源`).waitFor();
    const { lines } = await progressLog();
    const at = (status: string | null) => lines.find((l) => l.status === status)?.ms ?? NaN;
    const [writing0, finishing, ended] = [at(`已写入 0 / ${zhCount(LARGE.ids.length)} 条资源`), at('正在载入并校验导入的目录……'), at(null)];
    console.info(`full commit of ${LARGE.ids.length} resources: writing ${finishing - writing0} ms, then loading and validating ${ended - finishing} ms`);
    // Cancelling is offered while rows are written, and not once the import is going live (it could not stop it).
    const shownWhile = (phase: RegExp) => lines.filter((l) => l.status !== null && phase.test(l.status)).map((l) => l.cancellable);
    expect(shownWhile(/^已写入/).length).toBeGreaterThan(0);
    expect(shownWhile(/^已写入/).every(Boolean)).toBe(true);
    expect(shownWhile(/^正在载入并校验/)).toEqual([false]);

    const stored = await readStored();
    expect(stored.live).toEqual(LARGE.ids);
    expect(stored.resourceCount).toBe(LARGE.ids.length);
    expect(stored.importCommits).toBe(2);
    expect(stored.imports.map((i) => i.status)).toEqual(['committed', 'abandoned', 'committed']);
    const after = await shown(LARGE.ids.length);
    expect(after.rows.map((r) => r.id)).toEqual(LARGE.ids.slice(0, after.rows.length));
    expect(after.resources).toBe(LARGE.ids.length.toLocaleString('en-US'));
    expect(Number(after.items?.replace(/,/g, ''))).toBe(stored.liveItems);

    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
  }, 300_000);

  /** 导入 → the large workbook, by the button labelled `button` → dry run → confirmed; returns once rows are being written. */
  async function startLargeCommit(button: string): Promise<void> {
    await section('导入');
    await pick(LARGE, button);
    await recordProgress();
    await confirm(LARGE, CURRENT.ids.length);
    await writing(LARGE.ids.length).waitFor({ timeout: LONG });
  }

  /** The stored catalog is the one before the cancelled import: same generation, same rows, no other rows, no new commit. */
  function expectUnchanged(stored: StoredCatalog): void {
    expect(stored.liveGeneration).toBe(before.liveGeneration);
    expect(stored.resourceCount).toBe(before.resourceCount);
    expect(stored.live).toEqual(before.live);
    expect(stored.liveItems).toBe(before.liveItems);
    expect(stored.otherGenerations).toEqual({});
    expect(stored.imports.filter((i) => i.status === 'staging')).toEqual([]);
    expect(stored.importCommits).toBe(before.importCommits);
  }
});
