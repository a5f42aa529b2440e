// The XLSX writer checked against independent consumers: exceljs's in-memory reader (values, styles, sheet
// features), a strict XML parser over every part, and the OPC rules for the ZIP itself (content types,
// relationships). Expected values come from Excel's documented behaviour, not from the writer's code.
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it } from 'vitest';
import { createXlsxWriter, writeXlsx, type CellStyle, type XlsxWriter } from '../../../../core/xlsx/xlsx-writer.ts';

const STYLES: Record<string, CellStyle> = {
  header: { bold: true, fill: 'FFFF00', border: true, wrap: true, vertical: 'center' },
  red: { fontColor: 'C00000' },
  code: { numFmt: 'text', quotePrefix: true, locked: false },
  input: { locked: false, fill: 'E2EFDA' },
  day: { numFmt: 'date' },
};

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs declares its own `Buffer extends ArrayBuffer`, which Node's Buffer does not satisfy; it reads either.
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

const decoder = new TextDecoder('utf-8', { fatal: true });
function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, decoder.decode(data)]));
}

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  /** Names of the enclosing elements, outermost first. */
  path: string[];
}

/** Every element of a document, parsed strictly (throws on anything not well-formed). */
function elements(xml: string): Element[] {
  const parser = new SaxesParser();
  const all: Element[] = [];
  const open: Element[] = [];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', path: open.map((e) => e.name) };
    all.push(element);
    if (!tag.isSelfClosing) open.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) open.pop();
  });
  parser.on('text', (text) => {
    for (const element of open) element.text += text;
  });
  parser.write(xml).close();
  return all;
}

const named = (xml: string, name: string) => elements(xml).filter((e) => e.name === name);

/** Entry names in the order of the ZIP's local headers, walked from the start of the file. */
function entryOrder(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const names: string[] = [];
  // The central directory gives each entry's offset; sorting by offset gives the physical order.
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: { name: string; offset: number }[] = [];
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({ name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), offset: view.getUint32(at + 42, true) });
    at += 46 + nameLength + extraLength + commentLength;
  }
  for (const entry of entries.sort((a, b) => a.offset - b.offset)) {
    expect(view.getUint32(entry.offset, true)).toBe(0x04034b50);
    names.push(entry.name);
  }
  return names;
}

/** A workbook with every feature, used by several tests. */
function featureWorkbook(): Uint8Array {
  return writeXlsx(
    (w) => {
      const data = w.addSheet({
        name: '数据资源',
        freeze: { rows: 2, columns: 1 },
        columns: [{ width: 24 }, { width: 30, style: 'code' }, undefined, { width: 12, hidden: true }],
        merges: ['A1:G1'],
        validations: [
          { sqref: 'E3:E20001', source: '字典!$A$2:$A$3', errorTitle: '输入错误', error: '请从下拉列表中选择', promptTitle: '是否涉密', prompt: '请选择"是"或"否"' },
          { sqref: 'F3:F20001', source: '"无条件共享,有条件共享,不予共享"', allowBlank: false },
        ],
        autoFilter: 'A2:G20001',
        tabColor: '4472C4',
      });
      data.addRow([{ value: '某某县政务数据资源目录', style: 'header', note: '标题\n第二行说明' }]);
      data.addRow(['资源名称', '资源代码', '数据量', '更新日期', '是否涉密', '共享类型', '备注'].map((value) => ({ value, style: 'header' })));
      data.addRow(['道路运输经营许可信息', '007001', 1234.5, { date: '2024-01-01' }, '否', '有条件共享', { value: '=HYPERLINK("x")', note: '疑似公式' }]);
      data.addRow(['', null, undefined, { value: null, style: 'input', note: '空单元格的批注' }, { value: undefined, note: '无样式空单元格的批注' }]);
      const dictionary = w.addSheet({ name: '字典', state: 'hidden', protect: true });
      dictionary.addRow(['是否']);
      dictionary.addRow(['是']);
      dictionary.addRow(['否']);
      w.addSheet({ name: 'meta', state: 'veryHidden' }).addRow(['format', 1]);
    },
    { styles: STYLES },
  );
}

describe('writeXlsx read back by exceljs', () => {
  it('keeps strings (CJK included), numbers, booleans and dates with their types', async () => {
    const bytes = writeXlsx((w) => {
      w.addSheet({ name: 'S' }).addRow(['道路运输', 42, -1.5, true, false, { date: '2024-02-29' }, 1e21, 0.1 + 0.2, '0012', '=1+2']);
    });
    const row = sheet(await load(bytes), 'S').getRow(1);
    const { ValueType } = ExcelJS;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((c) => row.getCell(c).type)).toEqual([
      ValueType.String,
      ValueType.Number,
      ValueType.Number,
      ValueType.Boolean,
      ValueType.Boolean,
      ValueType.Date,
      ValueType.Number,
      ValueType.Number,
      ValueType.String,
      ValueType.String,
    ]);
    expect(row.getCell(1).value).toBe('道路运输');
    expect(row.getCell(3).value).toBe(-1.5);
    expect(row.getCell(5).value).toBe(false);
    expect((row.getCell(6).value as Date).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(row.getCell(7).value).toBe(1e21);
    expect(row.getCell(8).value).toBe(0.1 + 0.2);
    expect(row.getCell(9).value).toBe('0012');
    // A string is never a formula: Excel must not evaluate '=1+2' (excel-notes §7).
    expect(row.getCell(10).formula).toBeUndefined();
    expect(row.getCell(10).value).toBe('=1+2');
  });

  it('writes dates as Excel serial days of the 1900 system', () => {
    // Serials Excel shows for these days: 1900-01-01 is 1, the phantom 1900-02-29 is 60, 2024-01-01 is 45292
    // (excel-notes §4.4), 9999-12-31 is Excel's last day.
    const days = ['1900-01-01', '1900-02-28', '1900-03-01', '2024-01-01', '9999-12-31'];
    const bytes = writeXlsx((w) => w.addSheet({ name: 'S' }).addRow(days.map((date) => ({ date }))));
    const values = named(parts(bytes)['xl/worksheets/sheet1.xml']!, 'v').map((v) => Number(v.text));
    expect(values).toEqual([1, 59, 61, 45292, 2958465]);
  });

  it('gives back control characters, _x sequences, lone surrogates and edge whitespace exactly', async () => {
    const tricky = [
      Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join(''),
      'a_x0041_b _x005F_ _X0041_',
      '\uFFFE\uFFFF\uD800x\uDC00',
      '  两端空格  ',
      '\n换行开头',
      'CR\r\nLF',
      '😀 <&> "\'',
    ];
    const ws = sheet(await load(writeXlsx((w) => w.addSheet({ name: 'S' }).addRow(tricky))), 'S');
    expect(tricky.map((_, i) => ws.getRow(1).getCell(i + 1).value)).toEqual(tricky);
  });

  it('stores each distinct string once', () => {
    const bytes = writeXlsx((w) => {
      const s = w.addSheet({ name: 'S' });
      for (let i = 0; i < 500; i++) s.addRow(['部门', `资源${i % 10}`]);
    });
    const sst = parts(bytes)['xl/sharedStrings.xml']!;
    expect(named(sst, 'si')).toHaveLength(11);
    expect(named(sst, 'sst')[0]!.attributes.uniqueCount).toBe('11');
  });

  it('applies fonts, fills, borders, alignment, number formats and protection', async () => {
    const bytes = writeXlsx(
      (w) => {
        const s = w.addSheet({ name: 'S', columns: [undefined, undefined, { style: 'red' }] });
        s.addRow([{ value: '表头', style: 'header' }, { value: '007', style: 'code' }, 'column style', { value: 'x', style: 'input' }, { date: '2024-05-06' }, { value: { date: '2024-05-06' }, style: 'header' }, { value: 45000, style: 'day' }]);
        s.addRow(['row style', { value: 'own style', style: 'header' }, 'row beats column'], { style: 'red', height: 30 });
      },
      { styles: STYLES },
    );
    const ws = sheet(await load(bytes), 'S');
    const cell = (ref: string) => ws.getCell(ref);
    expect(cell('A1').font.bold).toBe(true);
    expect(cell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } });
    expect(cell('A1').border.left?.style).toBe('thin');
    expect(cell('A1').border.bottom?.style).toBe('thin');
    expect(cell('A1').alignment).toMatchObject({ wrapText: true, vertical: 'middle' });
    expect(cell('B1').numFmt).toBe('@');
    expect(cell('B1').protection?.locked).toBe(false);
    expect(cell('C1').font.color?.argb).toBe('FFC00000');
    expect(cell('D1').protection?.locked).toBe(false);
    expect(cell('D1').fill).toMatchObject({ fgColor: { argb: 'FFE2EFDA' } });
    expect(cell('A1').protection?.locked ?? true).toBe(true);
    // A date without a style gets a date format; with a style it keeps the style and gains the format.
    expect(cell('E1').numFmt).toBe('yyyy-mm-dd');
    expect(cell('F1').numFmt).toBe('yyyy-mm-dd');
    expect(cell('F1').font.bold).toBe(true);
    expect(cell('G1').type).toBe(ExcelJS.ValueType.Date);
    // Row style for cells without their own, the cell's own style first, and the row's over the column's.
    expect(cell('A2').font.color?.argb).toBe('FFC00000');
    expect(cell('B2').font.bold).toBe(true);
    expect(cell('B2').font.color).toBeUndefined();
    expect(cell('C2').font.color?.argb).toBe('FFC00000');
    expect(ws.getRow(2).height).toBe(30);
  });

  it('marks quotePrefix on the cell format (exceljs does not model it, so the XML is checked)', () => {
    const files = parts(writeXlsx((w) => w.addSheet({ name: 'S' }).addRow(['plain', { value: '=1+2', style: 'code' }]), { styles: STYLES }));
    const xfs = named(files['xl/styles.xml']!, 'xf').filter((e) => e.path.includes('cellXfs'));
    const cells = named(files['xl/worksheets/sheet1.xml']!, 'c');
    const xfOf = (ref: string) => xfs[Number(cells.find((c) => c.attributes.r === ref)!.attributes.s ?? 0)]!;
    expect(xfOf('B1').attributes.quotePrefix).toBe('1');
    expect(xfOf('B1').attributes.numFmtId).toBe('49');
    expect(xfOf('A1').attributes.quotePrefix).toBeUndefined();
  });

  it('keeps frozen panes, column widths, merges, autoFilter, tab colour and sheet states', async () => {
    const workbook = await load(featureWorkbook());
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['数据资源', 'visible'],
      ['字典', 'hidden'],
      ['meta', 'veryHidden'],
    ]);
    const ws = sheet(workbook, '数据资源');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3' });
    expect(ws.getColumn(1).width).toBe(24);
    expect(ws.getColumn(2).width).toBe(30);
    expect(ws.getColumn(4).hidden).toBe(true);
    expect(ws.model.merges).toEqual(['A1:G1']);
    expect(ws.getCell('C1').isMerged).toBe(true);
    expect(ws.autoFilter).toBe('A2:G20001');
    expect(ws.properties.tabColor).toMatchObject({ argb: 'FF4472C4' });
    const dictionary = sheet(workbook, '字典') as ExcelJS.Worksheet & { sheetProtection?: { sheet?: boolean } };
    expect(dictionary.sheetProtection?.sheet).toBe(true);
    expect(sheet(workbook, 'meta').getCell('B1').value).toBe(1);
    expect(sheet(workbook, '数据资源').getCell('A3').value).toBe('道路运输经营许可信息');
  });

  it('writes a frozen header without columns as a bottom-left pane', async () => {
    const bytes = writeXlsx((w) => w.addSheet({ name: 'S', freeze: { rows: 1 } }).addRow(['h']));
    const ws = sheet(await load(bytes), 'S');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(named(parts(bytes)['xl/worksheets/sheet1.xml']!, 'pane')[0]!.attributes).toMatchObject({ activePane: 'bottomLeft', state: 'frozen' });
  });

  it('writes one list validation per range, with exactly the given sqref', async () => {
    const bytes = featureWorkbook();
    const rules = named(parts(bytes)['xl/worksheets/sheet1.xml']!, 'dataValidation');
    expect(rules.map((r) => r.attributes.sqref)).toEqual(['E3:E20001', 'F3:F20001']);
    expect(rules.map((r) => r.attributes.type)).toEqual(['list', 'list']);
    expect(rules[0]!.attributes.allowBlank).toBe('1');
    expect(rules[1]!.attributes.allowBlank).toBeUndefined();
    expect(rules[0]!.attributes.showErrorMessage).toBe('1');
    const ws = sheet(await load(bytes), '数据资源');
    expect(ws.getCell('E3').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['字典!$A$2:$A$3'],
      errorTitle: '输入错误',
      error: '请从下拉列表中选择',
      promptTitle: '是否涉密',
      prompt: '请选择"是"或"否"',
    });
    expect(ws.getCell('E20001').dataValidation?.formulae).toEqual(['字典!$A$2:$A$3']);
    expect(ws.getCell('F5000').dataValidation?.formulae).toEqual(['"无条件共享,有条件共享,不予共享"']);
    expect(ws.getCell('E20002').dataValidation).toBeUndefined();
  });

  it('keeps notes (multi-line, on empty cells too) with their VML drawing and relationships', async () => {
    const bytes = featureWorkbook();
    const ws = sheet(await load(bytes), '数据资源');
    const noteText = (ref: string) => {
      const note = ws.getCell(ref).note;
      return typeof note === 'string' ? note : note?.texts?.map((t) => t.text).join('');
    };
    expect(noteText('A1')).toBe('标题\n第二行说明');
    expect(noteText('G3')).toBe('疑似公式');
    expect(noteText('D4')).toBe('空单元格的批注');
    expect(noteText('B3')).toBeUndefined();
    // A note on a blank, unstyled cell needs no <c> (exceljs, which hangs notes on cells, cannot show it; Excel can).
    const comments = named(parts(bytes)['xl/comments1.xml']!, 'comment');
    expect(comments.map((c) => [c.attributes.ref, c.text])).toContainEqual(['E4', '无样式空单元格的批注']);

    const files = parts(bytes);
    const legacy = named(files['xl/worksheets/sheet1.xml']!, 'legacyDrawing');
    expect(legacy).toHaveLength(1);
    const rels = named(files['xl/worksheets/_rels/sheet1.xml.rels']!, 'Relationship');
    const drawing = rels.find((r) => r.attributes.Id === legacy[0]!.attributes['r:id']);
    expect(drawing?.attributes.Type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing');
    expect(rels.some((r) => r.attributes.Type === 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments')).toBe(true);
    const shapes = named(files[`xl/${drawing!.attributes.Target!.replace('../', '')}`]!, 'x:ClientData');
    expect(shapes.map((s) => s.attributes.ObjectType)).toEqual(['Note', 'Note', 'Note', 'Note']);
    expect(named(files['xl/comments1.xml']!, 'author').map((a) => a.text)).toEqual(['Mulu']);
    // Sheets without notes get no drawing.
    expect(Object.keys(files).filter((name) => name.includes('vmlDrawing') || name.includes('comments'))).toEqual(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml']);
  });

  it('keeps VML shape ids unique across sheets with more than 1,024 notes', async () => {
    const bytes = writeXlsx((w) => {
      for (const name of ['一', '二']) {
        const s = w.addSheet({ name });
        for (let i = 0; i < 1500; i++) s.addRow([{ value: i, note: `${name}${i}` }]);
      }
    });
    const files = parts(bytes);
    const ids = ['xl/drawings/vmlDrawing1.vml', 'xl/drawings/vmlDrawing2.vml'].flatMap((name) => named(files[name]!, 'v:shape').map((s) => s.attributes.id));
    expect(new Set(ids).size).toBe(3000);
    // Each drawing declares the 1,024-id blocks its shapes use (o:idmap), and the blocks do not overlap.
    const blocks = ['xl/drawings/vmlDrawing1.vml', 'xl/drawings/vmlDrawing2.vml'].map((name) => named(files[name]!, 'o:idmap')[0]!.attributes.data!.split(',').map(Number));
    for (const [i, name] of ['xl/drawings/vmlDrawing1.vml', 'xl/drawings/vmlDrawing2.vml'].entries()) {
      for (const shape of named(files[name]!, 'v:shape')) expect(blocks[i]).toContain(Math.floor(Number(/\d+$/.exec(shape.attributes.id!)![0]) / 1024));
    }
    expect(blocks[0]!.filter((b) => blocks[1]!.includes(b))).toEqual([]);
    const ws = sheet(await load(bytes), '二');
    expect(ws.getCell('A1500').note).toMatchObject({ texts: [{ text: '二1499' }] });
  });

  it('writes sheets in order with their rows, skipping empty cells and rows', async () => {
    const bytes = writeXlsx((w) => {
      const first = w.addSheet({ name: 'First' });
      first.addRow(['a']);
      first.addRow([]);
      first.addRow([, 'b', , 'd']);
      expect(first.rowCount).toBe(3);
      const second = w.addSheet({ name: 'Second' });
      second.addRow(['x']);
      expect(() => first.addRow(['too late'])).toThrow(/already been ended/);
    });
    const workbook = await load(bytes);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['First', 'Second']);
    const first = sheet(workbook, 'First');
    expect(first.getCell('B3').value).toBe('b');
    expect(first.getCell('D3').value).toBe('d');
    const xml = parts(bytes)['xl/worksheets/sheet1.xml']!;
    expect(named(xml, 'row').map((r) => r.attributes.r)).toEqual(['1', '3']);
    expect(named(xml, 'c').map((c) => c.attributes.r)).toEqual(['A1', 'B3', 'D3']);
    // Blank values in the feature workbook: only the one with its own style is written.
    const row4 = named(parts(featureWorkbook())['xl/worksheets/sheet1.xml']!, 'c').filter((c) => c.attributes.r!.endsWith('4'));
    expect(row4.map((c) => c.attributes.r)).toEqual(['D4']);
  });

  it('puts the hidden filter name in workbook.xml and selects the first visible sheet', () => {
    const bytes = writeXlsx((w) => {
      w.addSheet({ name: 'Hidden', state: 'hidden' }).addRow(['h']);
      w.addSheet({ name: "O'Brien 表", autoFilter: 'A1:C10' }).addRow(['a', 'b', 'c']);
    });
    const workbook = parts(bytes)['xl/workbook.xml']!;
    const name = named(workbook, 'definedName')[0]!;
    expect(name.attributes).toMatchObject({ name: '_xlnm._FilterDatabase', localSheetId: '1', hidden: '1' });
    expect(name.text).toBe("'O''Brien 表'!$A$1:$C$10");
    expect(named(workbook, 'workbookView')[0]!.attributes.activeTab).toBe('1');
    expect(named(parts(bytes)['xl/worksheets/sheet2.xml']!, 'sheetView')[0]!.attributes.tabSelected).toBe('1');
  });
});

describe('the package', () => {
  it('is a well-formed OPC package: every part typed, every relationship resolves, elements in schema order', () => {
    const bytes = featureWorkbook();
    const files = parts(bytes);
    const names = Object.keys(files);
    for (const name of names) if (!name.endsWith('.vml')) elements(files[name]!); // strict XML parse throws if broken

    const types = elements(files['[Content_Types].xml']!);
    const defaults = new Map(types.filter((e) => e.name === 'Default').map((e) => [e.attributes.Extension!, e.attributes.ContentType!]));
    const overrides = new Map(types.filter((e) => e.name === 'Override').map((e) => [e.attributes.PartName!, e.attributes.ContentType!]));
    const typeOf = (name: string) => overrides.get(`/${name}`) ?? defaults.get(name.slice(name.lastIndexOf('.') + 1));
    for (const name of names.filter((n) => n !== '[Content_Types].xml')) expect(typeOf(name), name).toBeDefined();
    for (const part of overrides.keys()) expect(names, part).toContain(part.slice(1));
    const ml = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
    expect(typeOf('xl/workbook.xml')).toBe(`${ml}.sheet.main+xml`);
    expect(typeOf('xl/worksheets/sheet1.xml')).toBe(`${ml}.worksheet+xml`);
    expect(typeOf('xl/sharedStrings.xml')).toBe(`${ml}.sharedStrings+xml`);
    expect(typeOf('xl/styles.xml')).toBe(`${ml}.styles+xml`);
    expect(typeOf('xl/comments1.xml')).toBe(`${ml}.comments+xml`);
    expect(typeOf('xl/drawings/vmlDrawing1.vml')).toBe('application/vnd.openxmlformats-officedocument.vmlDrawing');
    expect(typeOf('_rels/.rels')).toBe('application/vnd.openxmlformats-package.relationships+xml');

    // Every relationship target exists (targets are relative to the folder above _rels/).
    for (const relsName of names.filter((n) => n.endsWith('.rels'))) {
      const base = relsName.replace(/_rels\/[^/]+$/, '');
      for (const rel of named(files[relsName]!, 'Relationship')) {
        const target = new URL(rel.attributes.Target!, `http://x/${base}`).pathname.slice(1);
        expect(names, `${relsName} → ${rel.attributes.Target}`).toContain(target);
      }
    }

    // CT_Worksheet is a sequence: its children must appear in this order.
    const schemaOrder = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetProtection', 'autoFilter', 'mergeCells', 'dataValidations', 'pageMargins', 'legacyDrawing'];
    for (const name of names.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
      const children = elements(files[name]!).filter((e) => e.path.length === 1).map((e) => e.name);
      expect(children.every((c) => schemaOrder.includes(c)), `${name}: ${children.join()}`).toBe(true);
      expect(children.map((c) => schemaOrder.indexOf(c))).toEqual([...children.map((c) => schemaOrder.indexOf(c))].sort((a, b) => a - b));
    }
    // CT_Stylesheet likewise, with the two mandatory fills first.
    const styleOrder = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles'];
    const styleChildren = elements(files['xl/styles.xml']!).filter((e) => e.path.length === 1).map((e) => styleOrder.indexOf(e.name));
    expect(styleChildren).toEqual([...styleChildren].sort((a, b) => a - b));
    expect(named(files['xl/styles.xml']!, 'patternFill').slice(0, 2).map((f) => f.attributes.patternType)).toEqual(['none', 'gray125']);
  });

  it('lists each entry once, the package relationships first and each sheet before its notes', () => {
    const order = entryOrder(featureWorkbook());
    expect(new Set(order).size).toBe(order.length);
    expect(order[0]).toBe('_rels/.rels');
    expect(order.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(order.indexOf('xl/comments1.xml'));
    expect(order.indexOf('xl/worksheets/sheet1.xml')).toBeLessThan(order.indexOf('xl/worksheets/sheet2.xml'));
    expect(order.slice(-1)).toEqual(['[Content_Types].xml']);
    expect([...order].sort()).toEqual(Object.keys(unzipSync(featureWorkbook())).sort());
  });

  describe('determinism', () => {
    const originalTz = process.env.TZ;
    afterEach(() => {
      process.env.TZ = originalTz;
    });

    it('gives identical bytes for identical calls, in any time zone', () => {
      process.env.TZ = 'Asia/Shanghai';
      const a = featureWorkbook();
      process.env.TZ = 'America/Los_Angeles';
      const b = featureWorkbook();
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
      // Every entry is dated 1980-01-01 00:00 (DOS date 0x0021, time 0) in the central directory.
      const view = new DataView(a.buffer, a.byteOffset, a.byteLength);
      let at = view.getUint32(a.length - 22 + 16, true);
      while (view.getUint32(at, true) === 0x02014b50) {
        expect([view.getUint16(at + 12, true), view.getUint16(at + 14, true)]).toEqual([0, 0x21]);
        at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
      }
    });

    it('uses the given creator and time in docProps', () => {
      const core = parts(writeXlsx((w) => w.addSheet({ name: 'S' }).addRow(['x']), { creator: '某某县 & 数据局', modified: '2026-11-22T08:00:00Z' }))['docProps/core.xml']!;
      expect(named(core, 'dc:creator')[0]!.text).toBe('某某县 & 数据局');
      expect(named(core, 'dcterms:modified')[0]!.text).toBe('2026-11-22T08:00:00Z');
    });
  });

  it('streams: bytes reach onData while rows are still being added, and final is set on the last chunk only', () => {
    const calls: { length: number; final: boolean; afterRows: number }[] = [];
    let rows = 0;
    const writer = createXlsxWriter({ onData: (chunk, final) => calls.push({ length: chunk.length, final, afterRows: rows }) });
    const s = writer.addSheet({ name: 'S' });
    for (; rows < 20_000; rows++) s.addRow([`资源${rows}`, rows, `说明文字${rows % 97}`]);
    const beforeFinish = calls.length;
    expect(calls.filter((c) => c.afterRows > 0 && c.afterRows < 20_000).length).toBeGreaterThan(1);
    writer.finish();
    expect(calls.length).toBeGreaterThan(beforeFinish);
    expect(calls.map((c) => c.final)).toEqual([...Array(calls.length - 1).fill(false), true]);
  });
});

describe('refusals', () => {
  const build = (fn: (w: XlsxWriter) => void) => () => writeXlsx(fn, { styles: STYLES });

  it.each([
    ['', /1–31/],
    ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二', /1–31/],
    ['a/b', /refuses/],
    ['a[1]', /refuses/],
    ['what?', /refuses/],
    ["'quoted'", /apostrophe/],
  ])('refuses the sheet name %j', (name, message) => {
    expect(build((w) => w.addSheet({ name }))).toThrow(message);
  });

  it('refuses a sheet name used twice, ignoring case', () => {
    expect(
      build((w) => {
        w.addSheet({ name: 'Data' });
        w.addSheet({ name: 'DATA' });
      }),
    ).toThrow(/twice/);
  });

  it('refuses overlapping validations and merges, bad ranges and over-long lists', () => {
    expect(build((w) => w.addSheet({ name: 'S', validations: [{ sqref: 'I2:I100', source: '"a"' }, { sqref: 'I10:I20', source: '"b"' }] }))).toThrow(/overlap/);
    expect(build((w) => w.addSheet({ name: 'S', merges: ['A1:C1', 'C1:D2'] }))).toThrow(/overlap/);
    expect(build((w) => w.addSheet({ name: 'S', merges: ['B2:A1'] }))).toThrow(/not a range/);
    expect(build((w) => w.addSheet({ name: 'S', validations: [{ sqref: 'I2:I5 K2:K5', source: '"a"' }] }))).toThrow(/not a range/);
    expect(build((w) => w.addSheet({ name: 'S', validations: [{ sqref: 'I2', source: `"${'长'.repeat(256)}"` }] }))).toThrow(/255/);
    expect(build((w) => w.addSheet({ name: 'S', validations: [{ sqref: 'I2', source: '=A1:A3' }] }))).toThrow(/without '='/);
  });

  it('refuses values Excel cannot hold and unknown styles, leaving the sheet usable', async () => {
    let sheetRows = -1;
    const bytes = writeXlsx((w) => {
      const s = w.addSheet({ name: 'S' });
      expect(() => s.addRow([Number.NaN])).toThrow(RangeError);
      expect(() => s.addRow([Infinity])).toThrow(RangeError);
      expect(() => s.addRow([{ date: '2023-02-29' }])).toThrow(RangeError);
      expect(() => s.addRow([{ date: '1899-12-31' }])).toThrow(RangeError);
      expect(() => s.addRow([{ date: '2024-1-5' }])).toThrow(RangeError);
      expect(() => s.addRow(['x'.repeat(32_768)])).toThrow(/32767/);
      expect(() => s.addRow([{ value: 'a', style: 'nope' }])).toThrow(/unknown cell style/);
      expect(() => s.addRow(['a', { value: 'b', note: 'n' }, Number.NaN])).toThrow(RangeError);
      s.addRow(['after']);
      sheetRows = s.rowCount;
    });
    expect(sheetRows).toBe(1);
    const ws = sheet(await load(bytes), 'S');
    expect(ws.getCell('A1').value).toBe('after');
    expect(ws.getCell('B1').note).toBeUndefined();
  });

  it('refuses bad colours, workbooks without a visible sheet, and use after finish', () => {
    expect(() => createXlsxWriter({ onData: () => {}, styles: { bad: { fill: 'red' } } })).toThrow(/RRGGBB/);
    expect(() => createXlsxWriter({ onData: () => {}, modified: 'yesterday' })).toThrow(/ISO time/);
    expect(() => createXlsxWriter({ onData: () => {}, level: 10 })).toThrow(/0–9/);
    expect(build(() => {})).toThrow(/visible sheet/);
    expect(build((w) => w.addSheet({ name: 'S', state: 'hidden' }))).toThrow(/visible sheet/);
    const writer = createXlsxWriter({ onData: () => {} });
    writer.addSheet({ name: 'S' });
    writer.finish();
    expect(() => writer.addSheet({ name: 'T' })).toThrow(/finished/);
    expect(() => writer.finish()).toThrow(/finished/);
  });
});
