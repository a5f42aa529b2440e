import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { vocabularyLabels } from '../../../../core/workbook/vocabulary-labels.ts';
import { GRID_COLUMNS, gridColumnIndex, readCellText } from '../../../../renderer/resource-form/item-columns.ts';
import { headerColumns, pasteIntoItems } from '../../../../renderer/resource-form/paste-items.ts';

const labels = vocabularyLabels(loadProfile('sixian'));
const jilin = vocabularyLabels(loadProfile('jilin'));

describe('pasting rows into the item grid', () => {
  it('fills the grid from the focused cell rightwards and grows it', () => {
    const items = [{ name: '原有' }, { name: '保留', fieldName: 'BL' }];
    const result = pasteIntoItems(items, [['XM', '字符型C', '50'], ['NL', '数值型N', '3'], ['CSRQ', '日期型D', '']], { row: 1, column: gridColumnIndex('fieldName') }, labels);
    expect(result.items).toEqual([
      { name: '原有' },
      { name: '保留', fieldName: 'XM', dataType: 'C', length: 50 },
      { name: '', fieldName: 'NL', dataType: 'N', length: 3 },
      { name: '', fieldName: 'CSRQ', dataType: 'D' },
    ]);
    expect(result).toMatchObject({ first: 1, last: 3, header: false, droppedColumns: 0, problems: [] });
    expect(items).toEqual([{ name: '原有' }, { name: '保留', fieldName: 'BL' }]);
  });

  it('reads values as an import does: letters, labels, full-width digits, 是/否', () => {
    const at = { row: 0, column: gridColumnIndex('dataType') };
    const { items } = pasteIntoItems([], [['C', '１８'], ['数值型', '10', '2']], at, labels);
    expect(items).toEqual([
      { name: '', dataType: 'C', length: 18 },
      { name: '', dataType: 'N', length: 10, precision: 2 },
    ]);
    const flags = pasteIntoItems([], [['是', '否', '是', '否']], { row: 0, column: gridColumnIndex('isPrimaryKey') }, labels).items[0];
    expect(flags).toEqual({ name: '', isPrimaryKey: true, nullable: false, sensitive: true, secret: false });
  });

  it('leaves cells it cannot read as they were and says which', () => {
    const result = pasteIntoItems([{ name: '姓名', dataType: 'C' }], [['姓名', 'XM', '文本', '1.5']], { row: 0, column: 0 }, labels);
    expect(result.items[0]).toEqual({ name: '姓名', fieldName: 'XM', dataType: 'C' });
    expect(result.problems.map((p) => [p.row, p.field, p.problem])).toEqual([
      [0, 'dataType', 'notInList'],
      [0, 'length', 'notInteger'],
    ]);
  });

  it('drops columns that run past the last grid column', () => {
    const last = GRID_COLUMNS.length - 1;
    const result = pasteIntoItems([], [['是', 'x', 'y']], { row: 0, column: last }, labels);
    expect(result.items).toEqual([{ name: '', secret: true }]);
    expect(result.droppedColumns).toBe(2);
  });

  it('maps columns by a pasted header row, in any order, and skips it', () => {
    const rows = [
      ['序号', '数据类型', '信息项名称', '数据长度', '备注列'],
      ['1', '字符型C', '姓名', '50', '忽略'],
    ];
    const result = pasteIntoItems([], rows, { row: 0, column: 3 }, labels);
    expect(result.header).toBe(true);
    expect(result.items).toEqual([{ name: '姓名', dataType: 'C', length: 50 }]);
    expect(result.droppedColumns).toBe(2);
  });

  it('does not take a data row for a header', () => {
    expect(headerColumns(['姓名', 'XM', '字符型C', '50'])).toBeUndefined();
    expect(headerColumns(['信息项名称（必填）', 'Field name'])?.map((c) => c?.field)).toEqual(['name', 'fieldName']);
  });

  it('reads share types in the profile wording and the national one', () => {
    const at = { row: 0, column: gridColumnIndex('shareType') };
    expect(pasteIntoItems([], [['授权共享']], at, jilin).items[0]!.shareType).toBe('conditional');
    expect(pasteIntoItems([], [['有条件共享']], at, jilin).items[0]!.shareType).toBe('conditional');
  });

  it('takes the unique start of a label when typed', () => {
    const dataType = GRID_COLUMNS[gridColumnIndex('dataType')]!;
    expect(readCellText(dataType, '字符', labels)).toEqual({ ok: true, value: 'C' });
    // 日期型 and 日期时间型 both start so: not a value.
    expect(readCellText(dataType, '日期', labels).ok).toBe(false);
    expect(readCellText(dataType, '', labels)).toEqual({ ok: true, value: undefined });
  });
});
