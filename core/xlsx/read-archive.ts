// The ZIP container of an .xlsx, read with core/zip's checks in their lenient form. Excel, WPS and
// LibreOffice write data descriptors, extra fields and parts in any order, so those are accepted; what keeps a
// hostile file harmless stays: every declared size against the caps before anything is inflated, the central
// directory and local headers consistent and inside the file, stored or deflate only, no ZIP64, and later, while
// a part is inflated, its bytes counted against the declared size and its CRC-32 checked (read-xml.ts).
// Part names are looked up case-insensitively, as OPC requires; directory entries, which some zip tools add
// when a clerk re-zips an unpacked workbook, are skipped.
import { fillLocal, type LocalText } from '../i18n/text.ts';
import { readCentralDirectory, type DirectoryRecord } from '../zip/directory.ts';
import { checkEncryption, checkFeatures, checkMethods, lossyName } from '../zip/entry-checks.ts';
import { displayName, type ContainerFailure, type ContainerFailureReason } from '../zip/failures.ts';
import { LOCAL_HEADER_SIGNATURE } from '../zip/format.ts';
import type { ExtractFailure } from '../zip/inflate.ts';
import { readLocalHeaders } from '../zip/local-headers.ts';
import { decodeName, findNameConflict, nameKey } from '../zip/names.ts';
import { damagedFailure, workbookFailure, type FailureWhere, type WorkbookFailure } from './read-failures.ts';
import type { WorkbookLimits } from './read-limits.ts';

/** One part of the workbook: its name as written and its compressed bytes, not yet checked beyond the headers. */
export interface PartEntry {
  name: string;
  record: DirectoryRecord;
  compressed: Uint8Array;
}

export class WorkbookArchive {
  constructor(private readonly parts: ReadonlyMap<string, PartEntry>) {}

  /** The part at `name` (no leading "/"), matched as OPC matches part names: ignoring case. */
  part(name: string): PartEntry | undefined {
    return this.parts.get(nameKey(name));
  }
}

export function openArchive(bytes: Uint8Array, limits: WorkbookLimits): { ok: true; archive: WorkbookArchive } | WorkbookFailure {
  const directory = readCentralDirectory(bytes, limits, { allowComment: true });
  if (!directory.ok) return directory.reason === 'notZip' && startsLikeZip(bytes) ? damagedFailure(CUT_SHORT) : fromContainer(directory);
  const { records, offset } = directory.directory;

  // A name that is not UTF-8 (a clerk's zip tool writing GBK) cannot be any part the workbook refers to, since
  // relationships are UTF-8 XML; such entries are kept out of the lookup, and only named in messages.
  const decoded = records.map((record) => decodeName(record.nameBytes));
  const names = records.map((record) => decoded[record.index] ?? lossyName(record));
  const files = records.filter((record) => decoded[record.index] !== undefined && !names[record.index]!.endsWith('/'));
  const conflict = findNameConflict(files.map((record) => names[record.index]!));
  if (conflict) {
    const [name, other] = [displayName(conflict.name), displayName(conflict.other)];
    // Not damage in transit (a cut-short copy cannot make two names equal): the archive was made that way.
    return workbookFailure('malformedZip', { detail: { zh: `有两个同名的部件“${name}”和“${other}”`, en: `two parts have the same name, "${name}" and "${other}"` } });
  }

  const refused =
    checkEncryption(records, names) ??
    checkFeatures(records, names, { lenient: true }) ??
    checkMethods(records, names);
  if (refused) return fromContainer(refused);
  const located = readLocalHeaders(bytes, records, names, offset, { lenient: true });
  if (!located.ok) return fromContainer(located);
  const oversized = checkSizes(records, names, limits);
  if (oversized) return oversized;

  const parts = new Map<string, PartEntry>();
  for (const record of files) {
    const name = names[record.index]!;
    const span = located.spans[record.index]!;
    parts.set(nameKey(name), { name, record, compressed: bytes.subarray(span.dataStart, span.end) });
  }
  return { ok: true, archive: new WorkbookArchive(parts) };
}

/**
 * Declared sizes against the caps, before anything is inflated. Unlike a package, no compression ratio is
 * enforced (the workbook limits set none): sheets are parsed as they inflate, never held whole, and sparse sheet
 * XML legitimately compresses far beyond 200:1; the size caps bound the work. Failures name the part the way a
 * workbook's messages do, which is why this is not core/zip's checkDeclaredSizes.
 */
function checkSizes(records: readonly DirectoryRecord[], names: readonly string[], limits: WorkbookLimits): WorkbookFailure | undefined {
  let total = 0;
  for (const record of records) {
    const part = names[record.index]!;
    const size = record.uncompressedSize;
    if (size > limits.maxEntryBytes) return workbookFailure('partTooLarge', { part, size, limit: limits.maxEntryBytes }, { part });
    total += size;
    if (total > limits.maxTotalBytes) {
      const detail = { zh: `各部件解压后合计超过 ${limits.maxTotalBytes} 字节`, en: `its parts add up to more than ${limits.maxTotalBytes} bytes uncompressed` };
      return workbookFailure('fileTooLarge', { detail });
    }
  }
  return undefined;
}

const CUT_SHORT = { zh: '文件末尾缺少 ZIP 目录（文件不完整）', en: 'the ZIP directory at the end of the file is missing (the file is incomplete)' };

/** A ZIP starts with a local header: such a file without an end record was cut short rather than never a ZIP. */
function startsLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true) === LOCAL_HEADER_SIGNATURE;
}

/** What each kind of damage found while inflating a part means. */
const INFLATE_DAMAGE: Readonly<Record<ExtractFailure['reason'], LocalText>> = {
  sizeMismatch: { zh: '解压后的大小与声明的 {size} 字节不符{detail}', en: 'it does not inflate to the {size} bytes it declares{detail}' },
  corruptData: { zh: '压缩数据无法解压（{detail}）', en: 'its compressed data cannot be inflated ({detail})' },
  crcMismatch: { zh: 'CRC-32 校验值不符（声明 {expected}，实际 {actual}）', en: 'its CRC-32 does not match (declared {expected}, actual {actual})' },
};

export function inflateFailure(failure: ExtractFailure, where: FailureWhere): WorkbookFailure {
  return damagedFailure(fillLocal(INFLATE_DAMAGE[failure.reason], failure.params), where);
}

const STRUCTURE_DAMAGE: Partial<Record<ContainerFailureReason, LocalText>> = {
  malformedDirectory: { zh: 'ZIP 目录结构错误', en: 'the ZIP directory is malformed' },
  unaccountedBytes: { zh: 'ZIP 目录之后还有多余的数据', en: 'other data follows the ZIP directory' },
  localHeaderMismatch: { zh: '部件的文件头与 ZIP 目录不一致', en: "the part's header disagrees with the ZIP directory" },
  entryOutOfBounds: { zh: '部件的数据超出了文件末尾（文件不完整）', en: "the part's data runs past the end of the file (the file is incomplete)" },
};

function fromContainer(failure: ContainerFailure): WorkbookFailure {
  const part = failure.entry;
  const where = part === undefined ? {} : { part };
  switch (failure.reason) {
    case 'notZip':
      return workbookFailure('notZip');
    case 'encrypted':
      return workbookFailure('encrypted', {}, where);
    case 'zip64Unsupported':
      return workbookFailure('unsupportedZip', { feature: 'ZIP64' }, where);
    case 'unsupportedFeature':
      return workbookFailure('unsupportedZip', { feature: { zh: '分卷压缩', en: 'a multi-disk archive' } }, where);
    case 'unsupportedMethod':
      return workbookFailure('unsupportedZip', { feature: { zh: '不支持的压缩方法', en: 'an unsupported compression method' } }, where);
    default:
      return damagedFailure(STRUCTURE_DAMAGE[failure.reason] ?? { zh: 'ZIP 结构错误', en: 'the ZIP structure is broken' }, where);
  }
}
