// Caps for reading a ZIP archive, one record for both archives the app reads: a catalog package (core/package) and
// an .xlsx workbook (core/xlsx, which adds caps on what the sheets hold, see core/xlsx/read-limits.ts). Data, so
// the CLI and the receiving platform can tighten or raise them. Every cap is checked on the numbers the ZIP
// declares, before a byte is inflated; while inflating, actual bytes are counted against the declared size
// (docs/package-format.md, "Container").
//
// Package sizing: a county catalog of 20,000 resources and ~400,000 information items is a 98 MB canonical JSON
// file that deflates to 4.8 MB (ratio ~20, measured with the sample generator). The package adds the exported
// workbook, the validation report and the change list, so a county package is some tens of MB uncompressed and
// well under 64 MB as a file. The caps leave 2.5x (per entry) to 5x (total) headroom over that and still bound what
// a hostile file can make the reader allocate: at most maxFileBytes for the input plus maxTotalBytes for the output.

export interface ArchiveLimits {
  /** Size of the whole ZIP file. */
  maxFileBytes: number;
  /** Entries in the central directory (a package's `mimetype` included). */
  maxEntries: number;
  /** Declared uncompressed size of any one entry (a package file, a workbook part). */
  maxEntryBytes: number;
  /** Sum of the declared uncompressed sizes of all entries. */
  maxTotalBytes: number;
  /** Declared uncompressed size ÷ compressed size, for entries larger than ratioExemptBytes. */
  maxCompressionRatio: number;
  /**
   * Entries up to this declared size are not held to the ratio: a small file of repeated bytes legitimately
   * compresses more than 200:1, and the size caps already bound what such entries can cost.
   */
  ratioExemptBytes: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_PACKAGE_LIMITS: Readonly<ArchiveLimits> = Object.freeze({
  maxFileBytes: 64 * MiB,
  maxEntries: 10_000,
  maxEntryBytes: 256 * MiB,
  maxTotalBytes: 512 * MiB,
  maxCompressionRatio: 200,
  ratioExemptBytes: 1 * MiB,
});

/** Fills in the package defaults. Throws RangeError for a limit that is not a non-negative number: a programming error. */
export function resolvePackageLimits(overrides: Partial<ArchiveLimits> = {}): ArchiveLimits {
  return resolveLimits(DEFAULT_PACKAGE_LIMITS, overrides, 'package');
}

/** Defaults plus overrides for any table of numeric caps (packages, workbooks), checked the same way. */
export function resolveLimits<T extends object>(defaults: Readonly<T>, overrides: Partial<T>, what: string): T {
  const limits = { ...defaults, ...overrides };
  for (const [name, value] of Object.entries(limits)) {
    if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
      throw new RangeError(`${what} limit ${name} must be a non-negative number, got ${String(value)}`);
    }
  }
  return limits;
}
