// A new clerk's first day with Mulu, as one continuous story in one browser (Debian's Chromium, 1366×768, the
// production build with the desktop CSP): the first-run wizard; a resource created in 目录编制 whose cited findings
// (with the quoted article) are fixed and whose items are pasted from Excel; a workbook with the usual mistakes
// dry-run, its report read by rule with workbook cells, the annotated copy downloaded, and committed (replacing
// the catalog); a finding in 校验 followed to its field; a key created; packaging refused while errors remain and
// then, after a clean workbook, a signed full package that `mulu verify` accepts; a reload that keeps everything;
// and training mode, whose package `mulu verify` recognises as a training package, leaving the department's
// catalog untouched. Expected numbers come from core run on the same workbooks in Node. Screenshots of each main
// screen go to test-results/screenshots/journey-NN-*.png.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import fieldLabels from '../../assets/codes/fields.json';
import { loadDivisionTable } from '../../core/codes/division.ts';
import { decodePublicKeyPem, formatFingerprint, keyIdOf } from '../../core/crypto/keys.ts';
import type { Department } from '../../core/model/catalog.ts';
import { TRAINING_WATERMARK } from '../../core/package/manifest.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import { SUMMARY_SHEET } from '../../core/workbook/annotate-workbook.ts';
import { checkWorkbook } from '../../core/workbook/check-workbook.ts';
import { exportWorkbook } from '../../core/workbook/export-workbook.ts';
import { openWorkbook } from '../../core/xlsx/xlsx-reader.ts';
import { runMulu } from '../harness/cli.ts';
import { trainingCatalog } from '../../renderer/services/training/training-sample.ts';
import { trainingDepartment } from '../../renderer/services/training/training-workspace.ts';
import { completeFirstRun, openAppPage, openSection, shot, TEST_USCC, useServedApp, zhCount, type WatchedPage } from './app-harness.ts';

const DEPARTMENT: Department = { name: '泗县农业农村局', uscc: TEST_USCC, divisionCode: '341324100', number: '003' };
const PASSPHRASE = '泗县农业农村局签名口令2026';
const TRAINING_PASSPHRASE = '培训练习用的签名口令';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const LONG = 120_000;
/** The form field (its data-field) that holds the keyboard focus, evaluated in the page. */
const FOCUSED_FIELD = `document.activeElement?.closest('.resource-editor [data-field]')?.getAttribute('data-field') ?? null`;
const profile = loadProfile('sixian');

// The workbook a county office sends round: 500 resources with the generator's typical mistakes. And one without.
const MISTAKEN = { file: '泗县农业农村局目录（初稿）.xlsx', bytes: Buffer.from(exportWorkbook(generateCatalog({ resources: 500, seed: 5, profile: 'sixian' }), { profile })) };
const CLEAN = { file: '泗县农业农村局目录（修订稿）.xlsx', bytes: Buffer.from(exportWorkbook(generateCatalog({ resources: 300, seed: 7, profile: 'sixian', clean: true }), { profile })) };
// The trainee's corrected exercise: a different size, so the department's catalog cannot be mistaken for it.
const EXERCISE = { file: '培训练习目录.xlsx', bytes: Buffer.from(exportWorkbook(generateCatalog({ resources: 120, seed: 8, profile: 'sixian', clean: true }), { profile })) };

// Five rows as Excel puts them on the clipboard: tabs between cells, CRLF between rows.
const EXCEL_ROWS = ['申请人姓名\tSQRXM\t字符型C\t50', '公民身份号码\tGMSFHM\t字符型C\t18', '补贴机具品目\tBTJJPM\t字符型C\t100', '补贴金额\tBTJE\t数值型N\t12', '发放日期\tFFRQ\t日期型D\t'].join('\r\n') + '\r\n';

/** What the app's dry run will say about a workbook: core's own dry run with the workspace's profile and department. */
async function dryRunInNode(bytes: Buffer, department: Department = DEPARTMENT) {
  const checked = await checkWorkbook(new Uint8Array(bytes), { profile: 'sixian', department, divisions: await loadDivisionTable() });
  if (!checked.ok) throw new Error(checked.message.zh);
  const { counts } = checked.report;
  return { resources: checked.imported.stats.resources, items: checked.imported.stats.items, errors: counts.error, warnings: counts.warning };
}

let dir = '';
const path = (name: string) => join(dir, name);

const app = useServedApp();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-journey-'));
});

const selectedSection = (page: Page) => page.locator('.shell-sider .ant-menu-item-selected').textContent();
const counts = (page: Page) => page.locator('.catalog-counts').textContent();
const countsText = (total: number) => `共 ${zhCount(total)} 条，筛选后 ${zhCount(total)} 条，已选 0 条`;
const field = (page: Page, name: string) => page.locator(`#rf-field-${name}`);
const findingOf = (page: Page, name: string, rule: string) => field(page, name).locator(`.finding[data-rule="${rule}"]`);

async function choose(page: Page, name: string, option: string): Promise<void> {
  await page.locator(`#rf-input-${name}`).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
}

/** Clicks, and saves the download it starts under `file` in the temp dir; returns the name the app suggested. */
async function download(page: Page, click: () => Promise<void>, file: string): Promise<string> {
  const [started] = await Promise.all([page.waitForEvent('download', { timeout: LONG }), click()]);
  await started.saveAs(path(file));
  return started.suggestedFilename();
}

/** 导入 → 选择工作簿…… through the browser's file chooser. */
async function pickWorkbook(page: Page, workbook: { file: string; bytes: Buffer }, button = '选择工作簿……'): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: button }).click()]);
  await chooser.setFiles({ name: workbook.file, mimeType: XLSX_TYPE, buffer: workbook.bytes });
}

/** Dry run, report counts as core computes them, confirm (the dialog says what happens to the current catalog), commit. */
async function importWorkbook(
  page: Page,
  workbook: { file: string; bytes: Buffer },
  current: number,
  screenshots?: { report: string; confirm: string; done: string },
  department: Department = DEPARTMENT,
): Promise<void> {
  const expected = await dryRunInNode(workbook.bytes, department);
  await page.getByText(`试导入结果：「${workbook.file}」`).waitFor({ timeout: LONG });
  const cell = (label: string) => page.locator('.dry-run-counts th', { hasText: label }).locator('xpath=following-sibling::td[1]');
  expect(await cell('资源').first().textContent()).toBe(zhCount(expected.resources));
  expect(await cell('信息项').textContent()).toBe(zhCount(expected.items));
  expect(await cell('错误').textContent()).toBe(zhCount(expected.errors));
  expect(await cell('警告').textContent()).toBe(zhCount(expected.warnings));
  if (screenshots) await shot(page, screenshots.report);
  await page.getByRole('button', { name: '确认导入……' }).click();
  const dialog = page.locator('.ant-modal');
  await dialog.getByText(`当前目录的 ${zhCount(current)} 条资源将被替换为工作簿中的 ${zhCount(expected.resources)} 条资源（${zhCount(expected.items)} 个信息项）。`).waitFor();
  expect(await dialog.getByLabel('变更说明（变更原因）').inputValue()).toBe(`导入工作簿「${workbook.file}」`);
  if (screenshots) {
    await page.waitForTimeout(400); // the dialog's zoom-in, so the screenshot shows it whole
    await shot(page, screenshots.confirm);
  }
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await page.getByText('导入完成').waitFor({ timeout: LONG });
  await page.getByText(`已导入「${workbook.file}」：${zhCount(expected.resources)} 条资源、${zhCount(expected.items)} 个信息项`, { exact: false }).waitFor();
  if (screenshots) await shot(page, screenshots.done);
}

/** 密钥: a new key under a passphrase typed twice. */
async function createKey(page: Page, passphrase: string): Promise<void> {
  await page.getByText('本工作区还没有签名密钥').waitFor();
  await page.getByLabel('口令', { exact: true }).fill(passphrase);
  await page.getByLabel('再次输入口令').fill(passphrase);
  await page.getByRole('button', { name: '创建密钥' }).click();
  await page.getByText('当前签名密钥').waitFor({ timeout: LONG });
}

/** The fingerprint of a downloaded public key, as the registration form prints it. */
async function fingerprintOf(pemFile: string): Promise<string> {
  const decoded = decodePublicKeyPem(readFileSync(path(pemFile), 'utf8'));
  if (!decoded.ok) throw new Error(`${pemFile} does not decode`);
  return formatFingerprint(await keyIdOf(decoded.algorithm, decoded.publicKey));
}

/** 打包上报 → 检查目录 on a catalog with nothing blocking, then the passphrase; saves the package as `file`. */
async function signPackage(page: Page, passphrase: string, file: string, warnings: number): Promise<string> {
  await page.getByRole('button', { name: '检查目录' }).click();
  if (warnings === 0) await page.getByText('目录校验通过，没有错误和警告。').waitFor({ timeout: LONG });
  else {
    await page.getByText(`目录有 ${warnings} 个警告`).waitFor({ timeout: LONG });
    await page.getByRole('checkbox', { name: '我已查看这些警告，仍要打包' }).check();
  }
  await page.getByLabel('密钥口令').fill(passphrase);
  return download(page, () => page.getByRole('button', { name: '签名并保存目录包' }).click(), file);
}

describe('a new clerk’s first day', () => {
  it('sets up, compiles, imports, fixes, signs, verifies, reloads and trains — all in the real app', async () => {
    const started = Date.now();
    const watched: WatchedPage = await openAppPage(app.browser, app.server);
    const { page } = watched;

    // 1. The first-run wizard (泗县 profile), landing on an empty 首页 that says what to do next.
    await completeFirstRun(page, app.server, { departmentNumber: DEPARTMENT.number });
    await page.getByText('目录中还没有数据资源').waitFor();
    await page.getByText('操作员：王芳').waitFor();
    await shot(page, 'journey-01-home-empty');

    // 2. 目录编制 → 新建资源: name, the department's own classification and code, provider.
    await openSection(page, '目录编制');
    await page.getByText('目录中还没有数据资源').waitFor();
    expect(await counts(page)).toBe(countsText(0));
    await page.getByRole('button', { name: '新建资源' }).first().click();
    await page.locator('.ant-drawer-title', { hasText: '新建资源' }).waitFor();
    await page.getByLabel('信息资源名称').fill('农机购置补贴发放信息');
    // Under 类 3 the department's own classification (安徽 034, 泗城镇 341324100, 部门编号 003) is there from the start.
    await expect.poll(() => page.locator('#rf-input-code').textContent()).toBe('307034341324100003/000001');
    await page.locator('#rf-input-providerName').fill(DEPARTMENT.name);
    await page.locator('#rf-input-providerCode').fill(DEPARTMENT.uscc);
    await page.locator('#rf-input-providerCode').blur();
    await page.locator('.rf-save').filter({ hasText: /^已保存 \d{2}:\d{2}$/ }).waitFor();

    // 有条件共享 without conditions or a basis: two cited findings; the 依据 popover quotes 泗县's article.
    await choose(page, 'shareType', '有条件共享');
    const basisFinding = findingOf(page, 'shareBasis', 'R21');
    await basisFinding.waitFor();
    await findingOf(page, 'shareCondition', 'R04').waitFor();
    const cited = profile.rules.get('R21')!.citations.find((c) => c.title === '泗县政务数据资源管理办法')!;
    expect(cited.quote).toBeTruthy();
    await basisFinding.getByText(`依据：《泗县政务数据资源管理办法》${cited.article}`).click();
    const popover = page.locator('.citation-popover:visible');
    await popover.getByText(`“${cited.quote}”`).waitFor();
    await shot(page, 'journey-02-resource-cited-findings');
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });

    // Fixing them: the conditions, and a basis with its article and level.
    await field(page, 'shareCondition').locator('textarea').fill('仅限本县农业补贴资格核查使用，不得用于其他用途');
    await field(page, 'shareCondition').locator('textarea').blur();
    await expect.poll(() => findingOf(page, 'shareCondition', 'R04').count()).toBe(0);
    await field(page, 'shareBasis').getByRole('button', { name: '新增依据' }).click();
    const basis = page.locator('#rf-shareBasis-0');
    await basis.getByLabel('文件名称').fill('中华人民共和国农业机械化促进法');
    await basis.getByLabel('条款，例如 第二十二条').fill('第二十七条');
    await basis.getByLabel('条款，例如 第二十二条').blur();
    await basis.locator('.ant-select').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '法律' }).first().click();
    await expect.poll(() => basisFinding.count()).toBe(0);

    // Items: five rows copied from Excel and pasted (Ctrl+V) into the grid's first cell.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(EXCEL_ROWS)})`);
    await page.locator('.item-grid').focus();
    await page.locator('.item-grid .grid-input').waitFor();
    await page.keyboard.press('Control+V');
    await page.getByText('已粘贴 5 行').waitFor();
    await page.getByText('共 5 个信息项').waitFor();
    expect(await page.locator('.item-grid [data-row="3"][data-column="2"]').textContent()).toBe('数值型N');
    await expect.poll(() => page.locator('.item-grid .grid-mark-error').count()).toBe(0);
    await expect.poll(() => findingOf(page, 'items', 'R01').count()).toBe(0);
    await shot(page, 'journey-03-resource-fixed-with-items');

    // Closed, the resource is a row of the table.
    await page.getByRole('button', { name: '关闭' }).first().click();
    await page.locator('.ant-drawer-title').waitFor({ state: 'hidden' });
    await expect.poll(() => counts(page)).toBe(countsText(1));
    const created = page.locator('.catalog-table .ant-table-row', { hasText: '农机购置补贴发放信息' });
    await created.waitFor();
    expect(await created.textContent()).toContain('307034341324100003/000001');
    expect(await created.textContent()).toContain('有条件共享');
    await shot(page, 'journey-04-catalog-one-resource');

    // 3. 导入: the workbook with mistakes — progress, the report by rule with cells, the annotated copy, commit.
    await openSection(page, '导入');
    await expect.poll(() => page.locator('.import-current').textContent()).toBe('当前目录：1 条资源');
    await pickWorkbook(page, MISTAKEN);
    await page.getByText(`正在试导入「${MISTAKEN.file}」`).waitFor();
    // This workbook is small: its per-sheet progress can come and go between two polls, so the
    // sheet-by-sheet progress is checked where it lasts, on the county-scale workbook (import-validate).
    await page.getByText(`试导入结果：「${MISTAKEN.file}」`).waitFor({ timeout: LONG });
    const ruleGroups = page.locator('[data-group^="rule:"]');
    expect(await ruleGroups.count()).toBeGreaterThan(2);
    await ruleGroups.first().click();
    const firstFinding = page.locator('.finding-group-findings .finding').first();
    await firstFinding.waitFor();
    expect(await firstFinding.textContent()).toMatch(/(资源|信息项)!\$?[A-Z]+\$?\d+/u);
    const annotatedName = await download(page, () => page.getByRole('button', { name: '下载标注工作簿' }).click(), 'annotated.xlsx');
    expect(annotatedName).toBe('泗县农业农村局目录（初稿）-校验标注.xlsx');
    await page.getByText(`已保存「${annotatedName}」`, { exact: false }).waitFor();
    const annotated = await openWorkbook(new Uint8Array(readFileSync(path('annotated.xlsx'))));
    if (!annotated.ok) throw new Error(annotated.message.zh);
    expect(annotated.workbook.sheets.map((s) => s.name).slice(0, 3)).toEqual([SUMMARY_SHEET, '资源', '信息项']);
    const mistaken = await dryRunInNode(MISTAKEN.bytes);
    expect(mistaken.errors).toBeGreaterThan(0);
    await importWorkbook(page, MISTAKEN, 1, { report: 'journey-06-import-report', confirm: 'journey-07-import-confirm-replace', done: 'journey-08-import-done' });
    await openSection(page, '目录编制');
    await expect.poll(() => counts(page)).toBe(countsText(mistaken.resources));
    expect(await page.locator('.catalog-table .ant-table-row', { hasText: '农机购置补贴发放信息' }).count()).toBe(0);

    // 4. 校验: the report of the committed catalog; a finding's place opens the resource at that field, over 校验.
    await openSection(page, '校验');
    await page.getByText(`校验 ${zhCount(mistaken.resources)} 条资源`, { exact: false }).waitFor({ timeout: LONG });
    expect(await page.locator('.validate-count-error strong').textContent()).toBe(zhCount(mistaken.errors));
    await page.locator('[data-group^="rule:"]').first().click();
    const finding = page.locator('.ant-collapse-item-active .finding-group-findings .finding').first();
    await finding.waitFor();
    const resourceLabel = (await finding.locator('strong').first().textContent())!;
    const [code, ...name] = resourceLabel.split(' ');
    const place = finding.locator('a').first();
    const placeText = (await place.textContent())!;
    await shot(page, 'journey-09-validate-report');
    await place.click();
    await page.locator('.ant-drawer-title', { hasText: '编辑资源' }).waitFor();
    expect(await selectedSection(page)).toBe('校验');
    await expect.poll(() => page.locator('.rf-title').textContent()).toBe(name.join(' '));
    expect(await page.locator('#rf-input-code').textContent()).toBe(code);
    // Focus is in the field the place names (a data item's field is a cell of the grid).
    let focusedField: string | null = null;
    await expect.poll(async () => (focusedField = await page.evaluate<string | null>(FOCUSED_FIELD))).not.toBeNull();
    const labels = fieldLabels as unknown as Record<string, { zh: string }>;
    if (focusedField === 'items') expect(placeText).toMatch(/第 \d+ 个信息项/u);
    else expect(placeText.endsWith(labels[focusedField!]!.zh)).toBe(true);
    await shot(page, 'journey-10-jump-to-field');
    await page.getByRole('button', { name: '关闭' }).first().click();
    await page.locator('.ant-drawer-title').waitFor({ state: 'hidden' });

    // 5. 密钥: a key under a passphrase typed twice; the registration form names the department and the fingerprint.
    await openSection(page, '密钥');
    await createKey(page, PASSPHRASE);
    const sheet = page.getByTestId('registration-sheet');
    await sheet.waitFor();
    expect(await sheet.textContent()).toContain(DEPARTMENT.name);
    expect(await sheet.textContent()).toContain(DEPARTMENT.uscc);
    await download(page, () => page.getByRole('button', { name: '下载公钥（PEM）' }).click(), 'signer.pem');
    const fingerprint = await fingerprintOf('signer.pem');
    expect((await page.getByTestId('registration-fingerprint').innerText()).replace(/\s+/g, ' ')).toBe(fingerprint);
    await shot(page, 'journey-11-keys-registration-form');

    // 6. 打包上报: the imported catalog's errors block packaging, and the screen says why.
    await openSection(page, '打包上报');
    await page.getByText('还没有生成过目录包').waitFor();
    await page.getByRole('button', { name: '检查目录' }).click();
    await page.getByText(`目录有 ${mistaken.errors} 个错误，不能打包`).waitFor({ timeout: LONG });
    await page.getByText('错误必须先修正。').waitFor();
    // The first 30 are listed here, each with its place; the rest are counted and left to 校验.
    expect(mistaken.errors).toBeGreaterThan(30);
    expect(await page.locator('.pack-errors .finding').count()).toBe(30);
    await page.getByText(`另有 ${mistaken.errors - 30} 条，见「校验」`).waitFor();
    // No passphrase is even asked for.
    expect(await page.getByRole('button', { name: '签名并保存目录包' }).count()).toBe(0);
    await shot(page, 'journey-12-package-blocked');

    // The office sends a corrected workbook; imported, the catalog packs: a full package, signed and saved.
    const clean = await dryRunInNode(CLEAN.bytes);
    expect(clean.errors).toBe(0);
    await openSection(page, '导入');
    await pickWorkbook(page, CLEAN, '再导入一个工作簿');
    await importWorkbook(page, CLEAN, mistaken.resources);
    await openSection(page, '打包上报');
    const packageName = await signPackage(page, PASSPHRASE, 'v1.zip', clean.warnings);
    expect(packageName).toMatch(/^泗县农业农村局-目录-v1-\d{8}\.zip$/u);
    await expect.poll(() => page.getByTestId('package-status-v1').innerText(), { timeout: LONG }).toBe('待回执');
    await shot(page, 'journey-13-package-saved');

    // The receiving platform's check: the real command line verifies it as a submission of this department.
    const verified = await runMulu('verify', path('v1.zip'), '--trust', path('signer.pem'));
    expect(verified.code, verified.out + verified.err).toBe(0);
    expect(verified.out).toContain('验证通过');
    expect(verified.out).toContain('正式报送');
    expect(verified.out).toContain(`${DEPARTMENT.name}（${DEPARTMENT.uscc}`);

    // 7. A reload: the catalog, the package waiting for its receipt and the key are all still there.
    await page.reload();
    await page.getByText('本部门工作区').waitFor({ timeout: LONG });
    await openSection(page, '目录编制');
    await expect.poll(() => counts(page), { timeout: LONG }).toBe(countsText(clean.resources));
    await openSection(page, '打包上报');
    await expect.poll(() => page.getByTestId('package-status-v1').innerText(), { timeout: LONG }).toBe('待回执');
    await shot(page, 'journey-14-after-reload-packages');
    await openSection(page, '密钥');
    await page.getByText('当前签名密钥').waitFor();
    expect((await page.getByTestId('registration-fingerprint').innerText()).replace(/\s+/g, ' ')).toBe(fingerprint);

    // 8. 培训模式: the sandbox with the sample, its own practice key, and a training package.
    await page.locator('.shell-header').getByRole('button', { name: '进入培训模式' }).click();
    const banner = page.getByText('培训模式 — 此处数据仅用于练习，生成的目录包为培训包');
    await banner.waitFor({ timeout: LONG });
    await page.getByText('培训工作区').waitFor();
    await page.getByText('泗县数据资源管理局（培训示例）').first().waitFor();
    await openSection(page, '首页');
    await expect
      .poll(() => page.locator('.ant-statistic').filter({ has: page.locator('.ant-statistic-header', { hasText: '数据资源' }) }).locator('.ant-statistic-content-value').textContent())
      .toBe('300');
    await shot(page, 'journey-15-training-home');
    await openSection(page, '打包上报');
    // The note quotes the Chinese half of the package's watermark.
    await page.locator('.training-package-note').getByText(TRAINING_WATERMARK.split(' / ')[0]!, { exact: false }).waitFor();
    await page.getByRole('button', { name: '去创建密钥' }).click();
    await page.getByText('这是培训工作区的练习密钥', { exact: false }).waitFor();
    await createKey(page, TRAINING_PASSPHRASE);
    await download(page, () => page.getByRole('button', { name: '下载公钥（PEM）' }).click(), 'training.pem');
    // The sample carries mistakes on purpose; the trainee imports the corrected workbook here too.
    // The training workspace is the sample's department (its codes are checked against that department's region).
    const trainee = trainingDepartment(trainingCatalog('sixian'));
    const exercise = await dryRunInNode(EXERCISE.bytes, trainee);
    expect(exercise.errors).toBe(0);
    await openSection(page, '导入');
    await pickWorkbook(page, EXERCISE);
    await importWorkbook(page, EXERCISE, 300, undefined, trainee);
    await openSection(page, '打包上报');
    await banner.waitFor();
    const trainingName = await signPackage(page, TRAINING_PASSPHRASE, 'training.zip', exercise.warnings);
    expect(trainingName).toMatch(/-培训练习-v1-\d{8}\.zip$/u);
    await expect.poll(() => page.getByTestId('package-status-v1').innerText(), { timeout: LONG }).toBe('练习用');
    expect(await page.locator('.sent-packages').textContent()).toContain('培训练习');
    await page.locator('.sent-packages').scrollIntoViewIfNeeded();
    await shot(page, 'journey-16-training-package');

    // As specified (docs/package-format.md §5, step 8): refused as a submission, verified only when training is allowed.
    const refused = await runMulu('verify', path('training.zip'), '--trust', path('training.pem'));
    expect(refused.code, refused.out + refused.err).toBe(1);
    expect(refused.out).toContain('trainingPackage');
    expect(refused.out).toContain('不能作为正式报送接收');
    const practised = await runMulu('verify', path('training.zip'), '--trust', path('training.pem'), '--allow-training');
    expect(practised.code, practised.out + practised.err).toBe(0);
    expect(practised.out).toContain('培训练习 / training');
    expect(practised.out).toContain(TRAINING_WATERMARK);
    expect(practised.out).toContain('目录版本 / catalog version:   1');
    // Nor does the department's key vouch for it.
    const wrongKey = await runMulu('verify', path('training.zip'), '--trust', path('signer.pem'), '--allow-training');
    expect(wrongKey.code).toBe(1);

    // Back in the department: no banner, its catalog and package list as they were.
    await page.locator('.shell-header').getByRole('button', { name: '退出培训模式' }).click();
    await page.getByText('本部门工作区').waitFor({ timeout: LONG });
    expect(await banner.count()).toBe(0);
    await openSection(page, '目录编制');
    await expect.poll(() => counts(page)).toBe(countsText(clean.resources));
    await openSection(page, '打包上报');
    await expect.poll(() => page.getByTestId('package-status-v1').innerText(), { timeout: LONG }).toBe('待回执');
    expect(await page.locator('.sent-packages').textContent()).not.toContain('培训练习');
    await shot(page, 'journey-17-department-after-training');
    await openSection(page, '密钥');
    expect((await page.getByTestId('registration-fingerprint').innerText()).replace(/\s+/g, ' ')).toBe(fingerprint);

    expect(watched.outside).toEqual([]);
    expect(watched.errors).toEqual([]);
    console.log(`clerk journey: ${((Date.now() - started) / 1000).toFixed(0)} s in the browser`);
    await page.context().close();
  }, 900_000);
});
