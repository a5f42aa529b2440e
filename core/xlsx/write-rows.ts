// Rows of one sheet, encoded as <row>/<c> XML the moment they are added. A cell that is written carries its
// effective style (its own, else the row's, else the column's), because Excel gives a written cell without `s`
// the default format, not the row's or column's.
import { columnLetters } from './cell-address.ts';
import { excelSerialDay } from './write-date.ts';
import type { SharedStrings } from './write-shared-strings.ts';
import type { StyleTable } from './write-styles.ts';
import type { PartStream } from './write-zip.ts';
import type { CellInput, CellValue, RowOptions } from './write-options.ts';

/** Excel's limits; the caller checks user data against them, the writer refuses to break them. */
export const MAX_ROWS = 1_048_576;
export const MAX_CELL_TEXT = 32_767;
const MAX_ROW_HEIGHT = 409;

/** A note (comment) on a cell; column and row are 0-based. */
export interface CellNote {
  column: number;
  row: number;
  text: string;
}

/** Column letters by index, filled as columns are first used. */
const LETTERS: string[] = [];
function letters(column: number): string {
  return (LETTERS[column] ??= columnLetters(column));
}

export class RowEncoder {
  rowCount = 0;
  readonly notes: CellNote[] = [];

  constructor(
    private readonly part: PartStream,
    private readonly strings: SharedStrings,
    private readonly styles: StyleTable,
    /** The xf of each column that has a style. */
    private readonly columnXfs: ReadonlyArray<number | undefined>,
  ) {}

  /** Adds the next row. A RangeError (bad value, unknown style) leaves the sheet as it was before the call. */
  addRow(cells: readonly CellInput[], options: RowOptions = {}): void {
    if (this.rowCount >= MAX_ROWS) throw new RangeError(`a sheet holds at most ${MAX_ROWS} rows`);
    const rowNumber = this.rowCount + 1;
    const rowXf = options.style === undefined ? undefined : this.styles.index(options.style);
    let attributes = '';
    if (rowXf !== undefined) attributes += ` s="${rowXf}" customFormat="1"`;
    if (options.height !== undefined) {
      if (!(options.height >= 0 && options.height <= MAX_ROW_HEIGHT)) throw new RangeError(`row height must be 0–${MAX_ROW_HEIGHT}, got ${options.height}`);
      attributes += ` ht="${options.height}" customHeight="1"`;
    }
    if (options.hidden) attributes += ' hidden="1"';
    let xml = '';
    const notes: CellNote[] = [];
    // An index loop, not for…of: sparse arrays are allowed, and holes are simply skipped.
    for (let column = 0; column < cells.length; column++) {
      const input = cells[column];
      if (input === undefined || input === null) continue;
      const own = isStyledInput(input) ? input : undefined;
      const value = own ? own.value : (input as CellValue);
      const note = own?.note ? own.note : undefined;
      const xf = own?.style !== undefined ? this.styles.index(own.style) : (rowXf ?? this.columnXfs[column] ?? 0);
      xml += this.cell(`${letters(column)}${rowNumber}`, value, xf, own?.style !== undefined);
      if (note !== undefined) notes.push({ column, row: rowNumber - 1, text: note });
    }
    // A row with nothing in it and nothing set on it is left out: absent rows are empty rows.
    if (xml || attributes) this.part.write(`<row r="${rowNumber}"${attributes}>${xml}</row>`);
    this.rowCount = rowNumber;
    this.notes.push(...notes);
  }

  /**
   * One <c>; empty unless the cell has a value or (`keepEmpty`) its own style. A note needs no <c>: it lives in the
   * comments part, by address.
   */
  private cell(ref: string, value: CellValue, xf: number, keepEmpty: boolean): string {
    switch (typeof value) {
      case 'string':
        if (value === '') break;
        if (value.length > MAX_CELL_TEXT) throw new RangeError(`cell ${ref} has ${value.length} characters; Excel allows ${MAX_CELL_TEXT}`);
        return `<c r="${ref}"${s(xf)} t="s"><v>${this.strings.indexOf(value)}</v></c>`;
      case 'number':
        if (!Number.isFinite(value)) throw new RangeError(`cell ${ref}: ${value} is not a finite number`);
        return `<c r="${ref}"${s(xf)}><v>${value}</v></c>`;
      case 'boolean':
        return `<c r="${ref}"${s(xf)} t="b"><v>${value ? 1 : 0}</v></c>`;
      case 'object':
        if (value === null) break;
        return `<c r="${ref}"${s(this.styles.dateVariant(xf))}><v>${excelSerialDay(value.date)}</v></c>`;
      case 'undefined':
        break;
    }
    return keepEmpty ? `<c r="${ref}"${s(xf)}/>` : '';
  }
}

/** The s attribute; xf 0 is the default and left out. */
function s(xf: number): string {
  return xf === 0 ? '' : ` s="${xf}"`;
}

function isStyledInput(input: CellInput): input is Exclude<CellInput, CellValue> {
  return typeof input === 'object' && input !== null && 'value' in input;
}
