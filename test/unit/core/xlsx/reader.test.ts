// The .xlsx reader on what real producers write: part discovery through the OPC relationships, x:-prefixed and
// Strict SpreadsheetML, every cell type, rich text and phonetic runs, formulas, rows and cells without r=,
// hidden rows, merges, the ZIP forms of Excel/WPS/LibreOffice, exceljs output and a LibreOffice re-save.
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openWorkbook, type XlsxRow } from '../../../../core/xlsx/xlsx-reader.ts';
import {
  buildWorkbook,
  excelJsWorkbook,
  readWorkbook,
  STYLES_WITH_DATES,
  texts,
  workbookParts,
  zipParts,
  type WorkbookSpec,
} from './reader-fixtures.ts';
import { convertWithLibreOffice } from '../../../harness/libreoffice.ts';

const TWO_SHEETS: WorkbookSpec = {
  sheets: [
    { name: '资源', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>42</v></c></row>' },
    { name: '信息项', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>字段名</t></is></c></row>' },
    { name: '字典', state: 'veryHidden', rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>无条件共享</t></is></c></row>' },
  ],
  sharedStrings: ['信息资源名称', '数量', '户籍人口信息'],
  styles: STYLES_WITH_DATES,
};

const EXPECTED_TWO_SHEETS = [
  ['资源', [['信息资源名称', '数量'], ['户籍人口信息', '42']]],
  ['信息项', [['字段名']]],
  ['字典', [['无条件共享']]],
];

async function rowsOf(spec: WorkbookSpec, sheet = spec.sheets[0]!.name): Promise<XlsxRow[]> {
  return (await readWorkbook(buildWorkbook(spec))).rows.get(sheet)!;
}

describe('finding the parts', () => {
  it('names the sheets from workbook.xml, in workbook order, with their states and parts', async () => {
    const { workbook, rows } = await readWorkbook(buildWorkbook(TWO_SHEETS));
    expect(workbook.sheets).toEqual([
      { name: '资源', state: 'visible', index: 0, part: 'xl/worksheets/sheet1.xml' },
      { name: '信息项', state: 'visible', index: 1, part: 'xl/worksheets/sheet2.xml' },
      { name: '字典', state: 'veryHidden', index: 2, part: 'xl/worksheets/sheet3.xml' },
    ]);
    expect([...rows].map(([name, r]) => [name, texts(r)])).toEqual(EXPECTED_TWO_SHEETS);
    expect(workbook.date1904).toBe(false);
  });

  it('follows absolute relationship targets (/xl/worksheets/sheet1.xml) and keeps the real sheet names', async () => {
    const { workbook, rows } = await readWorkbook(buildWorkbook({ ...TWO_SHEETS, absoluteTargets: true }));
    expect(workbook.sheets.map((s) => [s.name, s.part])).toEqual([
      ['资源', 'xl/worksheets/sheet1.xml'],
      ['信息项', 'xl/worksheets/sheet2.xml'],
      ['字典', 'xl/worksheets/sheet3.xml'],
    ]);
    expect([...rows].map(([name, r]) => [name, texts(r)])).toEqual(EXPECTED_TWO_SHEETS);
  });

  it.each([
    ['shared strings and styles after the sheets, data descriptors, extra fields, an archive comment', { dataDescriptors: true, extraFields: true, comment: '由 WPS 导出' }, true],
    ['stored (uncompressed) parts', { level: 0 as const }, false],
    ['stored parts with data descriptors', { level: 0 as const, dataDescriptors: true }, true],
  ])('reads %s', async (_, zip, last) => {
    const bytes = buildWorkbook({ ...TWO_SHEETS, sharedStringsLast: last }, zip);
    const { rows } = await readWorkbook(bytes);
    expect([...rows].map(([name, r]) => [name, texts(r)])).toEqual(EXPECTED_TWO_SHEETS);
  });

  it('reads x:-prefixed SpreadsheetML (OpenXML SDK, WPS) exactly like unprefixed', async () => {
    const spec: WorkbookSpec = {
      ...TWO_SHEETS,
      sheets: [
        {
          name: '资源',
          rows: '<row r="1" hidden="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>45292</v></c><c r="C1" t="inlineStr"><is><r><t>某某县</t></r><r><rPr><b/></rPr><t>第1号</t></r></is></c></row>',
          after: '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>',
        },
      ],
    };
    const plain = await readWorkbook(buildWorkbook(spec));
    const prefixed = await readWorkbook(buildWorkbook({ ...spec, prefix: 'x' }));
    expect(workbookParts({ ...spec, prefix: 'x' }).find(([n]) => n === 'xl/workbook.xml')![1]).toContain('<x:workbook xmlns:x=');
    expect(prefixed.workbook.sheets).toEqual(plain.workbook.sheets);
    expect(prefixed.rows).toEqual(plain.rows);
    expect(prefixed.merges).toEqual(plain.merges);
    expect(texts(prefixed.rows.get('资源')!)).toEqual([['信息资源名称', '45292', '某某县第1号']]);
    expect(prefixed.rows.get('资源')![0]!.cells[1]!.format).toEqual({ id: 31, isDate: true });
  });

  it('reads Strict OOXML (purl.oclc.org namespaces and relationship types)', async () => {
    const { rows } = await readWorkbook(buildWorkbook({ ...TWO_SHEETS, strict: true }));
    expect([...rows].map(([name, r]) => [name, texts(r)])).toEqual(EXPECTED_TWO_SHEETS);
  });

  it('reads date1904 from workbookPr', async () => {
    const { workbook } = await readWorkbook(buildWorkbook({ ...TWO_SHEETS, date1904: true }));
    expect(workbook.date1904).toBe(true);
  });

  it('leaves chart sheets out and matches part names without regard to case', async () => {
    const parts = workbookParts(TWO_SHEETS).map(([name, xml]): [string, string] => {
      if (name === 'xl/workbook.xml') return [name, xml.replace('</sheets>', '<sheet name="图表1" sheetId="9" r:id="rIdChart"/></sheets>')];
      if (name === 'xl/_rels/workbook.xml.rels') {
        return [
          name,
          xml
            .replace('worksheets/sheet2.xml', 'Worksheets/SHEET2.xml')
            .replace('</Relationships>', '<Relationship Id="rIdChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>'),
        ];
      }
      return [name, xml];
    });
    parts.push(['xl/chartsheets/sheet1.xml', '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>']);
    const { workbook, rows } = await readWorkbook(zipParts(parts));
    expect(workbook.sheets.map((s) => s.name)).toEqual(['资源', '信息项', '字典']);
    expect(workbook.sheets[1]!.part).toBe('xl/worksheets/sheet2.xml');
    expect(texts(rows.get('信息项')!)).toEqual([['字段名']]);
  });

  it('finds the workbook through [Content_Types].xml when _rels/.rels is missing, and the shared strings when the workbook does not relate them', async () => {
    const parts = workbookParts(TWO_SHEETS)
      .filter(([name]) => name !== '_rels/.rels')
      .map(([name, xml]): [string, string] => [name, name === 'xl/_rels/workbook.xml.rels' ? xml.replace(/<Relationship Id="rIdSst"[^>]*\/>/, '') : xml]);
    const { rows } = await readWorkbook(zipParts(parts));
    expect([...rows].map(([name, r]) => [name, texts(r)])).toEqual(EXPECTED_TWO_SHEETS);
  });

  it('skips directory entries, which zip tools add when a clerk re-zips an unpacked workbook', async () => {
    const parts: [string, string][] = [['xl/', ''], ['xl/worksheets/', ''], ...workbookParts(TWO_SHEETS)];
    const { rows } = await readWorkbook(zipParts(parts));
    expect([...rows].map(([name, r]) => [name, texts(r)])).toEqual(EXPECTED_TWO_SHEETS);
  });
});

describe('cells', () => {
  it('reads every cell type', async () => {
    const rows = await rowsOf({
      sheets: [
        {
          name: 'S',
          rows:
            '<row r="1">' +
            '<c r="A1" t="s"><v>0</v></c>' +
            '<c r="B1" t="inlineStr"><is><t>内联</t></is></c>' +
            '<c r="C1" t="str"><f>CONCAT("a","b")</f><v>ab</v></c>' +
            '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>' +
            '<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
            '<c r="G1" t="d"><v>2024-01-01T00:00:00Z</v></c>' +
            '<c r="H1"><v>-1.5E3</v></c><c r="I1" t="n"><v>0.1</v></c>' +
            '<c r="J1"><f>SUM(H1:I1)</f><v>-1499.9</v></c>' +
            '<c r="K1"><f>NOW()</f></c>' + // never calculated: no value
            '<c r="L1" s="0"/>' + // styled only: no value
            '<c r="M1"><v>0x1A</v></c>' + // not a number (hand-made files): kept as text
            '</row>',
        },
      ],
      sharedStrings: ['共享'],
    });
    const cells = rows[0]!.cells;
    expect(cells.slice(0, 10)).toEqual([
      { kind: 'text', text: '共享', formula: false },
      { kind: 'text', text: '内联', formula: false },
      { kind: 'text', text: 'ab', formula: true },
      { kind: 'boolean', text: 'TRUE', formula: false },
      { kind: 'boolean', text: 'FALSE', formula: false },
      { kind: 'error', text: '#DIV/0!', formula: true },
      { kind: 'date', text: '2024-01-01T00:00:00Z', formula: false },
      { kind: 'number', text: '-1.5E3', number: -1500, formula: false },
      { kind: 'number', text: '0.1', number: 0.1, formula: false },
      { kind: 'number', text: '-1499.9', number: -1499.9, formula: true },
    ]);
    expect(cells[10]).toBeUndefined();
    expect(cells[11]).toBeUndefined();
    expect(cells[12]).toEqual({ kind: 'text', text: '0x1A', formula: false });
  });

  it('joins rich-text runs, leaves out phonetic runs and decodes _xHHHH_ escapes, in shared and inline strings', async () => {
    const rich = '<r><rPr><rFont val="宋体"/></rPr><t>某某县第</t></r><r><rPr><rFont val="Calibri"/></rPr><t>1</t></r><r><t xml:space="preserve"> 号 </t></r><rPh sb="0" eb="2"><t>モウ</t></rPh><phoneticPr fontId="1"/>';
    const escaped = '<t>行一_x000D_\n行二 _x005F_x0041_ _x0041_ &amp;&lt;&#x4E2D;<![CDATA[<原样>]]></t>';
    const rows = await rowsOf({
      sheets: [{ name: 'S', rows: `<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="inlineStr"><is>${rich}</is></c><c t="inlineStr"><is>${escaped}</is></c></row>` }],
      sharedStrings: [{ xml: rich }, { xml: escaped }],
    });
    expect(texts(rows)).toEqual([['某某县第1 号 ', '行一\r\n行二 _x0041_ A &<中<原样>', '某某县第1 号 ', '行一\r\n行二 _x0041_ A &<中<原样>']]);
  });

  it('numbers rows and columns without r= after the previous ones, flags hidden rows, skips empty rows', async () => {
    const rows = await rowsOf({
      sheets: [
        {
          name: 'S',
          rows:
            '<row><c><v>1</v></c><c><v>2</v></c></row>' + // row 1, A and B
            '<row r="4" hidden="1"><c r="C4"><v>3</v></c><c><v>4</v></c></row>' + // D4 follows C4
            '<row spans="1:3" s="1" customFormat="1"/>' + // row 5: styled, empty
            '<row><c r="B6" s="1"/></row>' + // row 6: only a styled cell
            '<row hidden="true"><c><v>5</v></c></row>', // row 7
        },
      ],
    });
    expect(rows.map((r) => [r.number, r.hidden, texts([r])[0]])).toEqual([
      [1, false, ['1', '2']],
      [4, true, ['', '', '3', '4']],
      [7, true, ['5']],
    ]);
  });

  it('collects merged ranges, which come after the rows', async () => {
    const { rows, merges } = await readWorkbook(
      buildWorkbook({
        sheets: [
          {
            name: '资源',
            rows: '<row r="1"><c r="A1" t="inlineStr"><is><t>某某县政务数据资源目录</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>序号</t></is></c></row>',
            after: '<mergeCells count="2"><mergeCell ref="A1:G1"/><mergeCell ref="H2:H3"/></mergeCells>',
          },
        ],
      }),
    );
    expect(merges.get('资源')).toEqual(['A1:G1', 'H2:H3']);
    // The title's merged columns stay empty: the value is the top-left cell's only.
    expect(rows.get('资源')![0]!.cells).toHaveLength(1);
  });
});

describe('number formats', () => {
  it('marks cells with date formats, including the zh-CN built-ins that have no <numFmt> entry', async () => {
    const styles = Array.from({ length: 13 }, (_, s) => `<c s="${s}"><v>45292</v></c>`).join('');
    const rows = await rowsOf({ sheets: [{ name: 'S', rows: `<row>${styles}</row>` }], styles: STYLES_WITH_DATES });
    expect(rows[0]!.cells.map((c) => c!.format)).toEqual([
      { id: 0, code: 'General', isDate: false },
      { id: 27, isDate: true },
      { id: 31, isDate: true },
      { id: 57, isDate: true },
      { id: 58, isDate: true },
      { id: 176, code: 'yyyy"年"m"月"d"日"', isDate: true },
      { id: 177, code: '[$-804]yyyy/m/d;@', isDate: true },
      { id: 180, code: '0.00', isDate: false },
      { id: 178, code: '000000', isDate: false },
      { id: 49, code: '@', isDate: false },
      { id: 179, code: '"元"0', isDate: false },
      { id: 14, code: 'mm-dd-yy', isDate: true },
      { id: 22, code: 'm/d/yy h:mm', isDate: true },
    ]);
    expect(rows[0]!.cells.every((c) => c!.kind === 'number' && c!.number === 45292)).toBe(true);
  });

  it('gives cells the style-0 format when they have no s=, and none without a styles part', async () => {
    const withStyles = await rowsOf({ sheets: [{ name: 'S', rows: '<row><c><v>1</v></c></row>' }], styles: STYLES_WITH_DATES });
    expect(withStyles[0]!.cells[0]!.format).toEqual({ id: 0, code: 'General', isDate: false });
    const without = await rowsOf({ sheets: [{ name: 'S', rows: '<row><c s="3"><v>1</v></c></row>' }] });
    expect(without[0]!.cells[0]).toEqual({ kind: 'number', text: '1', number: 1, formula: false });
  });
});

describe('readSheet options', () => {
  const MANY_ROWS: WorkbookSpec = {
    sheets: [{ name: 'S', rows: Array.from({ length: 30_000 }, (_, i) => `<row r="${i + 1}"><c t="inlineStr"><is><t>第${i + 1}行的内容</t></is></c><c><v>${i}</v></c></row>`).join('') }],
  };

  it("stops when onRow returns 'stop', as header sniffing does", async () => {
    const opened = await openWorkbook(buildWorkbook(MANY_ROWS));
    if (!opened.ok) throw new Error(opened.message.en);
    const seen: number[] = [];
    const result = await opened.workbook.readSheet(opened.workbook.sheets[0]!, (row) => (seen.push(row.number), row.number === 3 ? 'stop' : undefined));
    expect(result).toEqual({ ok: true, lastRow: 3, merges: [], stopped: true });
    expect(seen).toEqual([1, 2, 3]);
  });

  it('reports progress in compressed bytes and yields about every megabyte of XML', async () => {
    const bytes = buildWorkbook(MANY_ROWS);
    const opened = await openWorkbook(bytes);
    if (!opened.ok) throw new Error(opened.message.en);
    const progress: [number, number][] = [];
    let yields = 0;
    const result = await opened.workbook.readSheet(opened.workbook.sheets[0]!, () => undefined, {
      onProgress: (done, total) => progress.push([done, total]),
      yieldControl: async () => void yields++,
    });
    expect(result).toMatchObject({ ok: true, lastRow: 30_000, stopped: false });
    const total = progress[0]![1];
    expect(progress.every(([, t]) => t === total)).toBe(true);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));
    expect(progress.at(-1)).toEqual([total, total]);
    expect(yields).toBeGreaterThanOrEqual(1); // ~1.5 MB of XML
  });

  it("ends with 'cancelled' when the signal is aborted between steps", async () => {
    const opened = await openWorkbook(buildWorkbook(MANY_ROWS));
    if (!opened.ok) throw new Error(opened.message.en);
    const signal = { aborted: false };
    let rows = 0;
    const result = await opened.workbook.readSheet(opened.workbook.sheets[0]!, () => void (++rows === 10 && (signal.aborted = true)), { signal });
    expect(result).toMatchObject({ ok: false, reason: 'cancelled', sheet: 'S' });
    expect(rows).toBeLessThan(30_000);
  });

  it("does not mistake the caller's own exception for a problem in the file", async () => {
    const opened = await openWorkbook(buildWorkbook(MANY_ROWS));
    if (!opened.ok) throw new Error(opened.message.en);
    await expect(
      opened.workbook.readSheet(opened.workbook.sheets[0]!, () => {
        throw new Error('mapping bug');
      }),
    ).rejects.toThrow('mapping bug');
  });
});

describe('workbooks from exceljs and LibreOffice', () => {
  const build = () =>
    excelJsWorkbook((wb) => {
      const sheet = wb.addWorksheet('数据资源');
      sheet.mergeCells('A1:G1');
      sheet.getCell('A1').value = '某某县政务数据资源目录（2024 年版）';
      sheet.addRow(['序号', '资源代码', '资源名称', '发布日期', '数据量', '是否开放', '备注']);
      sheet.addRow([1, '361123-000000100/000001', '户籍人口信息', new Date(Date.UTC(2024, 0, 1)), 12_345, true, { richText: [{ text: '某某县第' }, { text: '1', font: { bold: true } }, { text: '号' }] }]);
      sheet.addRow([2, '361123-000000100/000002', '企业登记信息 ABC', new Date(Date.UTC(2023, 11, 31)), { formula: 'E3*2', result: 24_690 }, false, '=HYPERLINK("x")']);
      sheet.getColumn(4).numFmt = 'yyyy"年"m"月"d"日"';
      sheet.getRow(4).hidden = true;
      const dictionary = wb.addWorksheet('字典', { state: 'hidden' });
      dictionary.addRow(['无条件共享']);
    });

  const EXPECTED = [
    ['某某县政务数据资源目录（2024 年版）'],
    ['序号', '资源代码', '资源名称', '发布日期', '数据量', '是否开放', '备注'],
    ['1', '361123-000000100/000001', '户籍人口信息', '45292', '12345', 'TRUE', '某某县第1号'],
    ['2', '361123-000000100/000002', '企业登记信息 ABC', '45291', '24690', 'FALSE', '=HYPERLINK("x")'],
  ];

  it('reads what the exceljs writer produces', async () => {
    const { workbook, rows, merges } = await readWorkbook(await build());
    expect(workbook.sheets.map((s) => [s.name, s.state])).toEqual([
      ['数据资源', 'visible'],
      ['字典', 'hidden'],
    ]);
    const resources = rows.get('数据资源')!;
    expect(texts(resources)).toEqual(EXPECTED);
    expect(resources.map((r) => r.hidden)).toEqual([false, false, false, true]);
    expect(resources[2]!.cells[3]!.format?.isDate).toBe(true);
    expect(resources[3]!.cells[4]).toMatchObject({ kind: 'number', number: 24_690, formula: true });
    expect(resources[3]!.cells[6]).toMatchObject({ kind: 'text', formula: false });
    expect(merges.get('数据资源')).toEqual(['A1:G1']);
  });

  it(
    'reads a LibreOffice re-save: shared strings after the sheets, rich-text runs for mixed Chinese and Latin',
    async () => {
      const resaved = convertWithLibreOffice(await build(), 'xlsx');
      const names = Object.keys(unzipSync(resaved, { filter: () => true }));
      expect(names.indexOf('xl/sharedStrings.xml')).toBeGreaterThan(names.indexOf('xl/worksheets/sheet1.xml'));
      const sst = new TextDecoder().decode(unzipSync(resaved)['xl/sharedStrings.xml']);
      expect(sst).toContain('<r>');

      const { workbook, rows, merges } = await readWorkbook(resaved);
      expect(workbook.sheets.map((s) => s.name)).toEqual(['数据资源', '字典']);
      expect(texts(rows.get('数据资源')!)).toEqual(EXPECTED);
      expect(rows.get('数据资源')![2]!.cells[3]!.format?.isDate).toBe(true);
      expect(merges.get('数据资源')).toEqual(['A1:G1']);
    },
    120_000,
  );
});
