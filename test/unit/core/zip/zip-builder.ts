// A tiny ZIP builder for the hostile-container tests. Every field of every record can be set to anything,
// including values that make no sense, so a test can produce exactly the malformed structure it is about.
// Defaults produce a valid container of the form Mulu writes, but deflated with node:zlib rather than fflate,
// so the reader is also exercised on another compressor's output.
import { constants, crc32, deflateRawSync } from 'node:zlib';

export const MIMETYPE = 'application/vnd.mulu.catalog-package+zip';
export const FLAG_UTF8 = 0x0800;
const utf8 = new TextEncoder();

export interface LocalOverrides {
  signature?: number;
  name?: string | Uint8Array;
  flags?: number;
  method?: number;
  crc?: number;
  compressedSize?: number;
  uncompressedSize?: number;
  extra?: Uint8Array;
}

export interface RawEntry {
  name: string | Uint8Array;
  /** The uncompressed content; default empty. */
  content?: string | Uint8Array;
  /** Default 8 (deflate). */
  method?: number;
  /** The bytes after the local header; default: the content, deflated if method is 8. */
  body?: Uint8Array;
  /** Default: the UTF-8 flag only. */
  flags?: number;
  crc?: number;
  compressedSize?: number;
  uncompressedSize?: number;
  /** Default 20 (version 2.0, host MS-DOS). */
  madeBy?: number;
  versionNeeded?: number;
  externalAttributes?: number;
  extra?: Uint8Array;
  comment?: Uint8Array;
  /** Fields in which the local header differs from the central directory record. */
  local?: LocalOverrides;
  /** Bytes written just before this entry's local header. */
  gapBefore?: Uint8Array;
  /** false: written in the file but left out of the central directory (a hidden entry). Default true. */
  listed?: boolean;
  /** false: only a central directory record, no local header or data (use with `offset`). Default true. */
  written?: boolean;
  /** The local header offset recorded in the central directory; default where the entry was written. */
  offset?: number;
}

export interface EndOverrides {
  disk?: number;
  directoryDisk?: number;
  diskEntries?: number;
  totalEntries?: number;
  size?: number;
  offset?: number;
  commentLength?: number;
}

export interface RawZip {
  entries: RawEntry[];
  /** Bytes before the first entry; offsets account for them (as in a self-extracting archive). */
  before?: Uint8Array;
  /** Bytes between the last entry and the central directory. */
  beforeDirectory?: Uint8Array;
  /** The order of the listed entries in the central directory, as indices into the listed entries. */
  directoryOrder?: number[];
  /** A ZIP64 end-of-central-directory locator (20 bytes) just before the end record. */
  zip64Locator?: boolean;
  end?: EndOverrides;
  /** The archive comment (its length goes in the end record unless `end.commentLength` says otherwise). */
  comment?: Uint8Array;
  /** Bytes after the end record and comment. */
  after?: Uint8Array;
}

/** Byte equality for large arrays; vitest's toEqual walks typed arrays element by element (seconds per MiB). */
export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (!a || !b) return false;
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

const bytesOf = (v: string | Uint8Array | undefined): Uint8Array => (typeof v === 'string' ? utf8.encode(v) : (v ?? new Uint8Array(0)));

export function deflate(content: Uint8Array): Uint8Array {
  return new Uint8Array(deflateRawSync(content));
}

class Writer {
  private chunks: Uint8Array[] = [];
  length = 0;
  bytes(b: Uint8Array): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  u16(v: number): void {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, v & 0xffff, true);
    this.bytes(b);
  }
  u32(v: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v >>> 0, true);
    this.bytes(b);
  }
  result(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

interface Resolved {
  entry: RawEntry;
  name: Uint8Array;
  body: Uint8Array;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
}

function resolve(entry: RawEntry): Resolved {
  const content = bytesOf(entry.content);
  const method = entry.method ?? 8;
  const body = entry.body ?? (method === 8 ? deflate(content) : content);
  return {
    entry,
    name: bytesOf(entry.name),
    body,
    method,
    flags: entry.flags ?? FLAG_UTF8,
    crc: entry.crc ?? crc32(content),
    compressedSize: entry.compressedSize ?? body.length,
    uncompressedSize: entry.uncompressedSize ?? content.length,
  };
}

/** The local header and data of one entry, as buildZip writes it. */
export function localRecord(entry: RawEntry): Uint8Array {
  const w = new Writer();
  writeLocal(w, resolve(entry));
  return w.result();
}

function writeLocal(w: Writer, r: Resolved): void {
  const l = r.entry.local ?? {};
  const name = l.name === undefined ? r.name : bytesOf(l.name);
  const extra = l.extra ?? r.entry.extra ?? new Uint8Array(0);
  w.u32(l.signature ?? 0x04034b50);
  w.u16(r.entry.versionNeeded ?? 20);
  w.u16(l.flags ?? r.flags);
  w.u16(l.method ?? r.method);
  w.u16(0); // time 00:00:00
  w.u16(0x21); // date 1980-01-01
  w.u32(l.crc ?? r.crc);
  w.u32(l.compressedSize ?? r.compressedSize);
  w.u32(l.uncompressedSize ?? r.uncompressedSize);
  w.u16(name.length);
  w.u16(extra.length);
  w.bytes(name);
  w.bytes(extra);
  w.bytes(r.body);
}

export function buildZip(spec: RawZip): Uint8Array {
  const w = new Writer();
  if (spec.before) w.bytes(spec.before);
  const listed: { r: Resolved; offset: number }[] = [];
  for (const entry of spec.entries) {
    const r = resolve(entry);
    if (entry.gapBefore) w.bytes(entry.gapBefore);
    const offset = w.length;
    if (entry.written !== false) writeLocal(w, r);
    if (entry.listed !== false) listed.push({ r, offset: entry.offset ?? offset });
  }
  if (spec.beforeDirectory) w.bytes(spec.beforeDirectory);

  const directoryOffset = w.length;
  const order = spec.directoryOrder ?? listed.map((_, i) => i);
  for (const i of order) {
    const { r, offset } = listed[i]!;
    const extra = r.entry.extra ?? new Uint8Array(0);
    const comment = r.entry.comment ?? new Uint8Array(0);
    w.u32(0x02014b50);
    w.u16(r.entry.madeBy ?? 20);
    w.u16(r.entry.versionNeeded ?? 20);
    w.u16(r.flags);
    w.u16(r.method);
    w.u16(0);
    w.u16(0x21);
    w.u32(r.crc);
    w.u32(r.compressedSize);
    w.u32(r.uncompressedSize);
    w.u16(r.name.length);
    w.u16(extra.length);
    w.u16(comment.length);
    w.u16(0); // disk
    w.u16(0); // internal attributes
    w.u32(r.entry.externalAttributes ?? 0);
    w.u32(offset);
    w.bytes(r.name);
    w.bytes(extra);
    w.bytes(comment);
  }
  const directorySize = w.length - directoryOffset;

  if (spec.zip64Locator) {
    w.u32(0x07064b50);
    w.u32(0);
    w.u32(0); // the ZIP64 end record's offset (there is none; the reader must refuse before looking)
    w.u32(0);
    w.u32(1);
  }
  const end = spec.end ?? {};
  const comment = spec.comment ?? new Uint8Array(0);
  w.u32(0x06054b50);
  w.u16(end.disk ?? 0);
  w.u16(end.directoryDisk ?? 0);
  w.u16(end.diskEntries ?? order.length);
  w.u16(end.totalEntries ?? order.length);
  w.u32(end.size ?? directorySize);
  w.u32(end.offset ?? directoryOffset);
  w.u16(end.commentLength ?? comment.length);
  w.bytes(comment);
  if (spec.after) w.bytes(spec.after);
  return w.result();
}

export function mimetypeEntry(content: string | Uint8Array = MIMETYPE): RawEntry {
  return { name: 'mimetype', content, method: 0 };
}

export const CATALOG_TEXT = JSON.stringify({ format: 'mulu.catalog', resources: Array.from({ length: 50 }, (_, i) => ({ name: `资源${i}`, code: `A01/${i}` })) });
export const MANIFEST_TEXT = '{"files":[{"path":"catalog.json"}],"format":"mulu.package"}';

/** A valid package-shaped container: mimetype, a catalog and a manifest, with overrides per entry. */
export function validEntries(overrides: { catalog?: Partial<RawEntry>; manifest?: Partial<RawEntry> } = {}): RawEntry[] {
  return [
    mimetypeEntry(),
    { name: 'catalog.json', content: CATALOG_TEXT, ...overrides.catalog },
    { name: 'META-INF/manifest.json', content: MANIFEST_TEXT, ...overrides.manifest },
  ];
}

/**
 * A raw deflate stream of `size` zero bytes built without ever holding them: one MiB of zeros compressed with a
 * sync flush (byte-aligned, not final) repeated, then an empty final block. About 1 KB per MiB.
 */
export function deflatedZeros(size: number): Uint8Array {
  const MiB = 1024 * 1024;
  if (size % MiB !== 0) throw new RangeError('deflatedZeros: size must be whole MiB');
  const piece = new Uint8Array(deflateRawSync(new Uint8Array(MiB), { finishFlush: constants.Z_SYNC_FLUSH }));
  const count = size / MiB;
  const out = new Uint8Array(piece.length * count + 2);
  for (let i = 0; i < count; i++) out.set(piece, i * piece.length);
  out.set([0x03, 0x00], piece.length * count); // final fixed-Huffman block holding only end-of-block
  return out;
}

/** CRC-32 of `size` zero bytes, computed a MiB at a time. */
export function crcOfZeros(size: number): number {
  const MiB = 1024 * 1024;
  const zeros = new Uint8Array(Math.min(size, MiB));
  let crc = 0;
  for (let left = size; left > 0; left -= zeros.length) crc = crc32(zeros.subarray(0, Math.min(left, zeros.length)), crc);
  return crc;
}
