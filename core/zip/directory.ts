// Finding and parsing the end record and the central directory: the archive-level structure, read without
// trusting a single number until it has been checked against the file. Only the form Mulu writes is accepted:
// the end record is the last 22 bytes (no archive comment), on one disk, without ZIP64, and the central
// directory ends exactly where the end record begins. Reading an .xlsx (`allowComment`) also accepts an archive
// comment after the end record, which some tools that post-process workbooks add.
import type { ArchiveLimits } from './archive-limits.ts';
import { containerFailure, type ContainerFailure } from './failures.ts';
import {
  CENTRAL_HEADER_SIGNATURE,
  CENTRAL_HEADER_SIZE,
  END_OF_DIRECTORY_SEARCH,
  END_OF_DIRECTORY_SIGNATURE,
  END_OF_DIRECTORY_SIZE,
  ZIP64_LOCATOR_SIGNATURE,
  ZIP64_LOCATOR_SIZE,
  ZIP64_MARKER_16,
  ZIP64_MARKER_32,
} from './format.ts';

/** One central directory record, as declared (nothing here has been checked beyond lying inside the directory). */
export interface DirectoryRecord {
  /** Position in the central directory, from 0. */
  index: number;
  nameBytes: Uint8Array;
  madeBy: number;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  extraLength: number;
  commentLength: number;
  externalAttributes: number;
  localHeaderOffset: number;
}

export interface CentralDirectory {
  records: DirectoryRecord[];
  /** Where the central directory starts: every entry must lie before this. */
  offset: number;
}

export type DirectoryResult = { ok: true; directory: CentralDirectory } | ContainerFailure;

export interface DirectoryOptions {
  /** Accept an archive comment after the end record (never written by Mulu, so refused for packages). */
  allowComment?: boolean;
  /** The file offset of `bytes[0]` when only the file's tail was read (a streamed backup, stream-reader.ts). */
  base?: number;
}

const FEATURE_COMMENT = { zh: '整个压缩包的注释', en: 'an archive comment' };
const FEATURE_SPANNED = { zh: '分卷压缩', en: 'a multi-disk (spanned) archive' };

export function readCentralDirectory(bytes: Uint8Array, limits: ArchiveLimits, options: DirectoryOptions = {}): DirectoryResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - END_OF_DIRECTORY_SIZE;
  if (end < 0 || view.getUint32(end, true) !== END_OF_DIRECTORY_SIGNATURE) {
    const found = findEndRecord(bytes, view);
    if (!options.allowComment || found.kind !== 'commented') return explainMissingEnd(bytes.length, found);
    end = found.at;
  }

  const disk = view.getUint16(end + 4, true);
  const directoryDisk = view.getUint16(end + 6, true);
  const diskEntries = view.getUint16(end + 8, true);
  const totalEntries = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  const commentLength = view.getUint16(end + 20, true);

  // A ZIP64 locator sits right before the end record; the 0xFFFF… markers send a reader to it.
  const hasLocator = end >= ZIP64_LOCATOR_SIZE && view.getUint32(end - ZIP64_LOCATOR_SIZE, true) === ZIP64_LOCATOR_SIGNATURE;
  if (hasLocator || [disk, directoryDisk, diskEntries, totalEntries].includes(ZIP64_MARKER_16) || size === ZIP64_MARKER_32 || offset === ZIP64_MARKER_32) {
    return containerFailure('zip64Unsupported', undefined, { where: '' });
  }
  if (end + END_OF_DIRECTORY_SIZE + commentLength !== bytes.length) {
    return containerFailure('malformedDirectory', undefined, { detail: { zh: '结束记录声明的注释超出文件末尾', en: 'the end record declares a comment beyond the end of the file' } });
  }
  if (disk !== 0 || directoryDisk !== 0 || diskEntries !== totalEntries) {
    return containerFailure('unsupportedFeature', undefined, { feature: FEATURE_SPANNED, where: '' });
  }
  if (totalEntries > limits.maxEntries) return containerFailure('tooManyEntries', undefined, { count: totalEntries, limit: limits.maxEntries });
  const base = options.base ?? 0;
  const start = offset - base;
  if (start < 0 || start + size > end) {
    return containerFailure('malformedDirectory', undefined, { detail: { zh: '中央目录超出文件范围', en: 'the central directory extends past the end record' } });
  }
  if (start + size < end) {
    // Typically data prepended to the package without moving the offsets, or data slipped in before the end record.
    return containerFailure('unaccountedBytes', undefined, { start: base + start + size, end: base + end - 1 });
  }

  const records: DirectoryRecord[] = [];
  let at = start;
  for (let index = 0; index < totalEntries; index++) {
    if (at + CENTRAL_HEADER_SIZE > end || view.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE) {
      return containerFailure('malformedDirectory', undefined, {
        detail: { zh: `第 ${index + 1} 条记录缺失或签名错误`, en: `record ${index + 1} is missing or has a wrong signature` },
      });
    }
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const recordCommentLength = view.getUint16(at + 32, true);
    const next = at + CENTRAL_HEADER_SIZE + nameLength + extraLength + recordCommentLength;
    if (next > end) {
      return containerFailure('malformedDirectory', undefined, {
        detail: { zh: `第 ${index + 1} 条记录超出中央目录`, en: `record ${index + 1} extends past the central directory` },
      });
    }
    records.push({
      index,
      nameBytes: bytes.subarray(at + CENTRAL_HEADER_SIZE, at + CENTRAL_HEADER_SIZE + nameLength),
      madeBy: view.getUint16(at + 4, true),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      extraLength,
      commentLength: recordCommentLength,
      externalAttributes: view.getUint32(at + 38, true),
      localHeaderOffset: view.getUint32(at + 42, true),
      // disk number start (at + 34) is covered by the single-disk check of the end record
    });
    at = next;
  }
  if (at !== end) {
    return containerFailure('malformedDirectory', undefined, {
      detail: { zh: '记录条数与中央目录的大小不符', en: 'the number of records does not match the size of the central directory' },
    });
  }
  return { ok: true, directory: { records, offset } };
}

type EndSearch = { kind: 'commented'; at: number } | { kind: 'followed'; recordEnd: number } | { kind: 'none' };

/**
 * The last 22 bytes are not an end record: look further back for one, as precisely as the bytes allow: an end
 * record followed by exactly its comment, an end record followed by other data, or none at all.
 */
function findEndRecord(bytes: Uint8Array, view: DataView): EndSearch {
  const lowest = Math.max(0, bytes.length - END_OF_DIRECTORY_SEARCH);
  for (let at = bytes.length - END_OF_DIRECTORY_SIZE - 1; at >= lowest; at--) {
    if (view.getUint32(at, true) !== END_OF_DIRECTORY_SIGNATURE) continue;
    const recordEnd = at + END_OF_DIRECTORY_SIZE + view.getUint16(at + 20, true);
    if (recordEnd > bytes.length) continue; // four bytes that merely look like a signature
    return recordEnd === bytes.length ? { kind: 'commented', at } : { kind: 'followed', recordEnd };
  }
  return { kind: 'none' };
}

/** Why there is no usable end record: a comment (refused for packages), data after it, or none (cut short, or not a ZIP). */
function explainMissingEnd(length: number, found: EndSearch): ContainerFailure {
  if (found.kind === 'commented') return containerFailure('unsupportedFeature', undefined, { feature: FEATURE_COMMENT, where: '' });
  if (found.kind === 'followed') return containerFailure('unaccountedBytes', undefined, { start: found.recordEnd, end: length - 1 });
  return containerFailure('notZip');
}
