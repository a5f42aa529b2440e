import { describe, expect, it } from 'vitest';
import { readRosterWorkbook } from '../../../../core/county/roster-workbook.ts';
import { checkRosterUnit } from '../../../../core/county/roster.ts';
import { writeXlsx } from '../../../../core/xlsx/xlsx-writer.ts';
import { makeUnit } from '../../../harness/county-units.ts';

const a = makeUnit(1, '泗县教育局');
const b = makeUnit(2, '大庄镇人民政府');

function workbook(rows: string[][]): Uint8Array {
  return writeXlsx((w) => {
    const sheet = w.addSheet({ name: '名册' });
    for (const row of rows) sheet.addRow(row);
  });
}

describe('roster unit', () => {
  it('normalises a good entry', () => {
    const checked = checkRosterUnit({ name: ' 泗县教育局 ', uscc: a.uscc.toLowerCase(), divisionCode: '341324', contact: ' 张三 0557-1234567 ' });
    expect(checked).toEqual({ ok: true, unit: { name: '泗县教育局', uscc: a.uscc, divisionCode: '341324', contact: '张三 0557-1234567' } });
  });

  it('names every bad field', () => {
    const checked = checkRosterUnit({ name: '', uscc: `${a.uscc.slice(0, 17)}0`, divisionCode: '3413', contact: '' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems.map((p) => p.field)).toEqual(['name', 'uscc', 'divisionCode']);
  });
});

describe('roster workbook', () => {
  it('finds the header under a title row and reads every unit', async () => {
    const bytes = workbook([
      ['泗县政务数据资源目录报送单位名册'],
      ['序号', '单位名称', '统一社会信用代码', '行政区划代码', '联系人'],
      ['1', a.name, a.uscc, '341324', '张三'],
      ['2', b.name, b.uscc, '341324101', ''],
    ]);
    const read = await readRosterWorkbook(bytes);
    expect(read).toEqual({
      ok: true,
      units: [
        { name: a.name, uscc: a.uscc, divisionCode: '341324', contact: '张三' },
        { name: b.name, uscc: b.uscc, divisionCode: '341324101', contact: '' },
      ],
    });
  });

  it('names each bad row by row and column, and returns no unit', async () => {
    const bytes = workbook([
      ['单位名称', '统一社会信用代码', '行政区划代码'],
      [a.name, a.uscc, '341324'],
      [b.name, `${b.uscc.slice(0, 17)}0`, '341324'],
      ['某局', a.uscc, '34'],
    ]);
    const read = await readRosterWorkbook(bytes);
    expect(read.ok).toBe(false);
    if (read.ok || !('problems' in read)) throw new Error('expected row problems');
    expect(read.problems.map((p) => [p.row, p.column])).toEqual([
      [3, 'B'],
      [4, 'C'],
    ]);
    expect(read.problems[0]!.message.zh).toMatch(/^第 3 行 B 列（统一社会信用代码）：/);
    expect(read.problems[1]!.message.zh).toContain('6 位（县）或 9 位（乡镇）');
  });

  it('refuses a repeated unit on its second row', async () => {
    const read = await readRosterWorkbook(workbook([['单位名称', '统一社会信用代码', '行政区划代码'], [a.name, a.uscc, '341324'], [a.name, a.uscc, '341324']]));
    if (read.ok || !('problems' in read)) throw new Error('expected row problems');
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]!.message.zh).toContain('与第 2 行的统一社会信用代码');
  });

  it('says which columns are missing when no header row is found', async () => {
    const read = await readRosterWorkbook(workbook([['名称', '备注'], [a.name, 'x']]));
    if (read.ok || !('problems' in read)) throw new Error('expected a sheet problem');
    expect(read.problems[0]!.message.zh).toContain('「单位名称」「统一社会信用代码」「行政区划代码」');
  });

  it('returns the reader failure for a file that is no workbook', async () => {
    const read = await readRosterWorkbook(new TextEncoder().encode('not a workbook'));
    expect(read.ok).toBe(false);
    expect('reason' in read && read.reason).toBe('notZip');
  });
});
