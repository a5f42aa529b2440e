// Reading a catalog package's ZIP container safely. Everything the file declares is checked before a single byte
// is inflated, in this order (each step's failure reason in brackets, see failures.ts):
//
//   1. the file: size cap [fileTooLarge]; end record last, without comment, ZIP64 or spanning [notZip,
//      zip64Unsupported, unsupportedFeature, unaccountedBytes, malformedDirectory]; entry count cap
//      [tooManyEntries]; central directory parses and ends at the end record [malformedDirectory]
//   2. names (names.ts) and duplicates, case- and NFC-insensitive [invalidUtf8Name … pathConflict]
//   3. regular files only [symlink, directoryEntry, specialFile]; no encryption [encrypted]; no ZIP64 fields,
//      extra fields, comments, data descriptors or unknown flags [zip64Unsupported, unsupportedFeature];
//      stored or deflate only [unsupportedMethod]
//   4. local headers agree with the directory and lie before it [localHeaderMismatch, entryOutOfBounds]
//   5. declared sizes against the caps, then the compression ratio [entryTooLarge, totalTooLarge, compressionRatio]
//   6. `mimetype` first, stored, with the expected content [mimetypeNotFirst, mimetypeNotStored, mimetypeMismatch]
//   7. entries tile the file with nothing between, before or after them [overlappingEntries, unaccountedBytes,
//      directoryOrder]
//
// and only then is each entry inflated, counting the bytes produced against its declared size and checking its
// CRC-32 [sizeMismatch, corruptData, crcMismatch]. Hostile input never makes this throw.
//
// What this layer contributes to "a truncated, reordered or replayed package never verifies": a truncated file has
// no end record or entries out of bounds; entries moved without the directory (or the reverse) break the tiling or
// the order check, and `order` lets the package layer refuse a consistent reordering; and because no byte
// is unaccounted for, no second manifest or older payload can ride along unseen by this reader yet visible to
// another. Replay itself (an old but intact package) is caught by the manifest's versions, not here.
import { resolvePackageLimits, type ArchiveLimits } from './archive-limits.ts';
import { readCentralDirectory } from './directory.ts';
import { checkDeclaredSizes, checkEncryption, checkEntryKinds, checkFeatures, checkMethods, checkNames } from './entry-checks.ts';
import { containerFailure, type ContainerFailure } from './failures.ts';
import { extractEntry } from './inflate.ts';
import { checkLayout } from './layout.ts';
import { readLocalHeaders } from './local-headers.ts';
import { checkMimetype, MIMETYPE_ENTRY } from './mimetype.ts';

export type { ContainerFailure, ContainerFailureReason } from './failures.ts';
export type { ArchiveLimits } from './archive-limits.ts';

export interface ContainerContents {
  ok: true;
  /** Every entry except `mimetype` (already checked), by name, in archive order. */
  entries: Map<string, Uint8Array>;
  /** The same names in archive order. */
  order: string[];
}

export type ContainerResult = ContainerContents | ContainerFailure;

/**
 * Reads and checks a package container. `expectedMimetype` is what the `mimetype` entry must say; `limits`
 * override DEFAULT_PACKAGE_LIMITS. Throws only for invalid limits (a programming error), never for the file.
 */
export function readContainer(bytes: Uint8Array, expectedMimetype: string, limits: Partial<ArchiveLimits> = {}): ContainerResult {
  const caps = resolvePackageLimits(limits);
  if (bytes.length > caps.maxFileBytes) return containerFailure('fileTooLarge', undefined, { size: bytes.length, limit: caps.maxFileBytes });

  const directory = readCentralDirectory(bytes, caps);
  if (!directory.ok) return directory;
  const { records, offset: directoryOffset } = directory.directory;

  const named = checkNames(records);
  if (!named.ok) return named;
  const { names } = named;
  // A workbook is a ZIP too; said plainly before its first unusual ZIP feature is named as if it were the problem.
  if (!names.includes(MIMETYPE_ENTRY) && names.includes('[Content_Types].xml')) return containerFailure('workbookNotPackage');

  const declared =
    checkEntryKinds(records, names) ?? checkEncryption(records, names) ?? checkFeatures(records, names) ?? checkMethods(records, names);
  if (declared) return declared;

  const located = readLocalHeaders(bytes, records, names, directoryOffset);
  if (!located.ok) return located;
  const { spans } = located;

  const laidOut =
    checkDeclaredSizes(records, names, caps) ??
    checkMimetype(bytes, records, names, spans, expectedMimetype) ??
    checkLayout(records, names, spans, directoryOffset);
  if (laidOut) return laidOut;

  const entries = new Map<string, Uint8Array>();
  for (const record of records) {
    const name = names[record.index]!;
    const span = spans[record.index]!;
    const extracted = extractEntry(bytes.subarray(span.dataStart, span.end), record);
    if (!extracted.ok) return containerFailure(extracted.reason, name, extracted.params);
    if (name !== MIMETYPE_ENTRY) entries.set(name, extracted.data);
  }
  return { ok: true, entries, order: [...entries.keys()] };
}
