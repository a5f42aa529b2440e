import { createHash, randomBytes } from 'node:crypto';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { readContainer } from '../../../../core/zip/reader.ts';
import { writeContainer, type ContainerEntry } from '../../../../core/zip/writer.ts';
import { MIMETYPE, sameBytes } from './zip-builder.ts';

const utf8 = new TextEncoder();
const text = (s: string) => utf8.encode(s);

const ENTRIES: ContainerEntry[] = [
  { path: 'catalog.json', data: text(JSON.stringify({ resources: Array.from({ length: 200 }, (_, i) => ({ 名称: `资源${i}` })) })) },
  { path: 'report/校验报告.json', data: text('{"errors":0}') },
  { path: 'empty.txt', data: new Uint8Array(0) },
  { path: 'binary.bin', data: new Uint8Array(randomBytes(5000)) },
  // Incompressible, like an .xlsx: deflate falls back to stored blocks of up to 64 KiB, several inflate steps each.
  { path: 'workbook.xlsx', data: new Uint8Array(randomBytes(1 << 20)) },
  { path: '2024', data: text('an integer-like name keeps its place') },
  { path: 'META-INF/manifest.json', data: text('{"format":"mulu.package"}') },
];

/** Every local header and central directory record, found by walking the structure the writer produced. */
function records(zip: Uint8Array) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const list = [];
  for (let i = 0; i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const offset = view.getUint32(at + 42, true);
    list.push({
      name: new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      central: { madeBy: view.getUint16(at + 4, true), flags: view.getUint16(at + 8, true), method: view.getUint16(at + 10, true), time: view.getUint16(at + 12, true), date: view.getUint16(at + 14, true), extra: view.getUint16(at + 30, true), comment: view.getUint16(at + 32, true), attributes: view.getUint32(at + 38, true), offset },
      local: { signature: view.getUint32(offset, true), flags: view.getUint16(offset + 6, true), method: view.getUint16(offset + 8, true), time: view.getUint16(offset + 10, true), date: view.getUint16(offset + 12, true), extra: view.getUint16(offset + 28, true) },
    });
    at += 46 + nameLength;
  }
  return list;
}

describe('writeContainer', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('round-trips through the safe reader, in the given order, without the mimetype entry', () => {
    const result = readContainer(writeContainer(ENTRIES, MIMETYPE), MIMETYPE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.order).toEqual(ENTRIES.map((e) => e.path));
    for (const entry of ENTRIES) expect(sameBytes(result.entries.get(entry.path), entry.data), entry.path).toBe(true);
  });

  it('is read the same by an independent reader (fflate unzipSync)', () => {
    const files = unzipSync(writeContainer(ENTRIES, MIMETYPE));
    expect(new TextDecoder().decode(files.mimetype)).toBe(MIMETYPE);
    for (const entry of ENTRIES) expect(sameBytes(files[entry.path], entry.data), entry.path).toBe(true);
  });

  it('gives byte-identical output for the same input, in any time zone', () => {
    process.env.TZ = 'Asia/Shanghai';
    const first = writeContainer(ENTRIES, MIMETYPE);
    process.env.TZ = 'America/Los_Angeles';
    const second = writeContainer(ENTRIES, MIMETYPE);
    process.env.TZ = 'UTC';
    const third = writeContainer(ENTRIES.map((e) => ({ path: e.path, data: e.data.slice() })), MIMETYPE);
    expect(sameBytes(second, first)).toBe(true);
    expect(sameBytes(third, first)).toBe(true);
  });

  it('keeps producing the same bytes (changing this digest means packages are no longer reproducible across versions)', () => {
    const zip = writeContainer([{ path: 'catalog.json', data: text('{"resources":[]}') }, { path: 'META-INF/manifest.json', data: text('{}') }], MIMETYPE);
    expect(createHash('sha256').update(zip).digest('hex')).toBe('d047731b0f4264a282a9318c07f01fb89136e572c9ae6d0b640eb2733f5d1e6e');
  });

  it('writes mimetype first and stored, with no extra field, so its content sits at byte 38 (ASiC-E)', () => {
    const zip = writeContainer(ENTRIES, MIMETYPE);
    const view = new DataView(zip.buffer);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // stored
    expect(view.getUint16(26, true)).toBe(8); // name length
    expect(view.getUint16(28, true)).toBe(0); // extra field length
    expect(new TextDecoder().decode(zip.subarray(30, 38))).toBe('mimetype');
    expect(new TextDecoder().decode(zip.subarray(38, 38 + MIMETYPE.length))).toBe(MIMETYPE);
  });

  it('writes the same fixed fields in every header: UTF-8 flag, 1980-01-01 00:00, no extra fields or comments, plain-file attributes', () => {
    const list = records(writeContainer(ENTRIES, MIMETYPE));
    expect(list.map((r) => r.name)).toEqual(['mimetype', ...ENTRIES.map((e) => e.path)]);
    for (const r of list) {
      expect(r.local).toMatchObject({ signature: 0x04034b50, flags: 0x0800, time: 0, date: 0x21, extra: 0 });
      expect(r.central).toMatchObject({ madeBy: 20, flags: 0x0800, time: 0, date: 0x21, extra: 0, comment: 0, attributes: 0 });
      expect(r.central.method).toBe(r.name === 'mimetype' ? 0 : 8);
      expect(r.local.method).toBe(r.central.method);
    }
    expect(list.map((r) => r.central.offset)).toEqual([...list.map((r) => r.central.offset)].sort((a, b) => a - b));
  });

  it('writes an empty container as just the mimetype entry', () => {
    const result = readContainer(writeContainer([], MIMETYPE), MIMETYPE);
    expect(result).toEqual({ ok: true, entries: new Map(), order: [] });
  });

  it.each([
    ['../escape.json'],
    ['/absolute.json'],
    ['C:/drive.json'],
    ['dir\\file.json'],
    ['dir/'],
    [''],
    ['a/./b.json'],
    ['CON.json'],
    ['e\u0301.json'], // not NFC
    ['line\nbreak'],
    ['lone\ud800surrogate'],
  ])('refuses the unsafe name %j', (path) => {
    expect(() => writeContainer([{ path, data: new Uint8Array(1) }], MIMETYPE)).toThrow(RangeError);
  });

  it.each([
    [['mimetype']],
    [['catalog.json', 'catalog.json']],
    [['Catalog.json', 'catalog.JSON']],
    [['data', 'data/a.json']],
  ])('refuses names that land on the same file: %j', (paths) => {
    expect(() => writeContainer(paths.map((path) => ({ path, data: new Uint8Array(0) })), MIMETYPE)).toThrow(RangeError);
  });

  it('refuses a media type that is not printable ASCII', () => {
    expect(() => writeContainer([], '')).toThrow(RangeError);
    expect(() => writeContainer([], 'application/目录')).toThrow(RangeError);
  });
});
