// Each entry's local header must say exactly what the central directory says. Tools that stream a ZIP read the
// local headers; tools that seek read the central directory. If the two disagreed, a package could show one
// content to Mulu and another to the platform's unzip, so any difference is a refusal.
import type { DirectoryRecord } from './directory.ts';
import { containerFailure, type ContainerFailure } from './failures.ts';
import { FLAG_DATA_DESCRIPTOR, LOCAL_HEADER_SIGNATURE, LOCAL_HEADER_SIZE } from './format.ts';

/** Where an entry lies in the file: its local header starts at `start`, its data is [dataStart, end). */
export interface EntrySpan {
  start: number;
  dataStart: number;
  end: number;
}

type Detail = { zh: string; en: string };
const MISMATCH = {
  signature: { zh: '所指位置没有本地文件头', en: 'there is no local header at the position given' },
  name: { zh: '名称不同', en: 'the names differ' },
  flags: { zh: '标志位不同', en: 'the flags differ' },
  method: { zh: '压缩方法不同', en: 'the compression methods differ' },
  crc: { zh: 'CRC-32 不同', en: 'the CRC-32 values differ' },
  compressedSize: { zh: '压缩后大小不同', en: 'the compressed sizes differ' },
  uncompressedSize: { zh: '原始大小不同', en: 'the uncompressed sizes differ' },
} satisfies Record<string, Detail>;

/**
 * Reads every local header and returns where each entry lies. `limit` is where the central directory starts:
 * entries must lie wholly before it. `lenient` is for reading an .xlsx, where the central directory is the one
 * truth: a local header must still be there with the same name and method, but may carry an extra field, other
 * flags, and (with a data descriptor) zeros for the CRC and sizes, as Excel, WPS and LibreOffice write them.
 */
export function readLocalHeaders(
  bytes: Uint8Array,
  records: readonly DirectoryRecord[],
  names: readonly string[],
  limit: number,
  options: { lenient?: boolean } = {},
): { ok: true; spans: EntrySpan[] } | ContainerFailure {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const spans: EntrySpan[] = [];
  for (const record of records) {
    const name = names[record.index]!;
    const start = record.localHeaderOffset;
    if (start + LOCAL_HEADER_SIZE > limit) return containerFailure('entryOutOfBounds', name);
    const nameLength = view.getUint16(start + 26, true);
    const extraLength = view.getUint16(start + 28, true);
    const dataStart = start + LOCAL_HEADER_SIZE + nameLength + extraLength;
    if (dataStart > limit) return containerFailure('entryOutOfBounds', name);

    const mismatch = compare(view, bytes, start, nameLength, record, options.lenient === true);
    if (mismatch) return containerFailure('localHeaderMismatch', name, { detail: mismatch });
    if (extraLength && !options.lenient) {
      return containerFailure('unsupportedFeature', name, {
        feature: { zh: '本地文件头中的扩展字段', en: 'an extra field in the local header' },
        where: { zh: `（条目“${name}”）`, en: ` (entry "${name}")` },
      });
    }
    const end = dataStart + record.compressedSize;
    if (end > limit) return containerFailure('entryOutOfBounds', name);
    spans.push({ start, dataStart, end });
  }
  return { ok: true, spans };
}

function compare(view: DataView, bytes: Uint8Array, start: number, nameLength: number, record: DirectoryRecord, lenient: boolean): Detail | undefined {
  if (view.getUint32(start, true) !== LOCAL_HEADER_SIGNATURE) return MISMATCH.signature;
  const name = bytes.subarray(start + LOCAL_HEADER_SIZE, start + LOCAL_HEADER_SIZE + nameLength);
  if (!sameBytes(name, record.nameBytes)) return MISMATCH.name;
  const flags = view.getUint16(start + 6, true);
  if (flags !== record.flags && !lenient) return MISMATCH.flags;
  if (view.getUint16(start + 8, true) !== record.method) return MISMATCH.method;
  // Strictly, data descriptors were refused before this, so the local header must carry the real CRC and sizes.
  if (lenient && flags & FLAG_DATA_DESCRIPTOR) return undefined;
  if (view.getUint32(start + 14, true) !== record.crc) return MISMATCH.crc;
  if (view.getUint32(start + 18, true) !== record.compressedSize) return MISMATCH.compressedSize;
  if (view.getUint32(start + 22, true) !== record.uncompressedSize) return MISMATCH.uncompressedSize;
  return undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
