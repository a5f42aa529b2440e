// A worksheet's rows, streamed: each <row> is turned into an XlsxRow and handed to the caller when it closes, so
// memory holds one row, whatever the sheet's size. What each cell type means (ECMA-376 Part 1 §18.3.1.4):
// s = index into the shared strings, inlineStr = text in <is>, str = a formula's text result, b = boolean,
// e = error, d = ISO 8601 date, n or none = number. A formula cell (<f>) carries its last result in <v>; without
// one (never calculated) it has no value. Rows and cells without r= follow the previous ones, as Excel reads them.
// Merged ranges come after <sheetData> and are collected for the result.
import { displayName } from '../zip/failures.ts';
import { cellAddress, leadingColumn, MAX_COLUMNS } from './cell-address.ts';
import { damagedFailure, workbookFailure, type WorkbookFailure } from './read-failures.ts';
import type { WorkbookLimits } from './read-limits.ts';
import type { CellFormat } from './read-number-formats.ts';
import { decodeEscapes, ESCAPE_EXPANSION, StringItemText } from './read-text.ts';
import { HALT, isTrue, type Attributes, type Signal, type XmlHandler } from './read-xml.ts';
import type { XlsxCell, XlsxRow } from './read-rows.ts';

export interface SheetContext {
  sheet: string;
  part: string;
  sharedStrings: readonly string[];
  /** Number format of each cell style, by s=. */
  formats: readonly CellFormat[];
  limits: WorkbookLimits;
}

/** Excel's last row. */
const MAX_ROW = 1_048_576;

/** A surrogate not part of a pair (with the u flag a pair is one code point and does not match). */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Letters then a row number, as every cell reference is written, but past XFD or row 1,048,576. */
function beyondGrid(ref: string): boolean {
  const m = /^([A-Z]+)([1-9][0-9]*)$/.exec(ref);
  return m !== null && (m[1]!.length > 3 || leadingColumn(m[1]!) < 0 || Number(m[2]) > MAX_ROW);
}

/** A number as XML Schema writes a double: no hex, no "Infinity", no spaces (which Number() would accept). */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export class SheetHandler implements XmlHandler {
  failure: WorkbookFailure | undefined;
  /** The row being read (1-based), for messages. */
  row: number | undefined;
  lastRow = 0;
  stopped = false;
  readonly merges: string[] = [];

  private rowsWithValues = 0;
  private inSheetData = false;
  private inRow = false;
  private rowNumber = 0;
  private rowHidden = false;
  private cells: (XlsxCell | undefined)[] = [];
  private rowHasValue = false;
  private nextColumn = 0;

  private inCell = false;
  private column = 0;
  private type = 'n';
  private format: CellFormat | undefined;
  private formula = false;
  private inValue = false;
  private value: string | undefined;
  private inInline = false;
  private hasInline = false;
  private readonly inline: StringItemText;

  constructor(
    private readonly context: SheetContext,
    private readonly onRow: (row: XlsxRow) => void | 'stop',
  ) {
    this.inline = new StringItemText(context.limits.maxCellChars);
  }

  open(name: string, attributes: Attributes): Signal {
    switch (name) {
      case 'sheetData':
        this.inSheetData = true;
        return;
      case 'row':
        if (this.inSheetData) return this.startRow(attributes);
        return;
      case 'c':
        if (this.inRow) return this.startCell(attributes);
        return;
      case 'v':
        if (this.inCell) {
          this.inValue = true;
          this.value = '';
        }
        return;
      case 'f':
        if (this.inCell) this.formula = true;
        return;
      case 'is':
        if (this.inCell) {
          this.inInline = this.hasInline = true;
          this.inline.reset();
        }
        return;
      case 'mergeCell': {
        const ref = attributes.get('ref');
        if (ref !== undefined) this.merges.push(ref);
        return;
      }
      default:
        if (this.inInline) this.inline.open(name);
    }
  }

  close(name: string): Signal {
    switch (name) {
      case 'v':
        this.inValue = false;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'c':
        return this.inCell ? this.finishCell() : undefined;
      case 'row':
        return this.inRow ? this.finishRow() : undefined;
      case 'sheetData':
        this.inSheetData = false;
        return;
      default:
        if (this.inInline) this.inline.close(name);
    }
  }

  text(text: string): Signal {
    // A <v> may not be a string at all, but its raw text is bounded like one (a number is never that long).
    if (this.inValue) {
      const value = this.value + text;
      this.value = value;
      if (value.length > this.context.limits.maxCellChars * ESCAPE_EXPANSION) return this.tooLong();
    } else if (this.inInline && !this.inline.text(text)) return this.tooLong();
  }

  // A reference beyond Excel's grid (XFD, row 1,048,576) is refused, naming it: it was once read as column A or
  // as the next row, so a value landed in a cell other than the one the file gave it.
  private startRow(attributes: Attributes): Signal {
    const r = attributes.get('r');
    // Other odd values (0, -3, 2.5, x) are no place at all and are read leniently as the next row, as before.
    const n = r !== undefined && /^[1-9][0-9]*$/.test(r) ? Number(r) : this.rowNumber + 1;
    if (n > MAX_ROW) return this.outsideGrid(r ?? `${n}`, { zh: '行号', en: 'row number' });
    this.rowNumber = n;
    this.row = this.rowNumber;
    this.rowHidden = isTrue(attributes.get('hidden'));
    this.inRow = true;
    this.cells = [];
    this.rowHasValue = false;
    this.nextColumn = 0;
  }

  private startCell(attributes: Attributes): Signal {
    const ref = attributes.get('r');
    // A well-formed reference beyond the grid is refused; a malformed one (a1, A0, 1A) is read leniently as the next
    // column, as before.
    if (ref !== undefined && beyondGrid(ref)) return this.outsideGrid(ref, { zh: '单元格引用', en: 'cell reference' });
    const named = ref === undefined ? -1 : leadingColumn(ref);
    const column = named < 0 ? this.nextColumn : named;
    if (column >= MAX_COLUMNS) return this.outsideGrid(`${this.rowNumber}`, { zh: '行（单元格超过 XFD 列）', en: 'row (cells beyond column XFD)' });
    this.column = column;
    this.nextColumn = this.column + 1;
    this.type = attributes.get('t') ?? 'n';
    const style = attributes.get('s');
    this.format = this.context.formats[style === undefined ? 0 : Number(style)];
    this.inCell = true;
    this.formula = this.inValue = this.inInline = this.hasInline = false;
    this.value = undefined;
  }

  private finishCell(): Signal {
    this.inCell = this.inValue = this.inInline = false;
    const cell = this.cellValue();
    if (cell === HALT) return HALT;
    if (cell === undefined) return;
    this.cells[this.column] = cell;
    this.rowHasValue = true;
  }

  /** The cell, without its format; undefined for a cell with no value (only a style, or a formula never calculated). */
  private cellValue(): XlsxCell | undefined | typeof HALT {
    const { value } = this;
    switch (this.type) {
      case 's': {
        if (value === undefined || value === '') return undefined;
        const index = Number(value);
        const text = Number.isInteger(index) ? this.context.sharedStrings[index] : undefined;
        if (text === undefined) return this.missingString(value);
        return this.cell('text', text);
      }
      case 'inlineStr':
        return this.hasInline ? this.inlineText() : this.plainText(value);
      case 'str':
        return this.plainText(value);
      case 'b':
        if (value === undefined) return undefined;
        if (value === '1' || value === 'true') return this.cell('boolean', 'TRUE');
        if (value === '0' || value === 'false') return this.cell('boolean', 'FALSE');
        return this.cell('text', value);
      case 'e':
        return value === undefined ? undefined : this.cell('error', value);
      case 'd':
        return value === undefined || value === '' ? undefined : this.cell('date', value);
      default: {
        if (value === undefined || value === '') return this.hasInline ? this.inlineText() : undefined;
        const number = Number(value);
        // Not a number after all (hand-made files): keep the text rather than lose it.
        if (!Number.isFinite(number) || !DECIMAL.test(value)) return this.cell('text', value);
        return this.cell('number', value, number);
      }
    }
  }

  /** Every cell is built here with all its fields, so all cells share one object shape (3.6 million per county workbook). */
  private cell(kind: XlsxCell['kind'], text: string, number?: number): XlsxCell | typeof HALT {
    // An _xD83D_ escape without its pair decodes to half a character, which no file or platform can store.
    if (kind === 'text' && LONE_SURROGATE.test(text)) return this.loneSurrogate();
    return { kind, text, number, format: this.format, formula: this.formula };
  }

  private inlineText(): XlsxCell | typeof HALT {
    const text = this.inline.value();
    return text === undefined ? this.tooLong() : this.cell('text', text);
  }

  private plainText(value: string | undefined): XlsxCell | undefined | typeof HALT {
    if (value === undefined) return undefined;
    const text = decodeEscapes(value);
    return text.length > this.context.limits.maxCellChars ? this.tooLong() : this.cell('text', text);
  }

  private finishRow(): Signal {
    this.inRow = false;
    if (!this.rowHasValue) return;
    const { limits, sheet, part } = this.context;
    if (++this.rowsWithValues > limits.maxRowsPerSheet) {
      this.failure = workbookFailure('tooManyRows', { sheet, limit: limits.maxRowsPerSheet, row: this.rowNumber }, { part, sheet, row: this.rowNumber });
      return HALT;
    }
    this.lastRow = Math.max(this.lastRow, this.rowNumber);
    if (this.onRow({ number: this.rowNumber, hidden: this.rowHidden, cells: this.cells }) === 'stop') {
      this.stopped = true;
      return HALT;
    }
  }

  private outsideGrid(ref: string, what: { zh: string; en: string }): typeof HALT {
    const { sheet, part } = this.context;
    const [shown, sheetShown] = [displayName(ref.slice(0, 20)), displayName(sheet)];
    this.failure = workbookFailure(
      'outsideGrid',
      { where: { zh: `工作表“${sheetShown}”中的${what.zh}“${shown}”`, en: `The ${what.en} "${shown}" in sheet "${sheetShown}"` } },
      { part, sheet, row: this.rowNumber },
    );
    return HALT;
  }

  private loneSurrogate(): typeof HALT {
    const { sheet, part } = this.context;
    const address = cellAddress(Math.min(this.column, MAX_COLUMNS - 1), this.rowNumber - 1);
    const shown = displayName(sheet);
    this.failure = workbookFailure(
      'invalidText',
      { where: { zh: `工作表“${shown}”的单元格 ${address}`, en: `Cell ${address} of sheet "${shown}"` }, detail: { zh: '含有残缺的字符（_xD800_–_xDFFF_ 转义未成对）', en: 'holds half a character (an unpaired _xD800_–_xDFFF_ escape)' } },
      { part, sheet, row: this.rowNumber },
    );
    return HALT;
  }

  private tooLong(): typeof HALT {
    const { sheet, part, limits } = this.context;
    const address = cellAddress(Math.min(this.column, MAX_COLUMNS - 1), this.rowNumber - 1);
    const shown = displayName(sheet);
    const where = { zh: `工作表“${shown}”的单元格 ${address}`, en: `Cell ${address} of sheet "${shown}"` };
    this.failure = workbookFailure('cellTooLong', { where, limit: limits.maxCellChars }, { part, sheet, row: this.rowNumber });
    return HALT;
  }

  private missingString(value: string): typeof HALT {
    const { sheet, part, sharedStrings } = this.context;
    const address = cellAddress(Math.min(this.column, MAX_COLUMNS - 1), this.rowNumber - 1);
    const [index, shown] = [displayName(value.slice(0, 20)), displayName(sheet)];
    this.failure = damagedFailure(
      {
        zh: `工作表“${shown}”的单元格 ${address} 引用了不存在的共享字符串“${index}”（共 ${sharedStrings.length} 项）`,
        en: `cell ${address} of sheet "${shown}" refers to shared string "${index}", which does not exist (there are ${sharedStrings.length})`,
      },
      { part, sheet, row: this.rowNumber },
    );
    return HALT;
  }
}
