// Reading a container entry by entry from a file that is not held whole (a workspace backup of hundreds of MB).
// The same checks as reader.ts, in the same order, on the same code: the end record and central directory (read from
// the file's tail), names, kinds, features, methods and declared sizes, all before a byte is inflated; then each
// entry, front to back: its local header must agree with the directory and start exactly where the previous entry
// ended (so no byte is unaccounted for), its data must inflate to the declared size and CRC-32, and `mimetype` must
// come first. Memory: the central directory plus one entry at a time. Hostile input never makes this throw; a
// failing source (an unreadable file) does.
import { resolvePackageLimits, type ArchiveLimits } from './archive-limits.ts';
import { readCentralDirectory, type DirectoryRecord } from './directory.ts';
import { checkDeclaredSizes, checkEncryption, checkEntryKinds, checkFeatures, checkMethods, checkNames } from './entry-checks.ts';
import { containerFailure, displayName, type ContainerFailure } from './failures.ts';
import { END_OF_DIRECTORY_SIGNATURE, END_OF_DIRECTORY_SIZE, LOCAL_HEADER_SIZE, METHOD_STORED } from './format.ts';
import { extractEntry } from './inflate.ts';
import { readLocalHeaders } from './local-headers.ts';
import { MIMETYPE_ENTRY } from './mimetype.ts';
import { decodeUtf8Lossy, encodeUtf8 } from './utf8.ts';

/** A file read by position: a Blob in the browser, a file handle in Node, a byte array in tests. */
export interface RandomAccessSource {
  readonly size: number;
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A byte array as a source. */
export function bytesSource(bytes: Uint8Array): RandomAccessSource {
  return { size: bytes.length, read: async (offset, length) => bytes.subarray(offset, offset + length) };
}

export type StreamReadResult = { ok: true; names: string[] } | ContainerFailure;

/** What the caller does with an entry; returning a failure stops the reading with it. */
export type EntryHandler = (name: string, data: Uint8Array) => Promise<ContainerFailure | void> | ContainerFailure | void;

/**
 * Checks the container and hands every entry but `mimetype` to `onEntry`, in file order. An entry is handed on only
 * once its CRC-32 has been checked; a failure later in the file can still come after earlier entries were handed
 * on, so a caller that must not act on a bad file reads it twice (first only checking), as the backup restore does.
 */
export async function readContainerStream(
  source: RandomAccessSource,
  expectedMimetype: string,
  onEntry: EntryHandler,
  limits: Partial<ArchiveLimits> = {},
): Promise<StreamReadResult> {
  const caps = resolvePackageLimits(limits);
  if (source.size > caps.maxFileBytes) return containerFailure('fileTooLarge', undefined, { size: source.size, limit: caps.maxFileBytes });
  if (source.size < END_OF_DIRECTORY_SIZE) return containerFailure('notZip');
  const endRecord = await source.read(source.size - END_OF_DIRECTORY_SIZE, END_OF_DIRECTORY_SIZE);
  const endView = new DataView(endRecord.buffer, endRecord.byteOffset, endRecord.byteLength);
  if (endView.getUint32(0, true) !== END_OF_DIRECTORY_SIGNATURE) return containerFailure('notZip');
  const directoryOffset = endView.getUint32(16, true);
  if (directoryOffset > source.size - END_OF_DIRECTORY_SIZE) {
    return containerFailure('malformedDirectory', undefined, { detail: { zh: '中央目录超出文件范围', en: 'the central directory extends past the end record' } });
  }
  const tail = await source.read(directoryOffset, source.size - directoryOffset);
  const directory = readCentralDirectory(tail, caps, { base: directoryOffset });
  if (!directory.ok) return directory;
  const { records } = directory.directory;

  const named = checkNames(records);
  if (!named.ok) return named;
  const { names } = named;
  const declared =
    checkEntryKinds(records, names) ??
    checkEncryption(records, names) ??
    checkFeatures(records, names) ??
    checkMethods(records, names) ??
    checkDeclaredSizes(records, names, caps);
  if (declared) return declared;

  let at = 0;
  for (const record of records) {
    const name = names[record.index]!;
    if (record.localHeaderOffset !== at) {
      return record.localHeaderOffset > at
        ? containerFailure('unaccountedBytes', undefined, { start: at, end: record.localHeaderOffset - 1 })
        : containerFailure('overlappingEntries', name);
    }
    const length = LOCAL_HEADER_SIZE + record.nameBytes.length + record.compressedSize;
    if (at + length > directoryOffset) return containerFailure('entryOutOfBounds', name);
    const bytes = await source.read(at, length);
    // The header is checked against its directory record exactly as reader.ts does, on this entry's bytes alone.
    const located = readLocalHeaders(bytes, [{ ...record, index: 0, localHeaderOffset: 0 }], [name], bytes.length);
    if (!located.ok) return located;
    const span = located.spans[0]!;
    const extracted = extractEntry(bytes.subarray(span.dataStart, span.end), record);
    if (!extracted.ok) return containerFailure(extracted.reason, name, extracted.params);
    if (record.index === 0) {
      const wrong = checkFirstEntry(record, name, extracted.data, expectedMimetype);
      if (wrong) return wrong;
    } else {
      const stop = await onEntry(name, extracted.data);
      if (stop) return stop;
    }
    at += length;
  }
  if (records.length === 0) return containerFailure('mimetypeNotFirst', undefined, { entry: { zh: '（没有条目）', en: '(no entries)' } });
  if (at !== directoryOffset) return containerFailure('unaccountedBytes', undefined, { start: at, end: directoryOffset - 1 });
  return { ok: true, names: names.slice(1) };
}

function checkFirstEntry(record: DirectoryRecord, name: string, data: Uint8Array, expected: string): ContainerFailure | undefined {
  if (name !== MIMETYPE_ENTRY) return containerFailure('mimetypeNotFirst', name);
  if (record.method !== METHOD_STORED) return containerFailure('mimetypeNotStored', MIMETYPE_ENTRY);
  const wanted = encodeUtf8(expected);
  if (data.length !== wanted.length || !data.every((b, i) => b === wanted[i])) {
    return containerFailure('mimetypeMismatch', MIMETYPE_ENTRY, { actual: displayName(decodeUtf8Lossy(data.subarray(0, 200))), expected });
  }
  return undefined;
}
