// A county-sized sheet (20,000 rows × 20 columns, the resources sheet of a big catalog) written by streaming and
// read back whole by exceljs. Not a timing test: it proves size does not break the output.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createXlsxWriter } from '../../../../core/xlsx/xlsx-writer.ts';

const ROWS = 20_000;
const COLUMNS = 20;

describe('writer at scale', () => {
  it(`writes ${ROWS} rows × ${COLUMNS} columns that read back complete`, { timeout: 60_000 }, async () => {
    const chunks: Uint8Array[] = [];
    const writer = createXlsxWriter({ styles: { header: { bold: true } }, onData: (chunk) => chunks.push(chunk) });
    const sheet = writer.addSheet({ name: '数据资源', freeze: { rows: 1 }, validations: [{ sqref: `E2:E${ROWS + 1}`, source: '"是,否"' }] });
    sheet.addRow(Array.from({ length: COLUMNS }, (_, c) => ({ value: `列${c + 1}`, style: 'header' })));
    for (let r = 1; r <= ROWS; r++) {
      sheet.addRow(Array.from({ length: COLUMNS }, (_, c) => (c % 4 === 1 ? r * COLUMNS + c : c % 4 === 3 ? `第${r}行第${c + 1}列说明` : `部门${c % 7}`)));
    }
    expect(sheet.rowCount).toBe(ROWS + 1);
    writer.finish();

    const workbook = new ExcelJS.Workbook();
    // exceljs declares its own `Buffer extends ArrayBuffer`, which Node's Buffer does not satisfy; it reads either.
    await workbook.xlsx.load(Buffer.concat(chunks) as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet('数据资源')!;
    expect(ws.rowCount).toBe(ROWS + 1);
    expect(ws.actualRowCount).toBe(ROWS + 1);
    const last = ws.getRow(ROWS + 1);
    expect(last.cellCount).toBe(COLUMNS);
    expect(last.getCell(2).value).toBe(ROWS * COLUMNS + 1);
    expect(last.getCell(4).value).toBe(`第${ROWS}行第4列说明`);
    expect(ws.getCell('T1').value).toBe('列20');
  });
});
