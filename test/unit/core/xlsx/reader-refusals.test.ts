// What the reader refuses, with which reason and message, and that hostile input never makes it throw: files
// that are not workbooks, legacy and encrypted files, damage, bombs (declared and lying sizes), limits reached
// while streaming, malformed XML, cancellation, and a property test over mutated bytes.
import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openWorkbook, WORKBOOK_FAILURE_REASONS, type WorkbookFailure } from '../../../../core/xlsx/xlsx-reader.ts';
import { buildZip, type RawEntry } from '../zip/zip-builder.ts';
import { buildWorkbook, compoundFile, excelJsWorkbook, firstFailure, workbookParts, zipParts, type WorkbookSpec } from './reader-fixtures.ts';
import { convertWithLibreOffice } from '../../../harness/libreoffice.ts';

const utf8 = new TextEncoder();

const SMALL: WorkbookSpec = {
  sheets: [{ name: '资源', rows: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>户籍人口</t></is></c></row>' }],
  sharedStrings: ['信息资源名称'],
};

/** The workbook's parts as raw entries, so a test can make any header say anything. */
function rawEntries(spec: WorkbookSpec, method = 8): RawEntry[] {
  return workbookParts(spec).map(([name, content]) => ({ name, content, method }));
}

function withEntry(entries: RawEntry[], name: string, change: Partial<RawEntry>): RawEntry[] {
  return entries.map((e) => (e.name === name ? { ...e, ...change } : e));
}

async function failure(bytes: Uint8Array, options: Parameters<typeof openWorkbook>[1] = {}): Promise<WorkbookFailure> {
  const failed = await firstFailure(bytes, options);
  if (!failed) throw new Error('expected a failure');
  expect(failed.message.zh.length).toBeGreaterThan(0);
  expect(failed.message.en.length).toBeGreaterThan(0);
  return failed;
}

describe('files that are not .xlsx workbooks', () => {
  it.each([
    ['a CSV renamed .xlsx', utf8.encode('序号,资源名称\n1,户籍人口\n')],
    ['an HTML table saved as .xls', utf8.encode('<html><body><table><tr><td>1</td></tr></table></body></html>')],
    ['an empty file', new Uint8Array(0)],
  ])('refuses %s as not a ZIP, and says to save it as .xlsx', async (_, bytes) => {
    const failed = await failure(bytes);
    expect(failed.reason).toBe('notZip');
    expect(failed.message.zh).toContain('不是 .xlsx 工作簿');
    expect(failed.message.zh).toContain('另存为');
  });

  it('refuses a legacy .xls (an OLE2 compound file) and says to save it as .xlsx', async () => {
    const failed = await failure(compoundFile(['Workbook', 'SummaryInformation']));
    expect(failed.reason).toBe('legacyXls');
    expect(failed.message.zh).toContain('.xls');
    expect(failed.message.zh).toContain('另存为');
  });

  it(
    'refuses a real .xls written by LibreOffice',
    async () => {
      const xls = convertWithLibreOffice(await excelJsWorkbook((wb) => wb.addWorksheet('资源').addRow(['户籍人口'])), 'xls');
      expect((await failure(xls)).reason).toBe('legacyXls');
    },
    120_000,
  );

  it('refuses a password-protected workbook (EncryptionInfo and EncryptedPackage streams) and says to remove the password', async () => {
    const failed = await failure(compoundFile(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']));
    expect(failed.reason).toBe('encrypted');
    expect(failed.message.zh).toContain('密码');
  });

  it('refuses ZIP-level encryption of a part', async () => {
    const entries = withEntry(rawEntries(SMALL), 'xl/worksheets/sheet1.xml', { flags: 0x0801 });
    const failed = await failure(buildZip({ entries }));
    expect(failed).toMatchObject({ reason: 'encrypted', part: 'xl/worksheets/sheet1.xml' });
  });

  const WORD_TYPES =
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
  const OFFICE_RELS = (target: string) =>
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

  it.each([
    ['a Word document', [['[Content_Types].xml', WORD_TYPES], ['_rels/.rels', OFFICE_RELS('word/document.xml')], ['word/document.xml', '<w:document xmlns:w="x"/>']], 'Word'],
    [
      'an .xlsb workbook',
      [
        ['[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/></Types>'],
        ['_rels/.rels', OFFICE_RELS('xl/workbook.bin')],
        ['xl/workbook.bin', 'binary'],
      ],
      '.xlsb',
    ],
    ['a Mulu catalog package', [['mimetype', 'application/vnd.mulu.catalog-package+zip'], ['catalog.json', '{}'], ['META-INF/manifest.json', '{}']], '目录包'],
    ['an OpenDocument spreadsheet', [['mimetype', 'application/vnd.oasis.opendocument.spreadsheet'], ['content.xml', '<office:document-content/>']], '.ods'],
    ['a ZIP of other files', [['说明.txt', '你好']], 'ZIP 压缩包'],
    ['a package whose main part is not a workbook', [['[Content_Types].xml', '<Types/>'], ['_rels/.rels', OFFICE_RELS('main.xml')], ['main.xml', '<other/>']], 'ZIP 压缩包'],
  ] as [string, [string, string][], string][])('refuses %s as not a workbook, saying what it is', async (_, parts, says) => {
    const failed = await failure(zipParts(parts));
    expect(failed.reason).toBe('notWorkbook');
    expect(failed.message.zh).toContain(says);
  });
});

describe('damage', () => {
  it('refuses a part whose CRC-32 does not match, naming the part and sheet', async () => {
    const entries = withEntry(rawEntries(SMALL, 0), 'xl/worksheets/sheet1.xml', { crc: 0x12345678 });
    const failed = await failure(buildZip({ entries }));
    expect(failed).toMatchObject({ reason: 'damaged', part: 'xl/worksheets/sheet1.xml', sheet: '资源' });
    expect(failed.message.zh).toContain('CRC-32');
  });

  it('refuses a file cut short (no ZIP directory) as damaged, not as "not a ZIP"', async () => {
    const bytes = buildWorkbook(SMALL);
    const failed = await failure(bytes.subarray(0, bytes.length - 100));
    expect(failed.reason).toBe('damaged');
    expect(failed.message.zh).toContain('不完整');
  });

  it('refuses a file with bytes missing in the middle', async () => {
    const bytes = buildWorkbook(SMALL, { level: 0 });
    const cut = new Uint8Array([...bytes.subarray(0, 300), ...bytes.subarray(340)]);
    expect((await failure(cut)).reason).toBe('damaged');
  });

  it('refuses corrupt deflate data', async () => {
    const entries = withEntry(rawEntries(SMALL), 'xl/worksheets/sheet1.xml', { body: new Uint8Array([0xff, 0xff, 0xff, 0xff]) });
    expect(await failure(buildZip({ entries }))).toMatchObject({ reason: 'damaged', part: 'xl/worksheets/sheet1.xml' });
  });

  it('refuses two parts with the same name (ignoring case) as a malformed archive, not an interrupted download', async () => {
    const entries = [...rawEntries(SMALL), { name: 'XL/Workbook.xml', content: '<workbook/>' }];
    const failed = await failure(buildZip({ entries }));
    expect(failed.reason).toBe('malformedZip');
    expect(failed.message.zh).toContain('ZIP 结构不合规范');
    expect(failed.message.zh).not.toContain('下载');
  });

  it('refuses a workbook whose sheet part is missing', async () => {
    const entries = rawEntries(SMALL).filter((e) => e.name !== 'xl/worksheets/sheet1.xml');
    const failed = await failure(buildZip({ entries }));
    expect(failed.reason).toBe('damaged');
    expect(failed.message.zh).toContain('xl/worksheets/sheet1.xml');
  });

  it('refuses a shared-string index that does not exist, naming the cell', async () => {
    const failed = await failure(buildWorkbook({ ...SMALL, sheets: [{ name: '资源', rows: '<row r="3"><c r="B3" t="s"><v>7</v></c></row>' }] }));
    expect(failed).toMatchObject({ reason: 'damaged', sheet: '资源', row: 3 });
    expect(failed.message.zh).toContain('B3');
  });

  it.each([
    ['ZIP64', { uncompressedSize: 0xffffffff }, 'ZIP64'],
    ['bzip2 compression', { method: 12 }, '压缩方法'],
  ])('refuses %s as an unsupported ZIP form', async (_, change, says) => {
    const failed = await failure(buildZip({ entries: withEntry(rawEntries(SMALL), 'xl/worksheets/sheet1.xml', change) }));
    expect(failed.reason).toBe('unsupportedZip');
    expect(failed.message.zh).toContain(says);
  });
});

describe('bombs and limits', () => {
  it('refuses a part declared larger than maxEntryBytes before inflating anything', async () => {
    // 600 MiB declared, a few bytes of data: only the header can say partTooLarge (inflating would fail otherwise).
    const entries = withEntry(rawEntries(SMALL), 'xl/worksheets/sheet1.xml', { uncompressedSize: 600 * 1024 * 1024 });
    const failed = await failure(buildZip({ entries }));
    expect(failed).toMatchObject({ reason: 'partTooLarge', part: 'xl/worksheets/sheet1.xml' });
    expect(failed.message.zh).toContain('536870912');
  });

  it('refuses parts whose declared sizes add up past maxTotalBytes, and a file over maxFileBytes', async () => {
    const bytes = buildWorkbook(SMALL);
    expect((await failure(bytes, { limits: { maxTotalBytes: 1000 } })).reason).toBe('fileTooLarge');
    const tooBig = await failure(bytes, { limits: { maxFileBytes: bytes.length - 1 } });
    expect(tooBig.reason).toBe('fileTooLarge');
    expect(tooBig.message.zh).toContain(String(bytes.length));
  });

  it('stops inflating a part that produces more than it declares (a lying size) and calls the file damaged', async () => {
    // 8 MB of zeros deflated to ~8 KB, declared as 1,000 bytes.
    const body = deflateSync(new Uint8Array(8 * 1024 * 1024));
    const entries = withEntry(rawEntries(SMALL), 'xl/worksheets/sheet1.xml', { body, uncompressedSize: 1000 });
    const failed = await failure(buildZip({ entries }));
    expect(failed).toMatchObject({ reason: 'damaged', part: 'xl/worksheets/sheet1.xml' });
    expect(failed.message.zh).toContain('实际更大');
  });

  it('refuses a part that produces less than it declares', async () => {
    const entries = withEntry(rawEntries(SMALL), 'xl/worksheets/sheet1.xml', { uncompressedSize: 5000 });
    expect((await failure(buildZip({ entries })))).toMatchObject({ reason: 'damaged', part: 'xl/worksheets/sheet1.xml' });
  });

  it('refuses a sheet with more rows than maxRowsPerSheet while streaming, naming the sheet, the row and the limit', async () => {
    const rows = Array.from({ length: 8 }, (_, i) => `<row r="${i + 2}"><c><v>${i}</v></c></row>`).join('');
    const opened = await openWorkbook(buildWorkbook({ sheets: [{ name: '信息项', rows }] }), { limits: { maxRowsPerSheet: 5 } });
    if (!opened.ok) throw new Error(opened.message.en);
    let delivered = 0;
    const failed = await opened.workbook.readSheet(opened.workbook.sheets[0]!, () => void delivered++);
    expect(failed).toMatchObject({ ok: false, reason: 'tooManyRows', sheet: '信息项', row: 7 });
    expect(delivered).toBe(5);
    if (!failed.ok) expect(failed.message.zh).toContain('工作表“信息项”中有内容的行超过 5 行');
  });

  it(
    'refuses a 1,000,000-row sheet with the default limits',
    async () => {
      const rows = '<row><c><v>1</v></c></row>'.repeat(1_000_000);
      const failed = await failure(buildWorkbook({ sheets: [{ name: '大表', rows }] }, { level: 1 }));
      expect(failed).toMatchObject({ reason: 'tooManyRows', sheet: '大表', row: 600_001 });
    },
    120_000,
  );

  it('throws only for limits that are not numbers, a programming error', async () => {
    await expect(openWorkbook(buildWorkbook(SMALL), { limits: { maxRowsPerSheet: -1 } })).rejects.toThrow(RangeError);
  });

  it('refuses more shared strings than maxSharedStrings', async () => {
    const failed = await failure(buildWorkbook({ ...SMALL, sharedStrings: ['甲', '乙', '丙', '丁'] }), { limits: { maxSharedStrings: 3 } });
    expect(failed).toMatchObject({ reason: 'tooManyStrings', part: 'xl/sharedStrings.xml' });
  });

  it.each([
    ['an inline string', { sheets: [{ name: '资源', rows: '<row r="4"><c r="C4" t="inlineStr"><is><t>一二三四五六七八九十壹</t></is></c></row>' }] }, '单元格 C4'],
    ['a formula string', { sheets: [{ name: '资源', rows: '<row r="4"><c r="C4" t="str"><v>一二三四五六七八九十壹</v></c></row>' }] }, '单元格 C4'],
    ['a shared string', { ...SMALL, sharedStrings: ['一二三四五六七八九十壹'] }, '共享字符串表'],
  ] as [string, WorkbookSpec, string][])('refuses %s longer than maxCellChars', async (_, spec, says) => {
    const failed = await failure(buildWorkbook(spec), { limits: { maxCellChars: 10 } });
    expect(failed.reason).toBe('cellTooLong');
    expect(failed.message.zh).toContain(says);
  });

  it('counts a cell limit in characters after decoding _xHHHH_ escapes', async () => {
    const spec = { sheets: [{ name: '资源', rows: '<row><c t="inlineStr"><is><t>_x000D__x000D__x000D_一二三四五六七</t></is></c></row>' }] };
    expect(await firstFailure(buildWorkbook(spec), { limits: { maxCellChars: 10 } })).toBeUndefined();
  });
});

describe('malformed XML', () => {
  it('names the part, the sheet, the row and the line and column', async () => {
    const failed = await failure(buildWorkbook({ sheets: [{ name: '资源', rows: '<row r="1"><c><v>1</v></c></row>\n<row r="2"><c><v>2</v></row>' }] }));
    expect(failed).toMatchObject({ reason: 'malformedXml', part: 'xl/worksheets/sheet1.xml', sheet: '资源', row: 2 });
    expect(failed.message.zh).toMatch(/部件“xl\/worksheets\/sheet1.xml”（工作表“资源”）的 XML 格式错误（第 3 行第 \d+ 列：/);
  });

  it('refuses a start tag with 50,000 attributes (a 127 KB workbook once took ~37 s)', async () => {
    const attributes = Array.from({ length: 50_000 }, (_, i) => `a${i}="1"`).join(' ');
    const failed = await failure(buildWorkbook({ sheets: [{ name: '资源', rows: `<row r="1" ${attributes}><c><v>1</v></c></row>` }] }));
    expect(failed).toMatchObject({ reason: 'malformedXml', part: 'xl/worksheets/sheet1.xml', sheet: '资源' });
    expect(failed.message.zh).toContain('属性超过');
  });

  it('refuses a malformed workbook.xml when opening', async () => {
    const parts = workbookParts(SMALL).map(([n, x]): [string, string] => [n, n === 'xl/workbook.xml' ? x.replace('</sheets>', '</sheet>') : x]);
    expect(await failure(zipParts(parts))).toMatchObject({ reason: 'malformedXml', part: 'xl/workbook.xml' });
  });

  it('expands no entities beyond XML\'s own (no "billion laughs")', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>' +
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>';
    const parts = workbookParts(SMALL).map(([n, x]): [string, string] => [n, n === 'xl/sharedStrings.xml' ? laughs : x]);
    expect(await failure(zipParts(parts))).toMatchObject({ reason: 'malformedXml', part: 'xl/sharedStrings.xml' });
  });

  it('refuses a sheet cut short inside its rows, as a truncated or badly written file would be', async () => {
    const parts = workbookParts(SMALL).map(([n, x]): [string, string] => [n, n === 'xl/worksheets/sheet1.xml' ? x.slice(0, x.indexOf('</row>')) : x]);
    const failed = await failure(zipParts(parts));
    expect(failed).toMatchObject({ reason: 'malformedXml', part: 'xl/worksheets/sheet1.xml', sheet: '资源' });
    expect(failed.message.zh).toContain('内容不完整');
  });

  it('stops the parser from gathering a giant token (here a 17-million-character comment) into one string', async () => {
    const rows = `<row><c><v>1</v></c></row><!--${'注'.repeat(17 * 1024 * 1024)}--><row><c><v>2</v></c></row>`;
    // Small steps, so that the comment arrives in many pieces (one step's output is bounded anyway).
    const failed = await failure(buildWorkbook({ sheets: [{ name: '资源', rows }] }, { level: 1 }), { stepBytes: 1024 });
    expect(failed).toMatchObject({ reason: 'malformedXml', sheet: '资源' });
    expect(failed.message.en).toContain('characters without markup');
  });

  it('reports damage rather than the malformed XML it produced when the CRC also fails', async () => {
    const content = workbookParts(SMALL).find(([n]) => n === 'xl/worksheets/sheet1.xml')![1];
    const entries = withEntry(rawEntries(SMALL, 0), 'xl/worksheets/sheet1.xml', { content: content.replace('<row', '<ro<w'), crc: 1 });
    expect((await failure(buildZip({ entries }))).reason).toBe('damaged');
  });
});

describe('odd but well-formed sheets', () => {
  const attribute = (name: string, values: string[]) => fc.option(fc.constantFrom(...values).map((v) => ` ${name}="${v}"`), { nil: '' });
  const cell = fc
    .tuple(
      attribute('r', ['A1', 'XFD1', 'XFE1', 'a1', 'A0', '1A', '', 'AAAA1', 'B99999999']),
      attribute('t', ['s', 'inlineStr', 'str', 'b', 'e', 'd', 'n', 'x', '']),
      attribute('s', ['0', '1', '-1', '1e9', 'NaN', '']),
      fc.constantFrom('', '<v>0</v>', '<v>-1</v>', '<v>1e400</v>', '<v>9007199254740993</v>', '<v></v>', '<v>真</v>', '<f>A1</f>', '<is><t>a</t><rPh><t>b</t></rPh></is>', '<is><r><t>x_xD83D_</t></r></is>', '<v>_x0000_</v>'),
    )
    .map(([r, t, s, inner]) => `<c${r}${t}${s}>${inner}</c>`);
  const row = fc
    .tuple(attribute('r', ['1', '0', '-3', '1048577', '2.5', 'x']), attribute('hidden', ['1', 'true', '0']), fc.array(cell, { maxLength: 6 }))
    .map(([r, hidden, cells]) => `<row${r}${hidden}>${cells.join('')}</row>`);

  it('reads any combination of odd attributes and values without throwing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { maxLength: 8 }), fc.boolean(), async (rows, stored) => {
        const spec = { ...SMALL, styles: '<cellXfs><xf numFmtId="14"/><xf/></cellXfs>', sheets: [{ name: '资源', rows: rows.join(''), after: '<mergeCells><mergeCell/><mergeCell ref="A1:B2"/></mergeCells>' }] };
        const failed = await firstFailure(buildWorkbook(spec, stored ? { level: 0 } : {}));
        // Only a shared-string index out of range, a well-formed reference beyond XFD / row 1,048,576 (XFE1, AAAA1,
        // B99999999, row 1048577), or half a character from an unpaired _xD83D_ escape.
        if (failed) expect(['damaged', 'outsideGrid', 'invalidText']).toContain(failed.reason);
      }),
      { numRuns: 300 },
    );
  });
});

describe('cancellation', () => {
  it("ends openWorkbook with 'cancelled' when the signal is already aborted", async () => {
    const failed = await openWorkbook(buildWorkbook(SMALL), { signal: { aborted: true } });
    expect(failed).toMatchObject({ ok: false, reason: 'cancelled' });
  });
});

describe('hostile bytes', () => {
  const VALID = [buildWorkbook({ ...SMALL, styles: '<cellXfs><xf numFmtId="14"/></cellXfs>' }, { level: 0 }), buildWorkbook(SMALL, { dataDescriptors: true })];

  async function settles(bytes: Uint8Array): Promise<void> {
    const opened = await openWorkbook(bytes, { limits: { maxRowsPerSheet: 50, maxCellChars: 100 } });
    if (!opened.ok) return void expect(WORKBOOK_FAILURE_REASONS).toContain(opened.reason);
    for (const sheet of opened.workbook.sheets) {
      const read = await opened.workbook.readSheet(sheet, () => undefined);
      if (!read.ok) expect(WORKBOOK_FAILURE_REASONS).toContain(read.reason);
    }
  }

  it('never throws on flipped bytes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...VALID),
        fc.array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 6 }),
        async (valid, flips) => {
          const bytes = valid.slice();
          for (const { at, xor } of flips) bytes[at % bytes.length]! ^= xor;
          await settles(bytes);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never throws on cut, spliced or noisy bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...VALID), fc.nat(), fc.nat(60), fc.uint8Array({ maxLength: 60 }), async (valid, at, removed, inserted) => {
        const cut = at % (valid.length + 1);
        await settles(new Uint8Array([...valid.subarray(0, cut), ...inserted, ...valid.subarray(cut + removed)]));
      }),
      { numRuns: 300 },
    );
  });
});

describe('references beyond Excel’s grid', () => {
  it.each([
    ['a cell beyond column XFD', '<row r="1"><c r="XFE1"><v>1</v></c></row>', 'XFE1'],
    ['a cell beyond row 1,048,576', '<row r="1"><c r="A1048577"><v>1</v></c></row>', 'A1048577'],
    ['a row number beyond 1,048,576', '<row r="1048577"><c><v>1</v></c></row>', '1048577'],
  ])('refuses %s, naming it, instead of moving the value to another cell', async (_, rows, ref) => {
    const failed = await failure(buildWorkbook({ sheets: [{ name: '资源', rows }] }));
    expect(failed).toMatchObject({ reason: 'outsideGrid', sheet: '资源' });
    expect(failed.message.zh).toContain(`“${ref}”`);
    expect(failed.message.zh).toContain('超出了 Excel 表格的范围');
  });

  it('still reads cells and rows without references, and the last cell and row Excel has', async () => {
    const rows = '<row><c><v>1</v></c><c r="XFD1"><v>2</v></c></row><row r="1048576"><c r="A1048576"><v>3</v></c></row>';
    expect(await firstFailure(buildWorkbook({ sheets: [{ name: '资源', rows }] }))).toBeUndefined();
  });
});

describe('text that cannot be read as it is', () => {
  it('refuses an unpaired _xD83D_ escape, naming the cell', async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>户籍</t></is></c></row><row r="2"><c r="C2" t="inlineStr"><is><t>人口_xD83D_</t></is></c></row>';
    const failed = await failure(buildWorkbook({ sheets: [{ name: '资源', rows }] }));
    expect(failed).toMatchObject({ reason: 'invalidText', sheet: '资源', row: 2 });
    expect(failed.message.zh).toContain('工作表“资源”的单元格 C2');
  });

  it('still reads a paired escape (_xD83D__xDE00_) as the character it spells', async () => {
    const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>笑_xD83D__xDE00_</t></is></c></row>';
    expect(await firstFailure(buildWorkbook({ sheets: [{ name: '资源', rows }] }))).toBeUndefined();
  });

  it('refuses invalid UTF-8 in a sheet instead of turning it into U+FFFD, naming the part and row', async () => {
    const [head, tail] = ['<row r="1"><c r="A1" t="inlineStr"><is><t>户籍</t></is></c></row><row r="2"><c r="B2" t="inlineStr"><is><t>人口', '</t></is></c></row>'];
    const sheet = workbookParts({ sheets: [{ name: '资源', rows: `${head}@@${tail}` }] }).find(([n]) => n === 'xl/worksheets/sheet1.xml')![1];
    const bytes = utf8.encode(sheet);
    const at = bytes.indexOf(0x40);
    bytes.set([0xc3, 0x28], at); // a two-byte lead followed by a byte that cannot continue it
    const parts = workbookParts({ sheets: [{ name: '资源', rows: '' }] }).map(([n, x]): [string, string | Uint8Array] => [n, n === 'xl/worksheets/sheet1.xml' ? bytes : x]);
    const failed = await failure(zipParts(parts));
    expect(failed).toMatchObject({ reason: 'invalidText', part: 'xl/worksheets/sheet1.xml', sheet: '资源' });
    expect(failed.message.zh).toContain('不是有效 UTF-8 编码');
  });
});
