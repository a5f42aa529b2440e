// Caps for reading a workbook: the archive caps every ZIP reader shares (core/zip/archive-limits.ts) with the
// workbook's defaults, plus caps on what the sheets hold. Sizes are checked on the numbers the ZIP declares before
// a byte is inflated; while inflating, actual bytes are counted against them.
//
// Sizing (measured on a generated county-scale workbook): a county catalog of 20,000 resources and 400,000 data items
// is a 15.6 MB .xlsx whose items sheet is 130.5 MB of XML and whose shared-strings part is 5.9 MB (71,731 strings).
// LibreOffice's re-save of it is 16.9 MB. The caps leave room for several times that and still bound what a
// hostile file can cost: the file itself, the shared strings, and one step of XML at a time.

import { resolveLimits, type ArchiveLimits } from '../zip/archive-limits.ts';

export interface WorkbookLimits extends ArchiveLimits {
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
  // 65,535 entries (the most without ZIP64) is small; the size caps bound what they can cost.
  maxEntries: 0xffff,
  maxEntryBytes: 512 * MiB,
  maxTotalBytes: 1536 * MiB,
  // No ratio is enforced on a workbook (read-archive.ts says why): sheets are parsed as they inflate, never held
  // whole, and sparse sheet XML legitimately compresses far beyond 200:1.
  maxCompressionRatio: Infinity,
  ratioExemptBytes: Infinity,
  maxRowsPerSheet: 600_000,
  maxSharedStrings: 2_000_000,
  maxCellChars: 32_767,
});

/** Fills in defaults. Throws RangeError for a limit that is not a non-negative number: that is a programming error. */
export function resolveWorkbookLimits(overrides: Partial<WorkbookLimits> = {}): WorkbookLimits {
  return resolveLimits(DEFAULT_WORKBOOK_LIMITS, overrides, 'workbook');
}
