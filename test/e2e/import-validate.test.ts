// 导入 and 校验 as a clerk uses them, in Debian's Chromium on the production build: the empty state, a county-like
// workbook with typical mistakes dry-run in the worker (progress, the report grouped by rule with cells like
// 资源!F27), the annotated copy downloaded and opened with core's reader, a dry run cancelled midway, the commit
// confirmed, a reload that keeps the catalog, a file that is not a workbook refused in Chinese, and then 校验
// grouped both ways, exported, and a finding's place that jumps to 目录编制. Screenshots of each state.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadProfile } from '../../core/profiles/profile.ts';
import { REPORT_FORMAT } from '../../core/report/validation-report.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import { SUMMARY_SHEET } from '../../core/workbook/annotate-workbook.ts';
import { exportWorkbook } from '../../core/workbook/export-workbook.ts';
import { openWorkbook } from '../../core/xlsx/xlsx-reader.ts';
import { completeFirstRun, openAppPage, openSection, shot, useServedApp, zhCount, type WatchedPage } from './app-harness.ts';

const RESOURCES = 2_000;
const FILE = '泗县目录.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// The first-run wizard's profile is 泗县（安徽省）: the workbook is written for it, with the generator's mistakes.
const catalog = generateCatalog({ resources: RESOURCES, seed: 21, profile: 'sixian' });
const workbook = Buffer.from(exportWorkbook(catalog, { profile: loadProfile('sixian') }));
const CELL = /(资源|信息项)!\$?[A-Z]+\$?\d+/u;

let watched: WatchedPage;
let page: Page;

const app = useServedApp();
beforeAll(async () => {
  watched = await openAppPage(app.browser, app.server);
  page = watched.page;
});

const section = (name: string) => openSection(page, name);

/** Chooses a file in the 导入 section through the browser's file chooser. */
async function pickFile(button: string, name: string, buffer: Buffer, mimeType = XLSX_TYPE): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles({ name, mimeType, buffer });
}

async function downloadOf(click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
}

describe('导入 and 校验 in Chromium', () => {
  it('shows what 导入 does and offers the blank template for the workspace', async () => {
    await completeFirstRun(page, app.server);
    await section('导入');
    await page.getByText('可以导入的工作簿').waitFor();
    await expect.poll(() => page.locator('.import-current').textContent()).toBe('当前目录为空');
    await shot(page, 'import-empty');
    const template = await downloadOf(() => page.getByRole('button', { name: '下载空白模板' }).click());
    expect(template.name).toBe('Mulu目录模板-泗县农业农村局.xlsx');
    const opened = await openWorkbook(new Uint8Array(template.bytes));
    expect(opened.ok && opened.workbook.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['资源', '信息项', '单位信息']));
  }, 300_000);

  it('stops a dry run at once when cancelled, leaving the catalog as it was', async () => {
    await pickFile('选择工作簿……', FILE, workbook);
    await page.getByText(`正在试导入「${FILE}」`).waitFor();
    // antd spaces out two-character labels: 取 消.
    await page.getByRole('button', { name: /^取\s*消$/u }).click();
    await page.getByText('已取消试导入，目录没有改变。').waitFor();
    expect(await page.locator('.import-current').textContent()).toBe('当前目录为空');
  }, 120_000);

  it('dry-runs a county-like workbook with progress and reports findings by rule with their cells', async () => {
    await pickFile('选择工作簿……', FILE, workbook);
    await page.getByText('正在读取工作表「').waitFor({ timeout: 60_000 });
    await shot(page, 'import-progress');
    await page.getByText(`试导入结果：「${FILE}」`).waitFor({ timeout: 120_000 });
    const counts = page.locator('.dry-run-counts');
    await expect.poll(() => counts.locator('td').first().textContent()).toBe(zhCount(RESOURCES));
    const groups = page.locator('[data-group^="rule:"]');
    expect(await groups.count()).toBeGreaterThan(2);
    // The first group opens to findings, each at its cell.
    await groups.first().click();
    const finding = page.locator('.finding-group-findings .finding').first();
    await finding.waitFor();
    expect(await finding.textContent()).toMatch(CELL);
    await shot(page, 'import-report');
  }, 300_000);

  it('downloads the annotated workbook, which core reads, with the 校验汇总 sheet in front', async () => {
    const annotated = await downloadOf(() => page.getByRole('button', { name: '下载标注工作簿' }).click());
    expect(annotated.name).toBe('泗县目录-校验标注.xlsx');
    const opened = await openWorkbook(new Uint8Array(annotated.bytes));
    if (!opened.ok) throw new Error(opened.message.zh);
    expect(opened.workbook.sheets.map((s) => s.name).slice(0, 3)).toEqual([SUMMARY_SHEET, '资源', '信息项']);
    await page.getByText('已保存「泗县目录-校验标注.xlsx」').waitFor();
  }, 180_000);

  it('says what the import does, then commits it with its change note and shows the result', async () => {
    await page.getByRole('button', { name: '确认导入……' }).click();
    const dialog = page.locator('.ant-modal');
    await dialog.getByText(`目录目前为空，将写入工作簿中的 ${zhCount(RESOURCES)} 条资源`).waitFor();
    await dialog.getByText('错误不妨碍导入和保存').waitFor();
    expect(await dialog.getByLabel('变更说明（变更原因）').inputValue()).toBe(`导入工作簿「${FILE}」`);
    // The basis, in the same list editor as everywhere a 依据 is given.
    await dialog.getByRole('button', { name: '新增依据' }).click();
    const basis = dialog.locator('#import-note-basis-0');
    await basis.getByLabel('文件名称').fill('泗县政务数据资源目录管理办法');
    await basis.getByLabel('条款，例如 第二十二条').fill('第十三条');
    await basis.getByLabel('条款，例如 第二十二条').blur();
    await shot(page, 'import-confirm');
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await page.getByText('导入完成').waitFor({ timeout: 180_000 });
    await page.getByText(`已导入「${FILE}」：${zhCount(RESOURCES)} 条资源`).waitFor();
    await shot(page, 'import-done');
  }, 300_000);

  it('keeps the imported catalog after a reload', async () => {
    await page.reload();
    await page.getByText('本部门工作区').waitFor({ timeout: 120_000 });
    await section('导入');
    await expect.poll(() => page.locator('.import-current').textContent(), { timeout: 60_000 }).toBe(`当前目录：${zhCount(RESOURCES)} 条资源`);
  }, 180_000);

  it('refuses a file that is not a workbook, in Chinese, and leaves the catalog as it was', async () => {
    await pickFile('选择工作簿……', '不是工作簿.xlsx', Buffer.from('资源名称,共享类型\n婚姻登记,无条件共享\n'));
    await page.getByText('无法导入「不是工作簿.xlsx」').waitFor({ timeout: 60_000 });
    expect(await page.locator('.import-failure').textContent()).toContain('文件不是 .xlsx 工作簿');
    expect(await page.locator('.import-current').textContent()).toBe(`当前目录：${zhCount(RESOURCES)} 条资源`);
    await shot(page, 'import-failed');
    await section('首页');
    await section('导入');
    await expect.poll(() => page.locator('.import-current').textContent()).toBe(`当前目录：${zhCount(RESOURCES)} 条资源`);
  }, 120_000);

  it('shows the full report in 校验, by rule and by resource, filtered, exported', async () => {
    await section('校验');
    await page.getByText(`的规则校验 ${zhCount(RESOURCES)} 条资源`).waitFor({ timeout: 60_000 });
    const errors = Number((await page.locator('.validate-count-error strong').textContent())!.replace(/,/g, ''));
    expect(errors).toBeGreaterThan(0);
    expect(await page.locator('[data-group^="rule:"]').count()).toBeGreaterThan(2);
    await shot(page, 'validate-by-rule');

    const report = await downloadOf(() => page.getByRole('button', { name: '导出报告（JSON）' }).click());
    const json = JSON.parse(report.bytes.toString('utf8'));
    expect(json).toMatchObject({ format: REPORT_FORMAT, version: 1, catalog: { resources: RESOURCES } });
    expect(json.counts.error).toBe(errors);
    const csv = await downloadOf(() => page.getByRole('button', { name: '导出问题清单（CSV）' }).click());
    expect(csv.name).toMatch(/^校验报告-泗县农业农村局-\d{8}\.csv$/u);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFF"单元格"')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(json.counts.total + 1);

    // Errors only: the count shown follows the filter.
    await page.getByRole('checkbox', { name: '警告' }).uncheck();
    await page.getByRole('checkbox', { name: '提示' }).uncheck();
    await page.getByText(`显示 ${zhCount(errors)} / ${zhCount(json.counts.total)} 个问题`).waitFor();
    await page.getByRole('checkbox', { name: '警告' }).check();
    await page.getByRole('checkbox', { name: '提示' }).check();

    await page.getByText('按资源', { exact: true }).click();
    const resources = page.locator('[data-group^="resource:"], [data-group="department"]');
    await resources.first().waitFor();
    expect(await resources.count()).toBeGreaterThan(5);
    await resources.first().click();
    await page.locator('.finding-group-findings .finding').first().waitFor();
    await shot(page, 'validate-by-resource');
  }, 300_000);

  it('opens a finding’s place in the editor over 校验, which stays where it was', async () => {
    const place = page.locator('[data-group^="resource:"]').first();
    if (!(await page.locator('.ant-collapse-item-active [data-group^="resource:"]').count())) await place.click();
    // The department's own group (its findings lead to 首页) may be open above it: take a resource's finding.
    await page.locator('.ant-collapse-item-active:has([data-group^="resource:"]) .finding-group-findings .finding a').first().click();
    await page.locator('.ant-drawer-title', { hasText: '编辑资源' }).waitFor();
    await expect.poll(() => page.locator('.shell-sider .ant-menu-item-selected').textContent()).toBe('校验');
    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
  }, 120_000);

  it('takes the 部门编号 the department finding asks for on 首页, and the finding goes', async () => {
    await page.reload(); // closes the editor the jump opened
    await page.locator('.shell-sider').waitFor();
    await openSection(page, '校验');
    await page.getByText('按资源', { exact: true }).click();
    const departmentGroup = page.locator('[data-group="department"]');
    await departmentGroup.first().waitFor();
    if (!(await page.getByText('部门信息缺少 3 位部门编号（当前：未填写）').count())) await departmentGroup.first().click();
    await page.getByText('部门信息缺少 3 位部门编号（当前：未填写）').first().waitFor();
    await openSection(page, '首页');
    const field = page.getByTestId('department-number');
    await expect.poll(() => field.textContent()).toBe('未填写');
    await page.getByRole('button', { name: '修改部门编号' }).click();
    await page.locator('.ant-typography-edit-content textarea').fill('12');
    await page.keyboard.press('Enter');
    await page.getByText('部门编号应为 3 位数字，收到「12」，未保存。').waitFor();
    await expect.poll(() => field.textContent()).toBe('未填写');
    await page.getByRole('button', { name: '修改部门编号' }).click();
    await page.locator('.ant-typography-edit-content textarea').fill('021');
    await page.keyboard.press('Enter');
    await page.getByText(/部门编号已改为 021/).waitFor();
    await expect.poll(() => field.textContent()).toBe('021');
    await shot(page, 'home-department-number');
    await openSection(page, '校验');
    await page.getByText('按资源', { exact: true }).click();
    await page.locator('[data-group^="resource:"]').first().waitFor();
    expect(await departmentGroup.count()).toBe(0);
    // Kept after a reload: it is stored on the workspace.
    await page.reload();
    await page.locator('.shell-sider').waitFor();
    await openSection(page, '首页');
    await expect.poll(() => page.getByTestId('department-number').textContent()).toBe('021');
    expect(watched.errors).toEqual([]);
  }, 120_000);
});
