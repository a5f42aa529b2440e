// What reading a workbook yields: its sheets, and each sheet's rows of cells. Separate from xlsx-reader.ts so the
// part and sheet readers it drives can name these without importing it back.
import type { CellFormat } from './read-number-formats.ts';

export interface SheetInfo {
  /** The name on the sheet's tab, from workbook.xml. */
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** Position in `sheets` (worksheets only: chart sheets are left out), from 0. */
  index: number;
  /** The sheet's part in the .xlsx, e.g. "xl/worksheets/sheet1.xml". */
  part: string;
}

export interface XlsxCell {
  kind: 'text' | 'number' | 'boolean' | 'error' | 'date';
  /**
   * text: the string (rich-text runs joined, phonetic runs left out, _xHHHH_ decoded); number: the <v> text;
   * boolean: 'TRUE' or 'FALSE'; error: e.g. '#N/A'; date (t="d"): the ISO 8601 text as written.
   */
  text: string;
  /** kind 'number' only. */
  number?: number;
  /** The number format of the cell's style; shared between cells and frozen. */
  format?: CellFormat;
  /** The cell holds a formula; the value is its cached result (a formula without one gives no cell). */
  formula: boolean;
}

export interface XlsxRow {
  /** 1-based, from r= or one after the previous row. */
  number: number;
  hidden: boolean;
  /** Index = 0-based column; columns without a value are holes (read as undefined). */
  cells: (XlsxCell | undefined)[];
}
