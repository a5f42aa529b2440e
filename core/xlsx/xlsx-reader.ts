// Reading .xlsx workbooks (Excel, WPS, LibreOffice, OpenXML SDK, exceljs…) safely and as a stream, in a browser
// Web Worker as well as in Node. The file arrives whole (it is capped); everything inside it is read step by step:
// openWorkbook checks the container (read-archive.ts), finds the parts (read-parts.ts) and reads the styles and
// the shared strings; readSheet then streams one sheet's rows (read-sheet.ts). Memory holds the compressed file,
// the shared strings, and one step of XML and one row at a time, whatever the size of the sheets.
//
// Hostile input never makes this throw: every problem is a WorkbookFailure with a bilingual message. A failure
// while a sheet streams (too many rows, damage found at the end by the CRC) comes after rows were already handed
// to onRow; the caller discards what it collected, so nothing partial is kept.
import type { LocalText } from '../i18n/text.ts';
import { displayName } from '../zip/failures.ts';
import { openArchive, type WorkbookArchive } from './read-archive.ts';
import { damagedFailure, workbookFailure, type WorkbookFailure } from './read-failures.ts';
import { detectCompoundFile } from './read-legacy.ts';
import { resolveWorkbookLimits, type WorkbookLimits } from './read-limits.ts';
import type { CellFormat } from './read-number-formats.ts';
import { findWorkbookParts } from './read-parts.ts';
import { SharedStringsHandler } from './read-shared-strings.ts';
import { SheetHandler } from './read-sheet.ts';
import { StylesHandler } from './read-styles.ts';
import type { SheetInfo, XlsxRow } from './read-rows.ts';
import { readXmlPart, type PartReadOptions } from './read-xml.ts';

export { DEFAULT_WORKBOOK_LIMITS, type WorkbookLimits } from './read-limits.ts';
export { WORKBOOK_FAILURE_REASONS, type WorkbookFailure, type WorkbookFailureReason } from './read-failures.ts';
export { isDateFormatCode, type CellFormat } from './read-number-formats.ts';
export { serialToIsoDate } from './read-serial-date.ts';

export type { SheetInfo, XlsxCell, XlsxRow } from './read-rows.ts';

export interface ReadSheetOptions {
  /** Checked between steps; when set, reading ends with the failure 'cancelled'. */
  signal?: { readonly aborted: boolean };
  /** Compressed bytes of this sheet's part consumed so far, and the part's compressed size. */
  onProgress?: (done: number, total: number) => void;
  /** Awaited after about every 1 MB of XML, so that a worker can receive a cancel message. */
  yieldControl?: () => Promise<void>;
}

export interface SheetReadResult {
  ok: true;
  /** Number of the last row reported (0 if none). */
  lastRow: number;
  /** Merged ranges such as 'A1:G1', as written; empty when reading stopped before them. */
  merges: string[];
  /** onRow returned 'stop'. */
  stopped: boolean;
}

export interface XlsxWorkbook {
  /** Worksheets in workbook order, with their real names from workbook.xml (not from part names). */
  readonly sheets: readonly SheetInfo[];
  readonly date1904: boolean;
  /**
   * Streams the sheet's rows in order; onRow may return 'stop' to end early (stopped: true), e.g. to sniff headers.
   * Rows without any value (empty, or styled only) are not reported and do not count toward maxRowsPerSheet.
   */
  readSheet(sheet: SheetInfo, onRow: (row: XlsxRow) => void | 'stop', options?: ReadSheetOptions): Promise<SheetReadResult | WorkbookFailure>;
}

export interface OpenWorkbookOptions {
  limits?: Partial<WorkbookLimits>;
  /** For reading the shared strings, which can be large: as in ReadSheetOptions. */
  signal?: { readonly aborted: boolean };
  yieldControl?: () => Promise<void>;
  /** Compressed bytes inflated per step (default 16 KB). For tests: tiny steps cut characters everywhere. */
  stepBytes?: number;
}

/** Opens a workbook: checks the container, finds the sheets, reads styles and shared strings. Throws only for invalid limits. */
export async function openWorkbook(bytes: Uint8Array, options: OpenWorkbookOptions = {}): Promise<{ ok: true; workbook: XlsxWorkbook } | WorkbookFailure> {
  const limits = resolveWorkbookLimits(options.limits);
  if (bytes.length > limits.maxFileBytes) return workbookFailure('fileTooLarge', { detail: fileSize(bytes.length, limits.maxFileBytes) });
  const legacy = detectCompoundFile(bytes);
  if (legacy) return workbookFailure(legacy);

  const opened = openArchive(bytes, limits);
  if (!opened.ok) return opened;
  const { archive } = opened;
  const partOptions: PartReadOptions = { signal: options.signal, yieldControl: options.yieldControl, stepBytes: options.stepBytes };
  const found = await findWorkbookParts(archive, partOptions);
  if (!found.ok) return found;
  const { parts } = found;

  let formats: CellFormat[] = [];
  if (parts.styles) {
    const styles = new StylesHandler();
    const read = await readXmlPart(parts.styles, styles, { part: parts.styles.name }, partOptions);
    if (!read.ok) return read;
    formats = styles.formats();
  }
  let sharedStrings: string[] = [];
  if (parts.sharedStrings) {
    const table = new SharedStringsHandler(parts.sharedStrings.name, limits);
    const read = await readXmlPart(parts.sharedStrings, table, { part: parts.sharedStrings.name }, partOptions);
    if (!read.ok) return read;
    sharedStrings = table.strings;
  }
  const workbook = new Workbook(archive, parts.sheets, parts.date1904, { sharedStrings, formats, limits, stepBytes: options.stepBytes });
  return { ok: true, workbook };
}

interface WorkbookData {
  sharedStrings: readonly string[];
  formats: readonly CellFormat[];
  limits: WorkbookLimits;
  stepBytes: number | undefined;
}

class Workbook implements XlsxWorkbook {
  constructor(
    private readonly archive: WorkbookArchive,
    readonly sheets: readonly SheetInfo[],
    readonly date1904: boolean,
    private readonly data: WorkbookData,
  ) {}

  async readSheet(sheet: SheetInfo, onRow: (row: XlsxRow) => void | 'stop', options: ReadSheetOptions = {}): Promise<SheetReadResult | WorkbookFailure> {
    const entry = this.archive.part(sheet.part);
    if (!entry) {
      const shown = displayName(sheet.name);
      return damagedFailure({ zh: `缺少工作表“${shown}”的部件`, en: `the part of sheet "${shown}" is missing` }, { part: sheet.part, sheet: sheet.name });
    }
    const { sharedStrings, formats, limits, stepBytes } = this.data;
    const handler = new SheetHandler({ sheet: sheet.name, part: entry.name, sharedStrings, formats, limits }, onRow);
    const read = await readXmlPart(entry, handler, { part: entry.name, sheet: sheet.name }, { ...options, stepBytes });
    if (!read.ok) return read;
    return { ok: true, lastRow: handler.lastRow, merges: handler.merges, stopped: handler.stopped };
  }
}

function fileSize(size: number, limit: number): LocalText {
  return { zh: `文件 ${size} 字节，上限 ${limit} 字节`, en: `the file is ${size} bytes; the limit is ${limit}` };
}
