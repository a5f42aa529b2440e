// The fixed parts of a worksheet around its rows. Everything is checked when the sheet is added, before any of it
// is written, so a bad option never leaves a half-written part behind. Element order follows the CT_Worksheet
// schema sequence; Excel refuses (or "repairs") a sheet whose elements are out of order.
import { cellAddress, parseCellAddress } from './cell-address.ts';
import { MAIN_NS, REL_NS, XML_DECLARATION } from './write-package.ts';
import { argb, type StyleTable } from './write-styles.ts';
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.ts';
import type { ListValidation, SheetOptions } from './write-options.ts';

const MAX_SHEET_NAME = 31;
/** Excel's column width limit, in characters. */
const MAX_COLUMN_WIDTH = 255;
/** Excel's limits on the texts of a validation, as its Data Validation dialog enforces them. */
const VALIDATION_TEXT_LIMITS = { errorTitle: 32, promptTitle: 32, error: 225, prompt: 255 } as const;
/** An inline list ("a,b,c") may hold at most 255 characters; longer lists belong on a sheet range. */
const MAX_INLINE_LIST = 255;

// Width Excel stores for its default column (8.43 characters of an 11 pt font). The schema lets a <col> that only
// sets a style or hides leave it out, but Excel always writes one.
const DEFAULT_COLUMN_WIDTH = 9.140625;

// 14.25 pt is the height Excel gives a row in the default font, 宋体 11 (see write-styles.ts).
const DEFAULT_ROW_HEIGHT = '<sheetFormatPr defaultRowHeight="14.25"/>';

interface Range {
  first: { column: number; row: number };
  last: { column: number; row: number };
}

/** 'A1:G1' or 'B3'; RangeError otherwise. */
function parseRange(ref: string, what: string): Range {
  const [from, to = from, extra] = ref.split(':');
  const first = from === undefined ? undefined : parseCellAddress(from);
  const last = to === undefined ? undefined : parseCellAddress(to);
  if (!first || !last || extra !== undefined || first.column > last.column || first.row > last.row) {
    throw new RangeError(`${what} '${ref}' is not a range such as A2:Z100`);
  }
  return { first, last };
}

function overlap(a: Range, b: Range): boolean {
  return a.first.column <= b.last.column && b.first.column <= a.last.column && a.first.row <= b.last.row && b.first.row <= a.last.row;
}

/** RangeError if any two ranges share a cell: Excel refuses overlapping merges and overlapping validations. */
function checkDisjoint(ranges: readonly Range[], refs: readonly string[], what: string): void {
  for (let i = 0; i < ranges.length; i++) {
    for (let j = i + 1; j < ranges.length; j++) {
      if (overlap(ranges[i]!, ranges[j]!)) throw new RangeError(`${what} '${refs[i]}' and '${refs[j]}' overlap`);
    }
  }
}

/** RangeError unless Excel accepts `name` as a new sheet name next to `taken` (upper-cased names so far). */
export function checkSheetName(name: string, taken: ReadonlySet<string>): void {
  if (name.length < 1 || name.length > MAX_SHEET_NAME) throw new RangeError(`sheet name '${name}' must have 1–${MAX_SHEET_NAME} characters`);
  if (/[:\\/?*[\]\u0000-\u001F]/.test(name)) throw new RangeError(`sheet name '${name}' contains a character Excel refuses (: \\ / ? * [ ] or a control character)`);
  if (name.startsWith("'") || name.endsWith("'")) throw new RangeError(`sheet name '${name}' may not begin or end with an apostrophe`);
  if (taken.has(name.toUpperCase())) throw new RangeError(`sheet name '${name}' is used twice (Excel ignores case)`);
}

/** The XML before and after the rows of one sheet; `tail` is completed by legacyDrawing when it has notes. */
export interface SheetFrame {
  head: string;
  tail: string;
}

export function sheetFrame(options: SheetOptions, styles: StyleTable, tabSelected: boolean): SheetFrame {
  return { head: head(options, styles, tabSelected), tail: tail(options) };
}

function head(options: SheetOptions, styles: StyleTable, tabSelected: boolean): string {
  const tab = options.tabColor === undefined ? '' : `<sheetPr><tabColor rgb="${argb(options.tabColor, 'tabColor')}"/></sheetPr>`;
  const frozen = pane(options.freeze);
  const view = `<sheetViews><sheetView${tabSelected ? ' tabSelected="1"' : ''} workbookViewId="0"${frozen ? `>${frozen}</sheetView>` : '/>'}</sheetViews>`;
  return `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${tab}${view}${DEFAULT_ROW_HEIGHT}${columns(options.columns, styles)}<sheetData>`;
}

/** The content of <sheetView>: a frozen pane, if any. */
function pane(freeze: SheetOptions['freeze']): string {
  const rows = freeze?.rows ?? 0;
  const cols = freeze?.columns ?? 0;
  for (const n of [rows, cols]) if (!Number.isInteger(n) || n < 0) throw new RangeError(`freeze needs whole numbers of rows and columns, got ${n}`);
  if (rows === 0 && cols === 0) return '';
  const active = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  const topLeft = cellAddress(cols, rows);
  return (
    `<pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${active}" state="frozen"/>` +
    `<selection pane="${active}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

function columns(list: SheetOptions['columns'], styles: StyleTable): string {
  let xml = '';
  list?.forEach((column, i) => {
    if (!column || (column.width === undefined && column.style === undefined && !column.hidden)) return;
    const width = column.width ?? DEFAULT_COLUMN_WIDTH;
    if (!(width >= 0 && width <= MAX_COLUMN_WIDTH)) throw new RangeError(`column width must be 0–${MAX_COLUMN_WIDTH}, got ${width}`);
    const style = column.style === undefined ? '' : ` style="${styles.index(column.style)}"`;
    const custom = column.width === undefined ? '' : ' customWidth="1"';
    xml += `<col min="${i + 1}" max="${i + 1}" width="${width}"${style}${column.hidden ? ' hidden="1"' : ''}${custom}/>`;
  });
  return xml && `<cols>${xml}</cols>`;
}

function tail(options: SheetOptions): string {
  let xml = '</sheetData>';
  if (options.protect) xml += '<sheetProtection sheet="1" objects="1" scenarios="1"/>';
  if (options.autoFilter !== undefined) xml += `<autoFilter ref="${refText(parseRange(options.autoFilter, 'autoFilter'))}"/>`;
  const merges = options.merges ?? [];
  if (merges.length) {
    const ranges = merges.map((ref) => parseRange(ref, 'merge'));
    ranges.forEach((range, i) => {
      if (range.first.column === range.last.column && range.first.row === range.last.row) throw new RangeError(`merge '${merges[i]}' covers a single cell`);
    });
    checkDisjoint(ranges, merges, 'merges');
    xml += `<mergeCells count="${ranges.length}">${ranges.map((r) => `<mergeCell ref="${refText(r)}"/>`).join('')}</mergeCells>`;
  }
  const validations = options.validations ?? [];
  if (validations.length) {
    const ranges = validations.map((v) => parseRange(v.sqref, 'validation range'));
    checkDisjoint(
      ranges,
      validations.map((v) => v.sqref),
      'validation ranges',
    );
    xml += `<dataValidations count="${validations.length}">${validations.map((v, i) => validation(v, ranges[i]!)).join('')}</dataValidations>`;
  }
  return `${xml}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`;
}

/** One rule for the whole range (never one per cell, see excel-notes §4.3). */
function validation(v: ListValidation, range: Range): string {
  for (const key of Object.keys(VALIDATION_TEXT_LIMITS) as (keyof typeof VALIDATION_TEXT_LIMITS)[]) {
    const text = v[key];
    if (text !== undefined && text.length > VALIDATION_TEXT_LIMITS[key]) throw new RangeError(`validation ${key} has ${text.length} characters; Excel allows ${VALIDATION_TEXT_LIMITS[key]}`);
  }
  const inline = /^"(.*)"$/s.exec(v.source);
  if (inline && inline[1]!.length > MAX_INLINE_LIST) throw new RangeError(`an inline list may hold ${MAX_INLINE_LIST} characters, got ${inline[1]!.length}; put it on a sheet range`);
  if (v.source === '' || v.source.startsWith('=')) throw new RangeError(`validation source must be a formula without '=', got '${v.source}'`);
  const text = (name: string, value: string | undefined) => (value === undefined ? '' : ` ${name}="${escapeXmlAttribute(value)}"`);
  return (
    `<dataValidation type="list"${v.allowBlank === false ? '' : ' allowBlank="1"'} showInputMessage="1" showErrorMessage="1"` +
    `${text('errorTitle', v.errorTitle)}${text('error', v.error)}${text('promptTitle', v.promptTitle)}${text('prompt', v.prompt)} sqref="${refText(range)}">` +
    `<formula1>${escapeXmlText(v.source)}</formula1></dataValidation>`
  );
}

function refText(range: Range): string {
  const first = cellAddress(range.first.column, range.first.row);
  const last = cellAddress(range.last.column, range.last.row);
  return first === last ? first : `${first}:${last}`;
}

/** The last element of a sheet with notes: its VML drawing is relationship rId1. */
export const LEGACY_DRAWING = '<legacyDrawing r:id="rId1"/>';
