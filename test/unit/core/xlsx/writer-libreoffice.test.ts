// A second independent consumer: LibreOffice Calc opens a written workbook and exports every sheet as CSV.
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../../core/xlsx/xlsx-writer.ts';
import { CSV_FILTER, runLibreOffice } from '../../../harness/libreoffice.ts';

describe('LibreOffice reads the writer’s files', () => {
  it('converts a workbook with CJK text, numbers, dates, notes and a hidden sheet to CSV', { timeout: 60_000 }, () => {
    const bytes = writeXlsx(
      (w) => {
        const data = w.addSheet({ name: '数据资源', freeze: { rows: 1 }, merges: ['A1:B1'], validations: [{ sqref: 'E2:E100', source: '字典!$A$1:$A$2' }] });
        data.addRow([{ value: '资源名称', style: 'header', note: '必填' }, undefined, '资源代码', '数据量', '是否涉密', '更新日期']);
        data.addRow(['某某县道路运输经营许可信息', '补充', { value: '007001', style: 'code' }, 1234.5, '否', { date: '2024-01-02' }]);
        data.addRow(['=HYPERLINK("http://x")', ' 前后空格 ', 'a,b"c', -12, true]);
        const dictionary = w.addSheet({ name: '字典', state: 'hidden', protect: true });
        dictionary.addRow(['是']);
        dictionary.addRow(['否']);
      },
      { styles: { header: { bold: true, fill: 'FFFF00' }, code: { numFmt: 'text', quotePrefix: true } } },
    );
    const files = runLibreOffice(bytes, CSV_FILTER);
    const csv = (sheet: string) => new TextDecoder().decode(files.get(`book-${sheet}.csv`)).trimEnd().split(/\r?\n/);
    expect([...files.keys()].sort()).toEqual(['book-字典.csv', 'book-数据资源.csv']);
    expect(csv('数据资源')).toEqual([
      '资源名称,,资源代码,数据量,是否涉密,更新日期',
      '某某县道路运输经营许可信息,补充,007001,1234.5,否,2024-01-02',
      '"=HYPERLINK(""http://x"")", 前后空格 ,"a,b""c",-12,TRUE,',
    ]);
    expect(csv('字典')).toEqual(['是', '否']);
  });
});
