import { describe, expect, it } from 'vitest';
import { isMultiCellText, parseClipboardRows } from '../../../../renderer/resource-form/clipboard-tsv.ts';

describe('clipboard rows from Excel or WPS', () => {
  it('splits cells on tabs and rows on CRLF, ignoring the line end Excel adds after the last row', () => {
    expect(parseClipboardRows('姓名\tXM\t字符型C\r\n年龄\tNL\t数值型N\r\n')).toEqual([
      ['姓名', 'XM', '字符型C'],
      ['年龄', 'NL', '数值型N'],
    ]);
  });

  it('accepts LF and CR line ends and keeps empty cells', () => {
    expect(parseClipboardRows('a\t\tc\nd\te\rf')).toEqual([['a', '', 'c'], ['d', 'e'], ['f']]);
  });

  it('reads quoted cells with line breaks, tabs and doubled quotes, as LF', () => {
    expect(parseClipboardRows('"第一行\r\n第二行"\tX\r\n"含""引号""\t和制表符"\tY')).toEqual([
      ['第一行\n第二行', 'X'],
      ['含"引号"\t和制表符', 'Y'],
    ]);
  });

  it('reads text that merely starts with a quote as typed', () => {
    expect(parseClipboardRows('"甲"乙\t丙')).toEqual([['"甲"乙', '丙']]);
    expect(parseClipboardRows('"未闭合\t丙')).toEqual([['"未闭合', '丙']]);
  });

  it('keeps a blank row between rows and a last row without a line end', () => {
    expect(parseClipboardRows('a\r\n\r\nb')).toEqual([['a'], [''], ['b']]);
  });

  it('tells one cell from several', () => {
    expect(isMultiCellText('姓名')).toBe(false);
    expect(isMultiCellText('姓名\r\n')).toBe(false);
    expect(isMultiCellText('姓名\tXM')).toBe(true);
    expect(isMultiCellText('姓名\r\n年龄')).toBe(true);
  });
});
