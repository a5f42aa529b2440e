// 清单 in Chromium: with a generated catalog committed into a 泗县 workspace, the section shows every list the
// profile asks for with the counts core gives, filters, exports all lists as one workbook (a sheet per list, the
// profile's sheet names) and the list shown as CSV (the same bytes `mulu lists --format csv` writes), and prints on
// A4 landscape with nothing of the app around the list. Expected values come from core run here in Node.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listsCsv } from '../../core/lists/export-lists-csv.ts';
import { listCounts } from '../../core/lists/list-counts.ts';
import { listDefinitions } from '../../core/lists/list-definitions.ts';
import { loadProfile } from '../../core/profiles/profile.ts';
import { generateCatalog } from '../../core/sample/generator.ts';
import { completeFirstRun, openAppPage, openSection, SCREENSHOTS, shot, useServedApp, zhCount } from './app-harness.ts';
import { seedCatalog, serveAppWithSeedPage } from './catalog-seed.ts';

const SEED = { resources: 300, seed: 7, itemsPerResource: 5 };
const catalog = generateCatalog(SEED);
const profile = loadProfile('sixian');
const definitions = listDefinitions(profile);
const counts = listCounts(catalog, definitions);
const LONG = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'mulu-lists-e2e-'));

const app = useServedApp(serveAppWithSeedPage);

async function download(page: Page, click: () => Promise<void>, file: string): Promise<string> {
  const [started] = await Promise.all([page.waitForEvent('download', { timeout: LONG }), click()]);
  await started.saveAs(join(dir, file));
  return started.suggestedFilename();
}

const countOf = (id: string) => counts.lists.find((c) => c.id === id)!;

describe('清单 in Chromium', () => {
  it('shows, filters, exports and prints the lists of a 300-resource catalog', { timeout: 300_000 }, async () => {
    const { page, outside, errors } = await openAppPage(app.browser, app.server);
    await completeFirstRun(page, app.server);
    await seedCatalog(page, app.server, SEED);
    await page.goto(`${app.server.url}/`);
    await page.getByText('本部门工作区').waitFor();
    await openSection(page, '清单');
    // The unit the exports are named after, as the header shows it (the seed may name the workspace's department).
    const unit = (await page.locator('.shell-department').textContent())!;

    // A tab per list with its row count; the shown list's counts and where every resource stands.
    for (const d of definitions) await page.getByRole('tab', { name: `${d.sheet.zh}（${countOf(d.id).rows}）` }).waitFor();
    const shared = countOf('shared');
    await expect.poll(() => page.getByTestId('list-counts').textContent()).toBe(`本清单 ${zhCount(shared.rows)} 行，涉及 ${zhCount(shared.resources)} 条资源、${zhCount(shared.items)} 个信息项`);
    const share = counts.share!;
    expect(await page.getByTestId('list-standing').textContent()).toBe(
      `全部资源：列入 ${zhCount(share.listed)} · 不予（列入负面清单）${zhCount(share.withheld)} · 未填类型 ${zhCount(share.unset)} · 按获取方式不列入 ${zhCount(share.excluded)}`,
    );
    expect(share.listed + share.withheld + share.unset + share.excluded).toBe(catalog.resources.length);
    await page.locator('.lists-table .ant-table-row').first().waitFor();
    await shot(page, 'lists-shared');

    // Sixian words the 负面清单 as Anhui does (非开放理由); filtering by a resource's code leaves its rows.
    const negative = definitions.find((d) => d.id === 'negative')!;
    await page.getByRole('tab', { name: new RegExp(`^${negative.sheet.zh}`) }).click();
    await page.getByRole('columnheader', { name: '非开放理由' }).waitFor();
    const withheld = catalog.resources.find((r) => r.shareType === 'none')!;
    await page.getByPlaceholder('按代码、名称或任一列的文字筛选').fill(withheld.code!);
    await expect.poll(() => page.locator('.lists-table .ant-table-row').count()).toBeGreaterThan(0);
    expect(await page.locator('.lists-table .ant-table-row').allTextContents()).toSatisfy((rows: string[]) => rows.every((r) => r.includes(withheld.code!)));
    await shot(page, 'lists-negative-filtered');
    await page.getByPlaceholder('按代码、名称或任一列的文字筛选').fill('');

    // The workbook: one sheet per list, named as the profile names them.
    const xlsxName = await download(page, () => page.getByRole('button', { name: '导出全部清单（Excel）' }).click(), 'lists.xlsx');
    expect(xlsxName).toBe(`${unit}-清单.xlsx`);
    const workbookXml = new TextDecoder().decode(unzipSync(readFileSync(join(dir, 'lists.xlsx')))['xl/workbook.xml']);
    expect([...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/gu)].map((m) => m[1])).toEqual(definitions.map((d) => d.sheet.zh));

    // The CSV of the list shown: byte for byte what core writes for it.
    const csvName = await download(page, () => page.getByRole('button', { name: `导出${negative.sheet.zh}（CSV）` }).click(), 'negative.csv');
    expect(csvName).toBe(`${unit}-${negative.sheet.zh}.csv`);
    const expected = listsCsv(catalog, profile).find((l) => l.definition.id === 'negative')!.parts.join('');
    expect(readFileSync(join(dir, 'negative.csv'), 'utf8')).toBe(expected);

    // Printing: the preview, then on paper the list alone, on A4 landscape pages.
    await page.getByRole('button', { name: '打印预览' }).click();
    await page.getByTestId('lists-print').waitFor();
    expect(await page.getByTestId('lists-print').locator('tbody tr').count()).toBe(countOf('negative').rows);
    await shot(page, 'lists-print-preview');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('menuitem', { name: '清单' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '打印（A4 横向）' }).isVisible()).toBe(false);
    // Printed text is there (another section's print rule once hid every element, this list's included).
    expect(await page.evaluate<string>("getComputedStyle(document.querySelector('[data-testid=lists-print] th')).visibility")).toBe('visible');
    const onPaper = (await page.getByTestId('lists-print').boundingBox())!;
    expect(onPaper.x).toBeLessThan(40);
    // Every column fits across the page: the table is no wider than the printed area.
    expect(await page.evaluate<boolean>("(() => { const el = document.querySelector('[data-testid=lists-print]'); return el.scrollWidth <= el.clientWidth; })()")).toBe(true);
    await shot(page, 'lists-print-media');
    const pdfBytes = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    writeFileSync(join(SCREENSHOTS, 'lists-print.pdf'), pdfBytes);
    const pdf = new TextDecoder('latin1').decode(pdfBytes);
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/gu)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThan(1);
    // A4 landscape in points: 841.9 × 595.3, wider than tall.
    for (const [w, h] of boxes) expect([Math.round(w!), Math.round(h!)]).toEqual([842, 595]);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: '返回清单' }).click();
    await page.getByTestId('list-counts').waitFor();

    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
  });
});
