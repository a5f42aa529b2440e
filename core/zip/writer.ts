// Writing a package container: a ZIP in the ASiC-E manner (ETSI EN 319 162-1) that is byte-for-byte reproducible.
// `mimetype` comes first, stored, with no extra field; then every entry in the order the caller gives (the caller
// sorts), deflated with fflate at level 6. Every header carries the same fixed values: time 1980-01-01 00:00:00,
// the UTF-8 flag, version 2.0 made by MS-DOS with attributes 0 (a plain file), no extra fields, no comments.
// So the same entries give the same bytes on any machine, in any time zone, as long as the fflate version is
// the same (it is pinned exactly, because another version may deflate differently).
//
// The records are framed here rather than by fflate's zipSync, because zipSync (0.8.3) takes the entries as object
// keys (which puts integer-like names such as "2024" first, whatever the caller's order), converts the mtime with
// the local time zone (1980-01-01 UTC is 1979 west of Greenwich and refused), and sets the UTF-8 flag only for
// non-ASCII names. The reader (reader.ts) accepts exactly this form.
import { deflateSync } from 'fflate';
import { crc32 } from './crc32.ts';
import {
  CENTRAL_HEADER_SIGNATURE,
  CENTRAL_HEADER_SIZE,
  DOS_DATE_EPOCH,
  DOS_TIME_EPOCH,
  END_OF_DIRECTORY_SIGNATURE,
  END_OF_DIRECTORY_SIZE,
  FLAG_UTF8,
  LOCAL_HEADER_SIGNATURE,
  LOCAL_HEADER_SIZE,
  METHOD_DEFLATE,
  METHOD_STORED,
  ZIP64_MARKER_16,
  ZIP64_MARKER_32,
  ZIP_VERSION,
} from './format.ts';
import { MIMETYPE_ENTRY } from './mimetype.ts';
import { encodeName, findNameConflict, nameProblem } from './names.ts';
import { encodeUtf8 } from './utf8.ts';

export interface ContainerEntry {
  /** A relative path with "/" separators; see names.ts for what is allowed. */
  path: string;
  data: Uint8Array;
}

/** Fixed so the output never depends on a library default. */
const DEFLATE_LEVEL = 6;

/** An entry deflated (or stored) with its CRC-32 and sizes, ready to be framed; shared with stream-writer.ts. */
export interface PreparedEntry {
  name: Uint8Array;
  method: number;
  crc: number;
  size: number;
  stored: Uint8Array;
  /** stored.length, kept apart so a streamed entry's record can drop the data once it is written. */
  compressedSize: number;
  offset: number;
}

/**
 * The container as bytes. Throws RangeError if an entry name is not a safe, portable file name, if two names land
 * on the same file, or if the result would need ZIP64 (over 65,534 entries or 4 GiB): a package that breaks
 * these rules would be refused by the reader, so writing one is a programming error.
 */
export function writeContainer(entries: readonly ContainerEntry[], mimetype: string): Uint8Array {
  if (!/^[\x21-\x7e]+$/.test(mimetype)) throw new RangeError(`writeContainer: the media type must be printable ASCII, got "${mimetype}"`);
  const paths = [MIMETYPE_ENTRY, ...entries.map((e) => e.path)];
  for (const path of paths) {
    const problem = nameProblem(path);
    if (problem || !encodeName(path)) throw new RangeError(`writeContainer: entry name "${path}" is not allowed (${problem ?? 'not encodable as UTF-8'})`);
  }
  const conflict = findNameConflict(paths);
  if (conflict) throw new RangeError(`writeContainer: entry name "${conflict.name}" clashes with "${conflict.other}"`);
  if (paths.length >= ZIP64_MARKER_16) throw new RangeError(`writeContainer: ${paths.length} entries need ZIP64`);

  const prepared: PreparedEntry[] = [prepare(MIMETYPE_ENTRY, encodeUtf8(mimetype), METHOD_STORED)];
  for (const entry of entries) prepared.push(prepare(entry.path, entry.data, METHOD_DEFLATE));

  let offset = 0;
  let directorySize = 0;
  for (const entry of prepared) {
    entry.offset = offset;
    offset += LOCAL_HEADER_SIZE + entry.name.length + entry.stored.length;
    directorySize += CENTRAL_HEADER_SIZE + entry.name.length;
  }
  const directoryOffset = offset;
  const total = directoryOffset + directorySize + END_OF_DIRECTORY_SIZE;
  if (total >= ZIP64_MARKER_32) throw new RangeError(`writeContainer: ${total} bytes need ZIP64`);

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const entry of prepared) {
    at = writeHeader(view, out, at, entry, false);
    out.set(entry.stored, at);
    at += entry.stored.length;
  }
  for (const entry of prepared) at = writeHeader(view, out, at, entry, true);
  writeEnd(view, at, prepared.length, directorySize, directoryOffset);
  return out;
}

export function prepare(path: string, data: Uint8Array, method: number): PreparedEntry {
  if (data.length >= ZIP64_MARKER_32) throw new RangeError(`writeContainer: entry "${path}" needs ZIP64`);
  const stored = method === METHOD_STORED ? data : deflateSync(data, { level: DEFLATE_LEVEL });
  return { name: encodeName(path)!, method, crc: crc32(data), size: data.length, stored, compressedSize: stored.length, offset: 0 };
}

/** A local header (30 bytes + name) or a central directory record (46 bytes + name); returns the next position. */
export function writeHeader(view: DataView, out: Uint8Array, at: number, entry: PreparedEntry, central: boolean): number {
  let p = at;
  const u16 = (v: number) => {
    view.setUint16(p, v, true);
    p += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(p, v, true);
    p += 4;
  };
  u32(central ? CENTRAL_HEADER_SIGNATURE : LOCAL_HEADER_SIGNATURE);
  if (central) u16(ZIP_VERSION); // made by: version 2.0, host 0 (MS-DOS)
  u16(ZIP_VERSION); // needed to extract
  u16(FLAG_UTF8);
  u16(entry.method);
  u16(DOS_TIME_EPOCH);
  u16(DOS_DATE_EPOCH);
  u32(entry.crc);
  u32(entry.compressedSize);
  u32(entry.size);
  u16(entry.name.length);
  u16(0); // extra field length
  if (central) {
    u16(0); // comment length
    u16(0); // disk number
    u16(0); // internal attributes
    u32(0); // external attributes: a plain file
    u32(entry.offset);
  }
  out.set(entry.name, p);
  return p + entry.name.length;
}

export function writeEnd(view: DataView, at: number, count: number, size: number, offset: number): void {
  view.setUint32(at, END_OF_DIRECTORY_SIGNATURE, true);
  view.setUint16(at + 4, 0, true); // this disk
  view.setUint16(at + 6, 0, true); // disk with the central directory
  view.setUint16(at + 8, count, true);
  view.setUint16(at + 10, count, true);
  view.setUint32(at + 12, size, true);
  view.setUint32(at + 16, offset, true);
  view.setUint16(at + 20, 0, true); // comment length
}
