// The annotated copy: the clerk's cells where they were, findings filled by severity with a note, a 校验结果 column
// and a summary sheet; the original bytes untouched.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { RESULT_HEADER, SUMMARY_SHEET, writeAnnotatedWorkbook } from '../../../../core/workbook/annotate-workbook.ts';
import { checkWorkbook } from '../../../../core/workbook/check-workbook.ts';
import { createWorkbookWriter, exportWorkbook } from '../../../../core/workbook/export-workbook.ts';
import { SEVERITY_FILLS } from '../../../../core/workbook/workbook-styles.ts';
import { TODAY } from '../../../harness/catalog-builders.ts';

async function annotate(bytes: Uint8Array) {
  const checked = await checkWorkbook(bytes, { profile: 'anhui', today: TODAY });
  if (!checked.ok) throw new Error(checked.message.zh);
  const chunks: Uint8Array[] = [];
  const writer = createWorkbookWriter((c) => void chunks.push(c));
  const result = await writeAnnotatedWorkbook(bytes, checked.findings, writer);
  writer.finish();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
  return { checked, result, wb };
}

describe('annotated workbook', () => {
  const catalog = generateCatalog({ resources: 40, seed: 21, clean: false, profile: 'anhui', mistakeRate: 0.5 });
  const original = exportWorkbook(catalog, { profile: loadProfile('anhui') });

  it('marks every located finding on its cell with the severity fill and a note naming rule, message and fix', async () => {
    const before = original.slice();
    const { checked, result, wb } = await annotate(original);
    expect(original).toEqual(before);
    expect(result?.ok).toBe(true);
    const located = checked.findings.filter((f) => f.location?.column);
    expect(located.length).toBeGreaterThan(10);
    for (const f of located.slice(0, 50)) {
      const cell = wb.getWorksheet(f.location!.sheet)!.getCell(`${f.location!.column}${f.location!.row}`);
      const note = typeof cell.note === 'string' ? cell.note : (cell.note?.texts ?? []).map((t) => t.text).join('');
      expect(note).toContain(f.ruleId);
      expect(note).toContain(f.hint.zh);
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      expect(Object.values(SEVERITY_FILLS).map((c) => `FF${c}`)).toContain(fill?.fgColor?.argb);
    }
  });

  it('keeps the clerk cells in place and adds the result column and the summary', async () => {
    const { checked, wb } = await annotate(original);
    expect(wb.worksheets[0]!.name).toBe(SUMMARY_SHEET);
    const resources = wb.getWorksheet('资源')!;
    const header = (resources.getRow(1).values as unknown[]).slice(1).map(String);
    expect(header[header.length - 1]).toBe(RESULT_HEADER);
    expect(resources.getRow(2).getCell(1).value).toBe(catalog.resources[0]!.code);
    const rowsWithFindings = new Set(checked.findings.filter((f) => f.location?.sheet === '资源').map((f) => f.location!.row));
    for (const row of rowsWithFindings) expect(String(resources.getRow(row).getCell(header.length).value)).toMatch(/【(错误|警告|提示) [RW]\d\d】/);
    const summaryRows = wb.getWorksheet(SUMMARY_SHEET)!.actualRowCount;
    expect(summaryRows).toBe(checked.findings.length + 3);
  });
});
