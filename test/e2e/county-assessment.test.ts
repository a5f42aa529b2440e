// 考核 in the county workspace: after the roster (three units, keys from a trust store file) and an inbox of two
// units' packages, the sheet lists every roster unit — the two with their resources, the silent one with none —
// says what it could not compute (no receipts yet; no annual deadline under 泗县), exports the same rows as xlsx,
// and prints with the shell hidden.
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { openWorkbook } from '../../core/xlsx/xlsx-reader.ts';
import { countyTrust, makeUnit, unitCatalog, unitPackage } from '../harness/county-units.ts';
import { openAppPage, openSection, shot, useServedApp } from './app-harness.ts';
import { completeCountyFirstRun, pickFiles, rosterWorkbook, XLSX_TYPE } from './county-harness.ts';

const app = useServedApp();

it('shows the assessment of every roster unit, exports it as xlsx and prints it', async () => {
  const units = [makeUnit(1, '泗县教育局'), makeUnit(2, '大庄镇人民政府'), makeUnit(3, '泗县民政局')];
  const [a, b, silent] = units as [ReturnType<typeof makeUnit>, ReturnType<typeof makeUnit>, ReturnType<typeof makeUnit>];
  const packages = [
    { name: '教育局.zip', bytes: await unitPackage(a, unitCatalog(a, { resources: 3, seed: 21 })) },
    { name: '大庄镇.zip', bytes: await unitPackage(b, unitCatalog(b, { resources: 2, seed: 22 })) },
  ];
  const trust = await countyTrust(units);

  const { page, errors, outside } = await openAppPage(app.browser, app.server);
  await page.goto(`${app.server.url}/`);
  await completeCountyFirstRun(page);
  await pickFiles(page, '从 Excel 导入名册', [
    { name: '名册.xlsx', mimeType: XLSX_TYPE, buffer: rosterWorkbook([['单位名称', '统一社会信用代码', '行政区划代码'], ...units.map((u) => [u.name, u.uscc, u.divisionCode])]) },
  ]);
  await page.getByText('名册已导入：新增 3 个单位').waitFor();
  await pickFiles(page, '导入信任库文件', [{ name: 'trust.json', mimeType: 'application/json', buffer: Buffer.from(trust.text) }]);
  await page.getByText('已导入 3 个公钥。').waitFor();
  await openSection(page, '收件箱');
  await pickFiles(page, '选择目录包（可多选）', packages.map((p) => ({ name: p.name, mimeType: 'application/zip', buffer: Buffer.from(p.bytes) })));
  await page.getByText(/已验证 2 个目录包，用时 [\d.]+ 秒：通过验证 2 个/).waitFor();

  await openSection(page, '考核');
  const sheet = page.getByTestId('assessment-sheet');
  await sheet.waitFor();
  const rows = await Promise.all((await sheet.locator('tbody tr').all()).map((tr) => tr.locator('td').allInnerTexts()));
  // Roster order; 单位名称, 统一社会信用代码, 资源数 first; 报送状态 not computed (no annual deadline under 泗县).
  expect(rows.map((r) => r.slice(0, 3))).toEqual([
    [a.name, a.uscc, '3'],
    [b.name, b.uscc, '2'],
    [silent.name, silent.uscc, '0'],
  ]);
  expect(rows.map((r) => r[8])).toEqual(['未计算', '未计算', '未计算']);
  expect(rows.map((r) => r[12])).toEqual(['未计算', '未计算', '未计算']);
  await page.getByText('本工作区还没有出具回执').waitFor();
  await sheet.getByText('退回资源数：输入中没有回执').waitFor();
  await sheet.getByText('及时性：未给出本轮报送期限').waitFor();
  await shot(page, 'county-assessment');

  // The workbook holds the rows the screen shows.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel 考核表' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^泗县数据资源管理局-考核表-\d{8}\.xlsx$/);
  const opened = await openWorkbook(new Uint8Array(await readFile(await download.path())));
  if (!opened.ok) throw new Error('the download is not a workbook');
  const cells: string[][] = [];
  await opened.workbook.readSheet(opened.workbook.sheets[0]!, (row) => void cells.push([...row.cells].map((c) => c?.text ?? '')));
  expect(opened.workbook.sheets.map((s) => s.name)).toEqual(['考核情况', '说明']);
  expect(cells.slice(1).map((r) => r.slice(0, 3))).toEqual(rows.map((r) => r.slice(0, 3)));

  // Printed: the side bar and header are gone, the sheet is there.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.shell-sider').isVisible()).resolves.toBe(false);
  await expect(page.getByRole('button', { name: '导出 Excel 考核表' }).isVisible()).resolves.toBe(false);
  await expect(sheet.isVisible()).resolves.toBe(true);
  await shot(page, 'county-assessment-print');
  await page.emulateMedia({ media: 'screen' });

  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
}, 300_000);
