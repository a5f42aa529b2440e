// The template and the export as Excel sees them, read back with exceljs (an independent implementation): sheets,
// bilingual headers marked by the profile's rules, drop-downs on whole columns fed by the hidden, protected 字典
// sheet, identifiers as text, formula-like text made inert.
import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type Catalog } from '../../../../core/model/catalog.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { exportWorkbook } from '../../../../core/workbook/export-workbook.ts';

const empty = (profile: string): Catalog => ({
  format: CATALOG_FORMAT,
  version: CATALOG_FORMAT_VERSION,
  profile,
  department: { name: '', uscc: '', divisionCode: '' },
  resources: [],
});

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function headerTexts(ws: ExcelJS.Worksheet): string[] {
  return (ws.getRow(1).values as unknown[]).slice(1).map((v) => String(v));
}

describe('template', () => {
  it('has the data sheets, instructions and a hidden protected dictionary, with frozen headers', async () => {
    const wb = await load(exportWorkbook(empty('anhui'), { profile: loadProfile('anhui') }));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['资源', 'visible'],
      ['信息项', 'visible'],
      ['单位信息', 'visible'],
      ['填写说明', 'visible'],
      ['字典', 'hidden'],
      ['_mulu', 'veryHidden'],
    ]);
    const resources = wb.getWorksheet('资源')!;
    expect(resources.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((wb.getWorksheet('字典') as unknown as { sheetProtection: unknown }).sheetProtection).toMatchObject({ sheet: true });
  });

  it('marks headers 必填 or 选填 from the profile rules (Anhui requires 使用要求, the national set does not)', async () => {
    const anhui = headerTexts((await load(exportWorkbook(empty('anhui'), { profile: loadProfile('anhui') }))).getWorksheet('资源')!);
    const national = headerTexts((await load(exportWorkbook(empty('national'), { profile: loadProfile('national') }))).getWorksheet('资源')!);
    expect(anhui.find((h) => h.startsWith('使用要求'))).toBe('使用要求（必填）\nUsage requirements (required)');
    expect(national.find((h) => h.startsWith('使用要求'))).toBe('使用要求（选填）\nUsage requirements (optional)');
    expect(national.find((h) => h.startsWith('信息资源名称'))).toContain('（必填）');
  });

  it('feeds drop-downs from the dictionary in the profile wording, one rule per column range with room to add rows', async () => {
    const bytes = exportWorkbook(empty('jilin'), { profile: loadProfile('jilin') });
    const wb = await load(bytes);
    const dictionary = wb.getWorksheet('字典')!;
    const shareColumn = (dictionary.getRow(1).values as unknown[]).indexOf('shareType');
    const shareLabels = dictionary.getColumn(shareColumn).values.slice(2).filter(Boolean);
    expect(shareLabels).toContain('授权共享');
    // The resources sheet XML: list validations with single whole-column ranges, never split per cell.
    const files = unzipSync(bytes);
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const sqrefs = [...sheetXml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]!);
    expect(sqrefs.length).toBeGreaterThan(5);
    for (const s of sqrefs) expect(s).toMatch(/^([A-Z]+)2:\1(\d+)$/);
    expect(sqrefs[0]).toMatch(/2:[A-Z]+10001$/);
    expect(sheetXml).toContain('<formula1>字典!$');
  });
});

describe('export', () => {
  it('writes identifiers as text cells and neutralises formula-like text without changing it', async () => {
    const catalog = generateCatalog({ resources: 2, seed: 3, clean: true, profile: 'anhui' });
    catalog.resources[0]!.name = '=HYPERLINK("http://example.com","点我")';
    catalog.resources[0]!.providerCode = '000000000000000000';
    const bytes = exportWorkbook(catalog, { profile: loadProfile('anhui') });
    const wb = await load(bytes);
    const ws = wb.getWorksheet('资源')!;
    const header = headerTexts(ws);
    const nameCell = ws.getRow(2).getCell(header.findIndex((h) => h.startsWith('信息资源名称')) + 1);
    expect(nameCell.type).toBe(ExcelJS.ValueType.String);
    expect(nameCell.value).toBe('=HYPERLINK("http://example.com","点我")');
    const codeCell = ws.getRow(2).getCell(header.findIndex((h) => h.startsWith('提供方代码')) + 1);
    expect(codeCell.value).toBe('000000000000000000');
    expect(codeCell.numFmt).toBe('@');
    // quotePrefix on the formula-like cell's style, so F2+Enter in Excel/WPS keeps it text.
    const files = unzipSync(bytes);
    const styles = strFromU8(files['xl/styles.xml']!);
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const styleIndex = Number(new RegExp(`<c r="${nameCell.address}" s="(\\d+)"`).exec(sheetXml)![1]);
    const xfs = [...styles.slice(styles.indexOf('<cellXfs')).matchAll(/<xf [^>]*?(?:\/>|>)/g)].map((m) => m[0]);
    expect(xfs[styleIndex]).toContain('quotePrefix="1"');
  });

  it('writes one item row per data item, joined to its resource by code', async () => {
    const catalog = generateCatalog({ resources: 30, seed: 9, clean: true, profile: 'anhui' });
    const wb = await load(exportWorkbook(catalog, { profile: loadProfile('anhui') }));
    const items = wb.getWorksheet('信息项')!;
    const total = catalog.resources.reduce((n, r) => n + r.items.length, 0);
    expect(items.actualRowCount).toBe(total + 1);
    expect(items.getRow(2).getCell(1).value).toBe(catalog.resources[0]!.code);
  });
});
