// What follows the inbox in Chromium: 审核 with a return (a decision missing or a wrong passphrase stores nothing;
// the signed receipt passes `mulu receipt verify`), the county catalog without the returned resource, a conflict
// settled (a bad status refused) and kept after reload, and the 上报情况 board's statuses, workbook and print.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { encodePublicKeyPem, formatFingerprint, keyIdOf } from '../../core/crypto/keys.ts';
import { openWorkbook } from '../../core/xlsx/xlsx-reader.ts';
import { runMulu } from '../harness/cli.ts';
import { makeUnit, unitCatalog, unitPackage, type TestUnit } from '../harness/county-units.ts';
import { openAppPage, openSection, shot, useServedApp } from './app-harness.ts';
import { completeCountyFirstRun, pickFiles, rosterWorkbook, XLSX_TYPE } from './county-harness.ts';

const app = useServedApp();
const PASSPHRASE = '泗县数据局审核口令2026';
const LONG = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'mulu-county-review-'));

async function download(page: Page, click: () => Promise<void>, file: string): Promise<string> {
  const [started] = await Promise.all([page.waitForEvent('download', { timeout: LONG }), click()]);
  await started.saveAs(join(dir, file));
  return started.suggestedFilename();
}

async function registerKey(page: Page, unit: TestUnit): Promise<void> {
  await page.locator('tr', { hasText: unit.name }).getByRole('button', { name: '登记公钥' }).click();
  await pickFiles(page, '选择公钥文件（.pem）', [{ name: `${unit.name}.pem`, mimeType: 'application/x-pem-file', buffer: Buffer.from(encodePublicKeyPem(unit.key.algorithm, unit.key.publicKey)) }]);
  const fingerprint = formatFingerprint(await keyIdOf(unit.key.algorithm, unit.key.publicKey));
  await page.locator('.ant-modal').getByText(fingerprint).waitFor();
  await page.getByRole('button', { name: '核对无误，登记' }).click();
  await page.locator('tr', { hasText: unit.name }).getByText(fingerprint).waitFor();
}

/** Ticks 审核确定 on every resource passed whose share or open type is restricted. */
async function confirmRestricted(page: Page): Promise<void> {
  for (const box of await page.locator('.review-changes .ant-checkbox-input').all()) if (!(await box.isChecked())) await box.check();
}

async function sign(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('button', { name: '签发回执' }).click();
  await page.getByLabel('签名密钥口令').fill(passphrase);
  await page.getByRole('button', { name: '签名并保存' }).click();
}

it('reviews packages with a return and a signed receipt, then the county catalog, a settled conflict and the board', async () => {
  const a = makeUnit(1, '泗县教育局');
  const b = makeUnit(2, '大庄镇人民政府');
  const c = makeUnit(3, '泗县水利局');
  const a1 = unitCatalog(a, { resources: 3, seed: 31 });
  const b1 = unitCatalog(b, { resources: 2, seed: 32 });
  // The same data catalogued by both: b's first resource named and itemised as a's first (一数一源).
  b1.resources[0]!.name = a1.resources[0]!.name;
  b1.resources[0]!.items = structuredClone(a1.resources[0]!.items);
  const packages = { a1: await unitPackage(a, a1), b1: await unitPackage(b, b1) };
  writeFileSync(join(dir, 'a1.zip'), packages.a1);

  const { page, errors, outside } = await openAppPage(app.browser, app.server);
  await page.goto(`${app.server.url}/`);
  await completeCountyFirstRun(page);
  const menu = await page.locator('.shell-sider .ant-menu-item').allInnerTexts();
  expect(menu.map((m) => m.trim())).toEqual(['名册与公钥', '收件箱', '审核', '县级目录', '冲突登记', '上报情况', '考核', '密钥']);

  await pickFiles(page, '从 Excel 导入名册', [
    {
      name: '名册.xlsx',
      mimeType: XLSX_TYPE,
      buffer: rosterWorkbook([
        ['单位名称', '统一社会信用代码', '行政区划代码', '联系人'],
        [a.name, a.uscc, '341324', ''],
        [b.name, b.uscc, '341324', ''],
        [c.name, c.uscc, '341324', ''],
      ]),
    },
  ]);
  await page.getByText('名册已导入：新增 3 个单位，更新 0 个。').waitFor();
  await registerKey(page, a);
  await registerKey(page, b);

  // The county's own key, and its public key as the units register it.
  await openSection(page, '密钥');
  await page.getByText('本工作区还没有签名密钥').waitFor();
  await page.getByLabel('口令', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('再次输入口令').fill(PASSPHRASE);
  await page.getByRole('button', { name: '创建密钥' }).click();
  await page.getByText('当前签名密钥').waitFor({ timeout: LONG });
  await download(page, () => page.getByRole('button', { name: '下载公钥（PEM）' }).click(), 'county.pem');

  await openSection(page, '收件箱');
  const zip = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });
  await pickFiles(page, '选择目录包（可多选）', [zip('教育局-v1.zip', packages.a1), zip('大庄镇-v1.zip', packages.b1)]);
  await page.getByText(/通过验证 2 个，被取代 0 个，拒收 0 个。/).waitFor({ timeout: 60_000 });

  // 审核 of the 教育局's package: every resource added (a first package).
  await openSection(page, '审核');
  await page.getByText('通过验证的目录包共 2 个，待审核 2 个').waitFor();
  await page.locator('.review-packages tr', { hasText: a.name }).getByRole('button', { name: '开始审核' }).click();
  await page.getByText(`审核：${a.name} 第 1 版`).waitFor();
  await page.getByText('新增 3 条，变更 0 条，撤销 0 条，未变 0 条').waitFor();

  // Nothing decided: refused with what is missing, nothing stored.
  await sign(page, PASSPHRASE);
  await page.locator('.review-problems').getByText(/还有 3 条资源没有审核意见/).waitFor();

  const returned = a1.resources[1]!.code!;
  const returnedRow = page.locator('.review-changes tr', { hasText: returned });
  await returnedRow.getByText('退回', { exact: true }).click();
  await returnedRow.getByPlaceholder('退回理由（必填）').fill('摘要过于简略，请补充数据内容');
  await page.getByRole('button', { name: '其余未审核的全部通过' }).click();
  await confirmRestricted(page);
  await shot(page, 'county-review');

  // A wrong passphrase stores nothing.
  await sign(page, '不是这个口令');
  await page.locator('.review-problems').getByText('口令不正确，审核意见没有保存。').waitFor({ timeout: LONG });
  const receiptName = await download(page, () => sign(page, PASSPHRASE), 'receipt-a1.json');
  expect(receiptName).toMatch(/^泗县教育局-第1版-回执-\d{8}\.json$/);
  await page.locator('.review-packages tr', { hasText: a.name }).getByText('通过 2 条，退回 1 条', { exact: false }).waitFor();

  // The receipt is the county's, about that package, with the return and its reason: `mulu receipt verify` accepts it.
  const verified = await runMulu('receipt', 'verify', join(dir, 'receipt-a1.json'), '--trust', join(dir, 'county.pem'), '--package', join(dir, 'a1.zip'), '--format', 'json');
  expect(verified.code, verified.err).toBe(0);
  const receipt = JSON.parse(readFileSync(join(dir, 'receipt-a1.json'), 'utf8')).receipt;
  expect(receipt.decision).toBe('accepted');
  expect(receipt.resources.filter((r: { decision: string }) => r.decision === 'returned')).toEqual([{ code: returned, decision: 'returned', reason: '摘要过于简略，请补充数据内容' }]);
  expect(receipt.receiver.name).toBe('泗县数据资源管理局');

  await page.locator('.review-packages tr', { hasText: b.name }).getByRole('button', { name: '开始审核' }).click();
  await page.getByRole('button', { name: '其余未审核的全部通过' }).click();
  await confirmRestricted(page);
  await download(page, () => sign(page, PASSPHRASE), 'receipt-b1.json');
  await page.getByText('通过验证的目录包共 2 个，待审核 0 个').waitFor();
  await shot(page, 'county-review-list');

  // The inbox says what the review decided.
  await openSection(page, '收件箱');
  await expect(page.locator('.inbox-table tr', { hasText: '教育局-v1.zip' }).innerText()).resolves.toContain('已采用，退回 1 条');
  await expect(page.locator('.inbox-table tr', { hasText: '大庄镇-v1.zip' }).innerText()).resolves.toContain('已采用');

  // 县级目录: 3 − 1 returned + 2.
  await openSection(page, '县级目录');
  await page.getByText('县级目录共 4 条资源，来自 2 个单位；显示 4 条').waitFor();
  await expect(page.locator('.county-catalog-table').getByText(returned).count()).resolves.toBe(0);
  await page.getByPlaceholder('按代码或名称查找').fill(a1.resources[0]!.name!);
  await page.getByText('县级目录共 4 条资源，来自 2 个单位；显示 2 条').waitFor();
  await shot(page, 'county-catalog');

  // 冲突登记: the shared data is 待协调; 已协调 without an outcome is refused, then recorded.
  await openSection(page, '冲突登记');
  const conflict = page.locator('.conflict-table tr', { hasText: '一数一源' }).first();
  await conflict.getByText('待协调').waitFor();
  await conflict.getByRole('button', { name: '登记协调情况' }).click();
  await page.locator('.ant-modal').getByText('已协调', { exact: true }).click();
  await page.getByLabel('日期（年-月-日）').fill('2026-12-04');
  await page.getByRole('button', { name: '保存登记' }).click();
  await page.locator('.conflict-refused').getByText('已协调须写明协调结果。').waitFor();
  await page.getByLabel('协调结果').fill('由泗县教育局编目，大庄镇撤回该资源');
  await page.getByRole('button', { name: '保存登记' }).click();
  await conflict.getByText('由泗县教育局编目，大庄镇撤回该资源（2026-12-04）').waitFor();
  await shot(page, 'county-conflicts');

  await page.reload();
  await openSection(page, '冲突登记');
  await page.locator('.conflict-table tr', { hasText: '一数一源' }).first().getByText('由泗县教育局编目，大庄镇撤回该资源（2026-12-04）').waitFor();
  await page.getByText(/已协调 1 条/).waitFor();

  // 上报情况 against a deadline already past: 大庄镇 reported (packed 2026-11-22), 教育局 has a return, 水利局 overdue.
  await openSection(page, '上报情况');
  await page.getByLabel('报送期限').fill('2026-11-30');
  await page.getByText('共 3 个单位：已报 1 个，未报 0 个，逾期 1 个，已退回待重报 1 个').waitFor();
  const board = (name: string) => page.locator('.board-table tr', { hasText: name }).innerText();
  await expect(board(a.name)).resolves.toMatch(/已退回待重报[\s\S]*\b2\b[\s\S]*\b1\b[\s\S]*\b1\b/);
  await expect(board(b.name)).resolves.toMatch(/已报[\s\S]*1[\s\S]*2026-11-22[\s\S]*按期/);
  await expect(board(c.name)).resolves.toMatch(/逾期[\s\S]*已逾期 \d+ 个工作日/);
  await shot(page, 'county-board');
  await page.locator('.board-table tr', { hasText: a.name }).getByText(a.name).click();
  await page.locator('.board-unit-packages').getByText('教育局-v1.zip').waitFor();
  await page.locator('.board-unit-packages').getByText('已采用：通过 2 条，退回 1 条').waitFor();
  await page.keyboard.press('Escape');

  await download(page, () => page.getByRole('button', { name: '导出 Excel' }).click(), 'board.xlsx');
  const workbook = await openWorkbook(new Uint8Array(readFileSync(join(dir, 'board.xlsx'))));
  expect(workbook.ok && workbook.workbook.sheets.map((s) => s.name)).toEqual(['上报情况', '说明']);

  await page.getByRole('button', { name: '打印（A4 横向）' }).click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.shell-sider').isVisible()).resolves.toBe(false);
  await expect(page.getByTestId('board-print').getByText(c.name).isVisible()).resolves.toBe(true);
  await shot(page, 'county-board-print');
  await page.emulateMedia({ media: 'screen' });

  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
}, 600_000);
