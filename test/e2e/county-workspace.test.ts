// The county workspace in Chromium: the wizard's 县级汇总, the county's side bar, a roster imported from Excel (a bad
// list refused with its rows and columns named, changing nothing), units' keys entered from their .pem files with
// the fingerprint shown, and the inbox verifying several packages at once — a good one per unit, a training
// package, one signed by a key not on the roster and a broken file each rejected with its reason, and all kept.
import { expect, it } from 'vitest';
import { encodePublicKeyPem, formatFingerprint, keyIdOf } from '../../core/crypto/keys.ts';
import { makeUnit, revisedUnitCatalog, unitCatalog, unitPackage, type TestUnit } from '../harness/county-units.ts';
import { openAppPage, openSection, shot, useServedApp } from './app-harness.ts';
import { completeCountyFirstRun, pickFiles, rosterWorkbook, XLSX_TYPE } from './county-harness.ts';

const app = useServedApp();
const pem = (unit: TestUnit) => Buffer.from(encodePublicKeyPem(unit.key.algorithm, unit.key.publicKey));

it('sets up a county, imports its roster and keys, and verifies a batch of packages in the inbox', async () => {
  const a = makeUnit(1, '泗县教育局');
  const b = makeUnit(2, '大庄镇人民政府');
  const stranger = makeUnit(3, '外县某局');
  const a1 = unitCatalog(a, { resources: 3, seed: 11 });
  const b1 = unitCatalog(b, { resources: 2, seed: 12 });
  const packages = {
    a1: await unitPackage(a, a1),
    b1: await unitPackage(b, b1),
    training: await unitPackage(b, revisedUnitCatalog(b1), { type: 'training' }),
    stranger: await unitPackage(stranger, unitCatalog(stranger, { resources: 1, seed: 13 })),
  };

  const { page, errors, outside } = await openAppPage(app.browser, app.server);
  await page.goto(`${app.server.url}/`);
  await completeCountyFirstRun(page, async () => {
    await expect(page.getByLabel('部门编号').count()).resolves.toBe(0);
    await shot(page, 'county-wizard');
  });

  // The county's side bar, not the clerk's, and no training switch.
  const menu = await page.locator('.shell-sider .ant-menu-item').allInnerTexts();
  expect(menu.map((m) => m.trim())).toEqual(['名册与公钥', '收件箱', '审核', '县级目录', '冲突登记', '上报情况', '考核', '密钥']);
  await expect(page.getByText('进入培训模式').count()).resolves.toBe(0);

  const pick = (button: string, files: { name: string; mimeType: string; buffer: Buffer }[]) => pickFiles(page, button, files);

  // A bad list: refused whole, each bad cell named; the roster stays empty.
  await pick('从 Excel 导入名册', [
    {
      name: '名册-有误.xlsx',
      mimeType: XLSX_TYPE,
      buffer: rosterWorkbook([
        ['单位名称', '统一社会信用代码', '行政区划代码', '联系人'],
        [a.name, a.uscc, '341324', '张老师'],
        [b.name, `${b.uscc.slice(0, 17)}0`, '341324', ''],
      ]),
    },
  ]);
  await page.getByText('名册未导入，原名册没有改动').waitFor();
  await page.getByText(/第 3 行 B 列（统一社会信用代码）/).waitFor();
  await expect(page.getByText('名册中还没有单位').count()).resolves.toBe(1);
  await shot(page, 'county-roster-refused');

  await pick('从 Excel 导入名册', [
    {
      name: '名册.xlsx',
      mimeType: XLSX_TYPE,
      buffer: rosterWorkbook([
        ['泗县目录报送单位名册'],
        ['单位名称', '统一社会信用代码', '行政区划代码', '联系人'],
        [a.name, a.uscc, '341324', '张老师 0557-1111111'],
        [b.name, b.uscc, '341324101', '赵主任'],
      ]),
    },
  ]);
  await page.getByText('名册已导入：新增 2 个单位，更新 0 个。').waitFor();
  await page.getByText('共 2 个单位，0 个已登记有效公钥').waitFor();

  // Each unit's key from its .pem file, the fingerprint shown to compare by phone.
  for (const unit of [a, b]) {
    await page.locator('tr', { hasText: unit.name }).getByRole('button', { name: '登记公钥' }).click();
    await pick('选择公钥文件（.pem）', [{ name: `${unit.name}.pem`, mimeType: 'application/x-pem-file', buffer: pem(unit) }]);
    const fingerprint = formatFingerprint(await keyIdOf(unit.key.algorithm, unit.key.publicKey));
    await page.locator('.ant-modal').getByText(fingerprint).waitFor();
    if (unit === a) await shot(page, 'county-key-dialog');
    await page.getByRole('button', { name: '核对无误，登记' }).click();
    await page.locator('tr', { hasText: unit.name }).getByText(fingerprint).waitFor();
  }
  await page.getByText('共 2 个单位，2 个已登记有效公钥').waitFor();
  await shot(page, 'county-roster');

  // A key file that is no key: refused in the dialog, nothing entered.
  await page.locator('tr', { hasText: a.name }).getByRole('button', { name: '更换公钥' }).click();
  await pick('选择公钥文件（.pem）', [{ name: '不是公钥.pem', mimeType: 'application/x-pem-file', buffer: Buffer.from('这不是公钥') }]);
  await page.locator('.ant-modal').getByText(/无法读取该公钥文件/).waitFor();
  await page.locator('.ant-modal').getByRole('button', { name: /取\s*消/ }).click();

  await openSection(page, '收件箱');
  const zip = (name: string, bytes: Uint8Array) => ({ name, mimeType: 'application/zip', buffer: Buffer.from(bytes) });
  await pick('选择目录包（可多选）', [
    zip('教育局-v1.zip', packages.a1),
    zip('大庄镇-v1.zip', packages.b1),
    zip('大庄镇-培训.zip', packages.training),
    zip('外县.zip', packages.stranger),
    zip('损坏.zip', new TextEncoder().encode('不是目录包')),
  ]);
  await page.getByText(/已验证 5 个目录包，用时 [\d.]+ 秒：通过验证 2 个，被取代 0 个，拒收 3 个。/).waitFor({ timeout: 60_000 });
  const row = (file: string) => page.locator('.inbox-table tr', { hasText: file });
  await expect(row('教育局-v1.zip').innerText()).resolves.toMatch(/泗县教育局[\s\S]*1（全量）[\s\S]*3[\s\S]*已验证，待审核/);
  await expect(row('大庄镇-v1.zip').innerText()).resolves.toContain('已验证，待审核');
  await expect(row('大庄镇-培训.zip').innerText()).resolves.toContain('已拒收');
  await expect(row('外县.zip').innerText()).resolves.toMatch(/已拒收[\s\S]*不在信任库中/);
  await expect(row('损坏.zip').innerText()).resolves.toContain('已拒收');
  await shot(page, 'county-inbox');

  // The same package again is a replay: rejected, and the first one stays the unit's version.
  await pick('选择目录包（可多选）', [zip('教育局-v1-再次.zip', packages.a1)]);
  await page.getByText(/已验证 1 个目录包，用时 [\d.]+ 秒：通过验证 0 个，被取代 0 个，拒收 1 个。/).waitFor({ timeout: 60_000 });
  await page.getByText('共收到 6 个，通过验证 2 个，拒收 4 个').waitFor();

  // Everything was stored: a reload shows the same roster and inbox.
  await page.reload();
  await page.getByText('共 2 个单位，2 个已登记有效公钥').waitFor();
  await openSection(page, '收件箱');
  await page.getByText('共收到 6 个，通过验证 2 个，拒收 4 个').waitFor();

  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
}, 300_000);
