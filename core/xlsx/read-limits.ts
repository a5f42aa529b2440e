// Caps for reading a workbook, as data so the app and the CLI can tighten or raise them. Sizes are checked on the
// numbers the ZIP declares before a byte is inflated; while inflating, actual bytes are counted against them.
//
// Sizing (measured on a generated county-scale workbook): a county catalog of 20,000 resources and 400,000 data items
// is a 15.6 MB .xlsx whose items sheet is 130.5 MB of XML and whose shared-strings part is 5.9 MB (71,731 strings).
// LibreOffice's re-save of it is 16.9 MB. The caps leave room for several times that and still bound what a
// hostile file can cost: the file itself, the shared strings, and one step of XML at a time.

import { resolveLimits } from '../package/container-limits.ts';

export interface WorkbookLimits {
  /** Size of the .xlsx file. */
  maxFileBytes: number;
  /** Declared uncompressed size of any one part. */
  maxPartBytes: number;
  /** Sum of the declared uncompressed sizes of all parts. */
  maxTotalBytes: number;
  /** Rows with at least one value in one sheet. A county catalog has ~400,000 item rows; Excel allows 1,048,576. */
  maxRowsPerSheet: number;
  /** Entries in the shared-strings table. */
  maxSharedStrings: number;
  /** Characters in one cell (Excel's own limit is 32,767). */
  maxCellChars: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_WORKBOOK_LIMITS: Readonly<WorkbookLimits> = Object.freeze({
  maxFileBytes: 100 * MiB,
  maxPartBytes: 512 * MiB,
  maxTotalBytes: 1536 * MiB,
  maxRowsPerSheet: 600_000,
  maxSharedStrings: 2_000_000,
  maxCellChars: 32_767,
});

/** Fills in defaults. Throws RangeError for a limit that is not a non-negative number: that is a programming error. */
export function resolveWorkbookLimits(overrides: Partial<WorkbookLimits> = {}): WorkbookLimits {
  return resolveLimits(DEFAULT_WORKBOOK_LIMITS, overrides, 'workbook');
}
