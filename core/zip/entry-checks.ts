// Checks on what the central directory declares about each entry, made before any entry data is touched.
// Each function runs one rule over every entry, so the reader reports the most fundamental problem first
// (an unsafe name before an odd flag) whichever entry it is in.
import type { ArchiveLimits } from './archive-limits.ts';
import type { DirectoryRecord } from './directory.ts';
import { containerFailure, type ContainerFailure } from './failures.ts';
import {
  DOS_DIRECTORY_ATTRIBUTE,
  FLAG_DATA_DESCRIPTOR,
  FLAG_DEFLATE_OPTIONS,
  FLAG_ENCRYPTED,
  FLAG_MASKED_HEADERS,
  FLAG_STRONG_ENCRYPTION,
  FLAG_UTF8,
  METHOD_DEFLATE,
  METHOD_STORED,
  S_IFDIR,
  S_IFLNK,
  S_IFMT,
  S_IFREG,
  ZIP64_MARKER_32,
} from './format.ts';
import { decodeName, findNameConflict, nameProblem } from './names.ts';
import { decodeUtf8Lossy } from './utf8.ts';

/** The name for messages when it could not be decoded strictly. */
export function lossyName(record: DirectoryRecord): string {
  return decodeUtf8Lossy(record.nameBytes);
}

/**
 * Decodes every name and applies the name rules (names.ts), then looks for names that land on the same file.
 * A name with bytes above 0x7F must carry the UTF-8 flag: without it, ZIP says the name is CP437, and Chinese
 * Windows tools read it as GBK, so other tools would see a different name from the one checked here.
 */
export function checkNames(records: readonly DirectoryRecord[]): { ok: true; names: string[] } | ContainerFailure {
  const names: string[] = [];
  for (const record of records) {
    const name = decodeName(record.nameBytes);
    const isAscii = record.nameBytes.every((b) => b < 0x80);
    if (name === undefined || (!isAscii && !(record.flags & FLAG_UTF8))) return containerFailure('invalidUtf8Name', lossyName(record));
    const problem = nameProblem(name);
    if (problem === 'emptyName') return containerFailure('emptyName', undefined, { index: record.index + 1 });
    if (problem) return containerFailure(problem, name);
    names.push(name);
  }
  const conflict = findNameConflict(names);
  if (conflict) return containerFailure(conflict.kind === 'duplicate' ? 'duplicateName' : 'pathConflict', conflict.name, { other: conflict.other });
  return { ok: true, names };
}

/**
 * Only regular files. The Unix mode in the upper half of the external attributes is checked whatever host the
 * entry claims to come from: some extractors honour the mode regardless, and a genuine MS-DOS or NTFS entry has
 * zeros there. Directories are refused too (their names were refused already if they end in "/").
 */
export function checkEntryKinds(records: readonly DirectoryRecord[], names: readonly string[]): ContainerFailure | undefined {
  for (const record of records) {
    const name = names[record.index]!;
    const type = (record.externalAttributes >>> 16) & S_IFMT;
    if (type === S_IFLNK) return containerFailure('symlink', name);
    if (type === S_IFDIR || record.externalAttributes & DOS_DIRECTORY_ATTRIBUTE) return containerFailure('directoryEntry', name);
    if (type !== 0 && type !== S_IFREG) return containerFailure('specialFile', name);
  }
  return undefined;
}

export function checkEncryption(records: readonly DirectoryRecord[], names: readonly string[]): ContainerFailure | undefined {
  for (const record of records) {
    if (record.flags & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION | FLAG_MASKED_HEADERS)) return containerFailure('encrypted', names[record.index]);
  }
  return undefined;
}

const IN_ENTRY = (name: string) => ({ zh: `（条目“${name}”）`, en: ` (entry "${name}")` });

/**
 * Extra fields, entry comments, data descriptors and unknown flags are refused, not ignored: each is a place
 * where two unzip tools can disagree (an Info-ZIP Unicode Path extra field, for one, makes some tools extract under
 * another name than the one checked here), and Mulu writes none of them. `lenient` accepts them all, for reading
 * an .xlsx: Excel, WPS and LibreOffice write them, and a workbook's parts are only read, never extracted to disk.
 * ZIP64 is refused either way: sizes and offsets would have to be read from the extra field instead.
 */
export function checkFeatures(records: readonly DirectoryRecord[], names: readonly string[], options: { lenient?: boolean } = {}): ContainerFailure | undefined {
  for (const record of records) {
    const name = names[record.index]!;
    const where = IN_ENTRY(name);
    if (record.compressedSize === ZIP64_MARKER_32 || record.uncompressedSize === ZIP64_MARKER_32 || record.localHeaderOffset === ZIP64_MARKER_32) {
      return containerFailure('zip64Unsupported', name, { where });
    }
    if (options.lenient) continue;
    const feature = unsupportedFeature(record);
    if (feature) return containerFailure('unsupportedFeature', name, { feature, where });
  }
  return undefined;
}

function unsupportedFeature(record: DirectoryRecord): { zh: string; en: string } | undefined {
  if (record.flags & FLAG_DATA_DESCRIPTOR) return { zh: '数据描述符', en: 'a data descriptor' };
  const unknown = record.flags & ~(FLAG_DEFLATE_OPTIONS | FLAG_UTF8);
  if (unknown) {
    const hex = `0x${unknown.toString(16).padStart(4, '0')}`;
    return { zh: `未定义用途的标志位 ${hex}`, en: `unsupported general-purpose flags ${hex}` };
  }
  if (record.extraLength) return { zh: '扩展字段', en: 'an extra field' };
  if (record.commentLength) return { zh: '条目注释', en: 'an entry comment' };
  return undefined;
}

export function checkMethods(records: readonly DirectoryRecord[], names: readonly string[]): ContainerFailure | undefined {
  for (const record of records) {
    if (record.method !== METHOD_STORED && record.method !== METHOD_DEFLATE) {
      return containerFailure('unsupportedMethod', names[record.index], { method: record.method });
    }
  }
  return undefined;
}

/**
 * Declared sizes against the caps, and the compression ratio, before anything is inflated. The reader later
 * counts the bytes actually produced against these same declared sizes, so the caps hold even if they lie.
 */
export function checkDeclaredSizes(records: readonly DirectoryRecord[], names: readonly string[], limits: ArchiveLimits): ContainerFailure | undefined {
  let total = 0;
  for (const record of records) {
    const name = names[record.index]!;
    const size = record.uncompressedSize;
    if (size > limits.maxEntryBytes) return containerFailure('entryTooLarge', name, { size, limit: limits.maxEntryBytes });
    total += size;
    if (total > limits.maxTotalBytes) return containerFailure('totalTooLarge', name, { size: total, limit: limits.maxTotalBytes });
  }
  for (const record of records) {
    const size = record.uncompressedSize;
    if (size <= limits.ratioExemptBytes || size <= limits.maxCompressionRatio * record.compressedSize) continue;
    const ratio = record.compressedSize === 0 ? '∞' : Math.round(size / record.compressedSize);
    return containerFailure('compressionRatio', names[record.index], { ratio, limit: limits.maxCompressionRatio });
  }
  return undefined;
}
