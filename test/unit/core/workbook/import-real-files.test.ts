// The national layout as other tools write it, built part by part: `x:`-prefixed SpreadsheetML with absolute
// relationship targets and shared strings after the sheets (OpenXML SDK / some WPS exports), a merged title row,
// rich-text runs, a formula's cached result, dates under the zh-CN built-in formats 27/31/57/58 that have no
// <numFmt> entry, and codes stored as numbers (bare, and under the format 000000).
import { describe, expect, it } from 'vitest';
import { importWorkbook } from '../../../../core/workbook/import-workbook.ts';
import { buildWorkbook, STYLES_WITH_DATES } from '../xlsx/reader-fixtures.ts';

const strings = [
  '某某县政务数据资源目录',
  '信息资源名称',
  '信息资源代码',
  '发布日期',
  '信息项名称',
  '数据类型',
  '数据长度',
  '资源分类（目）',
  '企业登记信息',
  '307001/000001',
  '企业名称',
  '字符型C',
  '统一社会信用代码',
  '行政处罚信息',
  '307001/000002',
  '当事人',
];
const s = (text: string) => `<c t="s"><v>${strings.indexOf(text)}</v></c>`;
const at = (ref: string, cell: string) => cell.replace('<c ', `<c r="${ref}" `);

function row(n: number, cells: string[]): string {
  return `<row r="${n}">${cells.join('')}</row>`;
}

describe('a national-layout workbook written by another tool', () => {
  const rich = `<c r="F3" t="inlineStr"><is><r><t>字符</t></r><r><rPr><b/></rPr><t>型</t></r><r><t>C</t></r></is></c>`;
  const bytes = buildWorkbook(
    {
      prefix: 'x',
      absoluteTargets: true,
      sharedStringsLast: true,
      styles: STYLES_WITH_DATES,
      sharedStrings: strings,
      sheets: [
        {
          name: 'Sheet1',
          rows: [
            row(1, [at('A1', s('某某县政务数据资源目录'))]),
            row(2, ['信息资源名称', '信息资源代码', '发布日期', '资源分类（目）', '信息项名称', '数据类型', '数据长度'].map((h, i) => at(`${'ABCDEFG'[i]}2`, s(h)))),
            row(3, [at('A3', s('企业登记信息')), at('B3', s('307001/000001')), '<c r="C3" s="1"><v>45292</v></c>', '<c r="D3"><v>1</v></c>', at('E3', s('企业名称')), rich, '<c r="G3"><f>25*2</f><v>50</v></c>']),
            row(4, [at('E4', s('统一社会信用代码')), at('F4', s('字符型C')), '<c r="G4"><v>18</v></c>']),
            row(5, [at('A5', s('行政处罚信息')), at('B5', s('307001/000002')), '<c r="C5" s="3"><v>45323</v></c>', '<c r="D5" s="8"><v>7</v></c>', at('E5', s('当事人')), at('F5', s('字符型C'))]),
          ].join(''),
          after: '<mergeCells count="1"><mergeCell ref="A1:G1"/></mergeCells>',
        },
      ],
    },
    {},
  );

  it('reads the resources, items, dates, codes, rich text and formula results', async () => {
    const r = await importWorkbook(bytes);
    if (!r.ok) throw new Error(`${r.reason}: ${r.message.zh}`);
    expect(r.stats.layout).toBe('national');
    const [first, second] = r.catalog.resources;
    expect(first).toMatchObject({ name: '企业登记信息', code: '307001/000001', publishDate: '2024-01-01', classification: { catalog: '001' } });
    expect(first!.items).toEqual([
      { name: '企业名称', dataType: 'C', length: 50 },
      { name: '统一社会信用代码', dataType: 'C', length: 18 },
    ]);
    // A number under the format 000000 comes in as the clerk sees it; a bare number in a 3-digit code column is padded.
    expect(second).toMatchObject({ name: '行政处罚信息', publishDate: '2024-02-01', classification: { catalog: '000007' }, items: [{ name: '当事人', dataType: 'C' }] });
  });
});
