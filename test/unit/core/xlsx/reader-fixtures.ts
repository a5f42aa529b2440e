// Workbooks for the reader tests, built in code: hand-written SpreadsheetML zipped with fflate (every variant a
// real producer writes: x: prefixes, absolute targets, inline strings, rich text, phonetic runs, formulas, the
// zh-CN built-in date formats, hidden rows, merged titles, data descriptors, extra fields, parts in any order),
// workbooks written by exceljs, LibreOffice re-saves, and OLE2 files. Reusable by the catalog-mapping tests.
import ExcelJS from 'exceljs';
import { concatBytes } from '@noble/hashes/utils.js';
import { Zip, ZipDeflate, ZipPassThrough, zipSync, type DeflateOptions } from 'fflate';
import { openWorkbook, type OpenWorkbookOptions, type WorkbookFailure, type XlsxRow, type XlsxWorkbook } from '../../../../core/xlsx/xlsx-reader.ts';

const utf8 = new TextEncoder();

// ——— namespaces ———

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const STRICT_MAIN = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';

const CT_WORKBOOK = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
const CT_SHEET = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const CT_SST = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';
const CT_STYLES = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

// ——— hand-written workbooks ———

export interface SheetSpec {
  name: string;
  /** The inner XML of <sheetData>, written without prefixes (they are added for `prefix`). */
  rows: string;
  /** XML after </sheetData>, e.g. '<mergeCells count="1"><mergeCell ref="A1:G1"/></mergeCells>'. */
  after?: string;
  state?: 'hidden' | 'veryHidden';
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Shared strings: plain text, or raw <si> inner XML when given as { xml }. */
  sharedStrings?: (string | { xml: string })[];
  /** The inner XML of <styleSheet>; see STYLES_WITH_DATES. */
  styles?: string;
  /** Element prefix, e.g. 'x' as the OpenXML SDK writes: <x:workbook xmlns:x="…">. */
  prefix?: string;
  /** Relationship targets as absolute part names ("/xl/worksheets/sheet1.xml"). */
  absoluteTargets?: boolean;
  /** Strict OOXML namespaces and relationship types (purl.oclc.org). */
  strict?: boolean;
  date1904?: boolean;
  /** Where the shared strings and styles go in the ZIP: before the sheets, or after them as Excel writes them. */
  sharedStringsLast?: boolean;
  /** Extra relationships/parts, e.g. a chart sheet. */
  extraWorkbookXml?: string;
}

/** An XML-escaped text node. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function prefixed(xml: string, prefix: string | undefined): string {
  return prefix ? xml.replace(/<(\/?)([A-Za-z][\w]*)(?=[\s/>])/g, `<$1${prefix}:$2`) : xml;
}

function root(name: string, ns: string, prefix: string | undefined, inner: string, extraAttributes = ''): string {
  const xmlns = prefix ? `xmlns:${prefix}="${ns}"` : `xmlns="${ns}"`;
  const tag = prefix ? `${prefix}:${name}` : name;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${tag} ${xmlns}${extraAttributes}>${prefixed(inner, prefix)}</${tag}>`;
}

/** The parts of a workbook, in ZIP order. */
export function workbookParts(spec: WorkbookSpec): [string, string][] {
  const main = spec.strict ? STRICT_MAIN : MAIN;
  const relNs = spec.strict ? STRICT_REL : REL;
  const relType = (t: string) => `${relNs}/${t}`;
  const target = (path: string) => (spec.absoluteTargets ? `/xl/${path}` : path);

  const sheetParts = spec.sheets.map((s, i) => `xl/worksheets/sheet${i + 1}.xml`);
  const types =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT_WORKBOOK}"/>` +
    sheetParts.map((p) => `<Override PartName="/${p}" ContentType="${CT_SHEET}"/>`).join('') +
    (spec.sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT_SST}"/>` : '') +
    (spec.styles ? `<Override PartName="/xl/styles.xml" ContentType="${CT_STYLES}"/>` : '') +
    '</Types>';
  const rootRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${relType('officeDocument')}" Target="${spec.absoluteTargets ? '/xl/workbook.xml' : 'xl/workbook.xml'}"/></Relationships>`;
  const workbookRels =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">` +
    spec.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${relType('worksheet')}" Target="${target(`worksheets/sheet${i + 1}.xml`)}"/>`).join('') +
    (spec.sharedStrings ? `<Relationship Id="rIdSst" Type="${relType('sharedStrings')}" Target="${target('sharedStrings.xml')}"/>` : '') +
    (spec.styles ? `<Relationship Id="rIdStyles" Type="${relType('styles')}" Target="${target('styles.xml')}"/>` : '') +
    '</Relationships>';
  const workbook = root(
    'workbook',
    main,
    spec.prefix,
    (spec.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>') +
      '<sheets>' +
      spec.sheets.map((s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('') +
      '</sheets>' +
      (spec.extraWorkbookXml ?? ''),
    ` xmlns:r="${relNs}"`,
  );
  const sheets: [string, string][] = spec.sheets.map((s, i) => [sheetParts[i]!, root('worksheet', main, spec.prefix, `<sheetData>${s.rows}</sheetData>${s.after ?? ''}`)]);
  const shared: [string, string][] = [];
  if (spec.sharedStrings) {
    const items = spec.sharedStrings.map((s) => `<si>${typeof s === 'string' ? `<t xml:space="preserve">${xmlText(s)}</t>` : s.xml}</si>`).join('');
    shared.push(['xl/sharedStrings.xml', root('sst', main, spec.prefix, items, ` count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}"`)]);
  }
  if (spec.styles) shared.push(['xl/styles.xml', root('styleSheet', main, spec.prefix, spec.styles)]);
  const head: [string, string][] = [
    ['[Content_Types].xml', types],
    ['_rels/.rels', rootRels],
    ['xl/workbook.xml', workbook],
    ['xl/_rels/workbook.xml.rels', workbookRels],
  ];
  return spec.sharedStringsLast ? [...head, ...sheets, ...shared] : [...head, ...shared, ...sheets];
}

export interface ZipOptions {
  /** Deflate level; 0 stores the parts uncompressed. Default 6. */
  level?: DeflateOptions['level'];
  /** Write data descriptors (flag bit 3), as Excel and LibreOffice do: fflate's streaming Zip. */
  dataDescriptors?: boolean;
  /** An extended-timestamp extra field on every entry, as Info-ZIP and many tools add. */
  extraFields?: boolean;
  /** An archive comment after the end record. */
  comment?: string;
}

const TIMESTAMP_EXTRA = { 0x5455: new Uint8Array([1, 0, 0, 0, 0]) };

export function zipParts(parts: readonly [string, string | Uint8Array][], options: ZipOptions = {}): Uint8Array {
  const level = options.level ?? 6;
  const attributes = options.extraFields ? { extra: TIMESTAMP_EXTRA } : {};
  let zipped: Uint8Array;
  if (options.dataDescriptors) {
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, chunk) => {
      if (error) throw error;
      chunks.push(chunk);
    });
    for (const [name, content] of parts) {
      const entry = level === 0 ? new ZipPassThrough(name) : new ZipDeflate(name, { level });
      Object.assign(entry, attributes);
      zip.add(entry);
      entry.push(typeof content === 'string' ? utf8.encode(content) : content, true);
    }
    zip.end();
    zipped = concatBytes(...chunks);
  } else {
    zipped = zipSync(Object.fromEntries(parts.map(([name, content]) => [name, [typeof content === 'string' ? utf8.encode(content) : content, { level, ...attributes }]])));
  }
  return options.comment === undefined ? zipped : withArchiveComment(zipped, options.comment);
}

function withArchiveComment(zip: Uint8Array, comment: string): Uint8Array {
  const text = utf8.encode(comment);
  const out = concatBytes(zip, text);
  new DataView(out.buffer).setUint16(zip.length - 2, text.length, true);
  return out;
}

export function buildWorkbook(spec: WorkbookSpec, options: ZipOptions = {}): Uint8Array {
  return zipParts(workbookParts(spec), options);
}

/**
 * cellXfs: 0 General, 1 zh-CN built-in 27, 2 built-in 31, 3 built-in 57, 4 built-in 58 (none of them has a
 * <numFmt>, as Excel and WPS write them), 5 yyyy"年"m"月"d"日", 6 [$-804]yyyy/m/d;@, 7 0.00, 8 000000, 9 @,
 * 10 "元"0, 11 built-in 14, 12 built-in 22.
 */
export const STYLES_WITH_DATES =
  '<numFmts count="5"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>' +
  '<numFmt numFmtId="177" formatCode="[$-804]yyyy/m/d;@"/><numFmt numFmtId="178" formatCode="000000"/>' +
  '<numFmt numFmtId="179" formatCode="&quot;元&quot;0"/><numFmt numFmtId="180" formatCode="0.00"/></numFmts>' +
  '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>' +
  '<cellXfs count="13"><xf numFmtId="0"/><xf numFmtId="27"/><xf numFmtId="31"/><xf numFmtId="57"/><xf numFmtId="58"/>' +
  '<xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="180"/><xf numFmtId="178"/><xf numFmtId="49"/><xf numFmtId="179"/>' +
  '<xf numFmtId="14"/><xf numFmtId="22"/></cellXfs>';

// ——— exceljs ———

/** A workbook written by exceljs's in-memory writer (shared strings, as Excel-like as exceljs gets). */
export async function excelJsWorkbook(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

// ——— OLE2 compound files ———

/**
 * A minimal compound file: the header magic and one directory sector with the named entries, as a password-
 * protected .xlsx (EncryptionInfo, EncryptedPackage) or a legacy .xls (Workbook) has them.
 */
export function compoundFile(streams: readonly string[]): Uint8Array {
  const out = new Uint8Array(512 * 2);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  new DataView(out.buffer).setUint16(30, 9, true); // sector shift: 512-byte sectors
  ['Root Entry', ...streams].forEach((name, i) => {
    const at = 512 + i * 128;
    for (let c = 0; c < name.length; c++) out[at + 2 * c] = name.charCodeAt(c);
    new DataView(out.buffer).setUint16(at + 64, (name.length + 1) * 2, true);
  });
  return out;
}

// ——— reading ———

export interface ReadBack {
  workbook: XlsxWorkbook;
  rows: Map<string, XlsxRow[]>;
  merges: Map<string, string[]>;
}

/** Opens and reads every sheet; fails the test with the failure's message if anything is refused. */
export async function readWorkbook(bytes: Uint8Array, options: OpenWorkbookOptions = {}): Promise<ReadBack> {
  const opened = await openWorkbook(bytes, options);
  if (!opened.ok) throw new Error(`${opened.reason}: ${opened.message.en}`);
  const rows = new Map<string, XlsxRow[]>();
  const merges = new Map<string, string[]>();
  for (const sheet of opened.workbook.sheets) {
    const collected: XlsxRow[] = [];
    const read = await opened.workbook.readSheet(sheet, (row) => void collected.push(row));
    if (!read.ok) throw new Error(`${read.reason}: ${read.message.en}`);
    rows.set(sheet.name, collected);
    merges.set(sheet.name, read.merges);
  }
  return { workbook: opened.workbook, rows, merges };
}

/** The failure opening or reading gives, or undefined if everything reads. */
export async function firstFailure(bytes: Uint8Array, options: OpenWorkbookOptions = {}): Promise<WorkbookFailure | undefined> {
  const opened = await openWorkbook(bytes, options);
  if (!opened.ok) return opened;
  for (const sheet of opened.workbook.sheets) {
    const read = await opened.workbook.readSheet(sheet, () => undefined);
    if (!read.ok) return read;
  }
  return undefined;
}

/** Each row as its cells' text ('' for an empty column), for compact assertions. */
export function texts(rows: readonly XlsxRow[]): string[][] {
  return rows.map((row) => Array.from(row.cells, (cell) => cell?.text ?? ''));
}
