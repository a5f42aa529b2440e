// The county inbox at county scale, measured in Chromium (issue #12: 120 unit packages holding 20,000 resources
// listed with verdicts in < 10 s): the built app is set up as a county, its roster (120 units) imported from a
// workbook and the units' keys from a trust store file, then all 120 packages are picked at once. Printed: the time
// the inbox itself reports (files in hand → verdicts stored), the wall time from picking to the verdicts shown, and
// as the baseline, measured in the same run in Node, verifying the same packages one by one with core's verify.
// Nothing is asserted on time. Usage: node --import tsx test/bench/county-inbox.measure.ts
import { verifyPackage } from '../../core/package/verify.ts';
import { countyTrust, makeUnit, UNIT_AT, unitCatalog, unitPackage } from '../harness/county-units.ts';
import { openAppPage, openSection, serveApp } from '../e2e/app-harness.ts';
import { launchChromium } from '../e2e/browser-harness.ts';
import { completeCountyFirstRun, pickFiles, rosterWorkbook, XLSX_TYPE } from '../e2e/county-harness.ts';
import { renderTable } from './harness.ts';

const UNITS = 120;
const RESOURCES = 20_000;
const ITEMS = 20;

const units = Array.from({ length: UNITS }, (_, i) => makeUnit(i + 1, `泗县第${i + 1}单位`, 'SM2-with-SM3'));
const trust = await countyTrust(units);
const packages: { name: string; bytes: Uint8Array }[] = [];
for (const [i, unit] of units.entries()) {
  const resources = Math.floor(RESOURCES / UNITS) + (i < RESOURCES % UNITS ? 1 : 0);
  packages.push({ name: `unit-${i + 1}.zip`, bytes: await unitPackage(unit, unitCatalog(unit, { resources, seed: 1000 + i, itemsPerResource: ITEMS })) });
}
const megabytes = packages.reduce((n, p) => n + p.bytes.length, 0) / 1e6;

let started = performance.now();
for (const p of packages) {
  const verified = await verifyPackage(p.bytes, { trust: trust.store, at: UNIT_AT });
  if (!verified.ok) throw new Error(`${p.name} does not verify: ${verified.reason}`);
}
const baselineMs = performance.now() - started;

const server = await serveApp();
const browser = await launchChromium();
try {
  const { page, errors } = await openAppPage(browser, server);
  await page.goto(`${server.url}/`);
  await completeCountyFirstRun(page);
  await pickFiles(page, '从 Excel 导入名册', [
    { name: '名册.xlsx', mimeType: XLSX_TYPE, buffer: rosterWorkbook([['单位名称', '统一社会信用代码', '行政区划代码'], ...units.map((u) => [u.name, u.uscc, u.divisionCode])]) },
  ]);
  await page.getByText(`名册已导入：新增 ${UNITS} 个单位`).waitFor();
  await pickFiles(page, '导入信任库文件', [{ name: 'trust.json', mimeType: 'application/json', buffer: Buffer.from(trust.text) }]);
  await page.getByText(`已导入 ${UNITS} 个公钥。`).waitFor();
  await openSection(page, '收件箱');
  started = performance.now();
  await pickFiles(
    page,
    '选择目录包（可多选）',
    packages.map((p) => ({ name: p.name, mimeType: 'application/zip', buffer: Buffer.from(p.bytes) })),
  );
  const done = page.getByText(new RegExp(`已验证 ${UNITS} 个目录包，用时 ([\\d.]+) 秒：采用 ${UNITS} 个`));
  await done.waitFor({ timeout: 600_000 });
  const wallMs = performance.now() - started;
  const reported = Number(/用时 ([\d.]+) 秒/.exec(await done.innerText())![1]) * 1000;
  if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
  process.stdout.write(
    renderTable({
      title: `County inbox in Chromium: ${UNITS} unit packages picked at once (${RESOURCES.toLocaleString('en')} resources, ${(RESOURCES * ITEMS).toLocaleString('en')} items, ${megabytes.toFixed(1)} MB, SM2-with-SM3), all accepted`,
      header: ['operation', 'ms', 'goal'],
      rows: [
        ['baseline: core verify one by one (Node, same run)', baselineMs.toFixed(0), '—'],
        ['inbox: files in hand → verdicts stored (as the app reports it)', reported.toFixed(0), '< 10,000'],
        ['inbox: pick → verdicts shown (wall, includes reading the files)', wallMs.toFixed(0), '< 10,000'],
      ],
    }) + '\n',
  );
} finally {
  await browser.close();
  await server.close();
}
