// What callers hand the workbook writer: cell values, named styles, sheet and row options. Separate from
// xlsx-writer.ts so the sheet, row and style encoders it drives can name these without importing it back.

export interface CellStyle {
  bold?: boolean;
  /** 'RRGGBB' */
  fontColor?: string;
  /** 'RRGGBB', a solid fill */
  fill?: string;
  wrap?: boolean;
  vertical?: 'top' | 'center';
  /** Thin on all sides. */
  border?: boolean;
  /** 'text' = numFmtId 49 ("@"); 'date' = custom "yyyy-mm-dd". */
  numFmt?: 'text' | 'date';
  /** xf quotePrefix="1": Excel and WPS keep the cell text as text even after F2+Enter. */
  quotePrefix?: boolean;
  /** Default true, as in Excel; false lets the cell be edited on a protected sheet. */
  locked?: boolean;
}

export type CellValue = string | number | boolean | null | undefined | { date: string /* YYYY-MM-DD */ };
export type CellInput = CellValue | { value: CellValue; style?: string; note?: string };

export interface ListValidation {
  /** One range, e.g. 'I2:I20001': one rule per range, never one per cell (excel-notes §4.3). */
  sqref: string;
  /** formula1 without '=', e.g. "字典!$A$2:$A$5" or '"是,否"'. */
  source: string;
  /** Default true. */
  allowBlank?: boolean;
  errorTitle?: string;
  error?: string;
  promptTitle?: string;
  prompt?: string;
}

export interface SheetOptions {
  /** 1–31 characters, none of : \ / ? * [ ], unique ignoring case. */
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  /** <sheetProtection sheet="1" objects="1" scenarios="1"/>, no password. */
  protect?: boolean;
  columns?: ReadonlyArray<{ width?: number; style?: string; hidden?: boolean } | undefined>;
  /** A frozen pane below `rows` and right of `columns`. */
  freeze?: { rows: number; columns?: number };
  /** 'A1:G1' */
  merges?: readonly string[];
  validations?: readonly ListValidation[];
  /** 'A2:Z20001' */
  autoFilter?: string;
  /** 'RRGGBB' */
  tabColor?: string;
}

export interface RowOptions {
  /** Applies to the row's cells that have no style of their own (and to the empty cells of the row). */
  style?: string;
  /** Points, 0–409. */
  height?: number;
  hidden?: boolean;
}
