// Zip bombs. fflate's Inflate is wrapped to count every stream opened, every byte it produces and every compressed
// byte pushed into it, to prove that honest bombs are refused on their declared numbers without inflating anything,
// and that a bomb lying about its size is stopped after one inflate step, long before the bytes it really holds. The
// proofs count work, not time: a loaded machine makes wall-clock limits fail for reasons of its own.
import { randomBytes } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INFLATE_STEP_BYTES, MAX_IDLE_BYTES } from '../../../../core/zip/inflate.ts';
import { readContainer } from '../../../../core/zip/reader.ts';
import { buildZip, crcOfZeros, deflatedZeros, MIMETYPE, mimetypeEntry, sameBytes, validEntries } from './zip-builder.ts';

const inflated = vi.hoisted(() => ({ streams: 0, bytes: 0, pushed: 0 }));

vi.mock('fflate', async (importOriginal) => {
  const real = await importOriginal<typeof import('fflate')>();
  class CountingInflate extends real.Inflate {
    constructor(handler: (data: Uint8Array, final: boolean) => void) {
      super((data, final) => {
        inflated.bytes += data.length;
        handler(data, final);
      });
      inflated.streams++;
    }
    override push(chunk: Uint8Array, final?: boolean) {
      inflated.pushed += chunk.length;
      super.push(chunk, final);
    }
  }
  return { ...real, Inflate: CountingInflate };
});

const MiB = 1024 * 1024;
const GiB = 1024 * MiB;

beforeEach(() => {
  inflated.streams = 0;
  inflated.bytes = 0;
  inflated.pushed = 0;
});

function read(zip: Uint8Array, limits = {}) {
  return readContainer(zip, MIMETYPE, limits);
}

describe('deflatedZeros (the bomb material)', () => {
  it('really is a deflate stream of that many zeros', () => {
    const out = inflateRawSync(deflatedZeros(4 * MiB));
    expect(out.length).toBe(4 * MiB);
    expect(out.every((b) => b === 0)).toBe(true);
  });
});

describe('zip bombs', () => {
  const bomb = deflatedZeros(GiB); // about 1 MB holding 1 GiB
  const honest = buildZip({
    entries: [mimetypeEntry(), { name: 'catalog.json', body: bomb, uncompressedSize: GiB, crc: crcOfZeros(GiB) }],
  });

  it('refuses an honest 1 GiB bomb on its declared size, inflating nothing', () => {
    const result = read(honest);
    expect(result).toMatchObject({ ok: false, reason: 'entryTooLarge', entry: 'catalog.json' });
    expect(inflated).toEqual({ streams: 0, bytes: 0, pushed: 0 });
  });

  it('refuses the same bomb on its compression ratio when the size caps would allow it, inflating nothing', () => {
    const result = read(honest, { maxEntryBytes: 2 * GiB, maxTotalBytes: 2 * GiB });
    expect(result).toMatchObject({ ok: false, reason: 'compressionRatio', entry: 'catalog.json' });
    expect(!result.ok && result.message.en).toMatch(/\(\d+:1; the limit is 200:1\)/);
    expect(inflated).toEqual({ streams: 0, bytes: 0, pushed: 0 });
  });

  it('refuses many modest entries whose declared sizes add up past the total cap, inflating nothing', () => {
    const piece = deflatedZeros(100 * MiB);
    const entries = [mimetypeEntry(), ...Array.from({ length: 6 }, (_, i) => ({ name: `part${i}.json`, body: piece, uncompressedSize: 100 * MiB, crc: crcOfZeros(100 * MiB) }))];
    const result = read(buildZip({ entries }), { maxCompressionRatio: 10_000 });
    expect(result).toMatchObject({ ok: false, reason: 'totalTooLarge', entry: 'part5.json' });
    expect(inflated).toEqual({ streams: 0, bytes: 0, pushed: 0 });
  });

  it('stops a lying bomb (1 GiB of zeros declared as 1,000 bytes) after one inflate step', () => {
    const lying = buildZip({ entries: [mimetypeEntry(), { name: 'catalog.json', body: bomb, uncompressedSize: 1000, crc: 0 }] });
    const result = read(lying);
    expect(result).toMatchObject({ ok: false, reason: 'sizeMismatch', entry: 'catalog.json' });
    expect(inflated.streams).toBe(1);
    // One step of compressed input can expand at most ~1032-fold; that bounds the work, not the 1 GiB inside.
    expect(inflated.bytes).toBeLessThanOrEqual(1032 * INFLATE_STEP_BYTES + 256 * 1024);
    expect(inflated.pushed).toBeLessThanOrEqual(INFLATE_STEP_BYTES);
  });

  it('stops a lying bomb hidden behind a valid entry, having inflated the valid one only', () => {
    const entries = [...validEntries(), { name: 'data/zeros.bin', body: deflatedZeros(256 * MiB), uncompressedSize: 10 * MiB, crc: crcOfZeros(10 * MiB) }];
    const result = read(buildZip({ entries }));
    expect(result).toMatchObject({ ok: false, reason: 'sizeMismatch', entry: 'data/zeros.bin' });
    expect(inflated.bytes).toBeLessThanOrEqual(10 * MiB + 1032 * INFLATE_STEP_BYTES + 256 * 1024);
  });

  it('refuses megabytes of junk after a short deflate stream having fed only a few steps of it to the inflater', () => {
    const content = new TextEncoder().encode('{"resources":[]}');
    const body = new Uint8Array(60 * MiB);
    body.set(deflateRawSync(content));
    const zip = buildZip({ entries: [mimetypeEntry(), { name: 'catalog.json', content, body }] });
    const result = read(zip);
    expect(result).toMatchObject({ ok: false, reason: 'corruptData', entry: 'catalog.json' });
    // Of the 60 MiB of junk, at most the idle allowance and one more step are fed to the inflater before it stops.
    expect(inflated.pushed).toBeLessThanOrEqual(MAX_IDLE_BYTES + 2 * INFLATE_STEP_BYTES);
  });

  it('ignores a few bytes after the end of a deflate stream, as every inflater does', () => {
    const content = new TextEncoder().encode('{"resources":[]}');
    const body = new Uint8Array([...deflateRawSync(content), ...new Uint8Array(100)]);
    const result = readContainer(buildZip({ entries: [mimetypeEntry(), { name: 'catalog.json', content, body }] }), MIMETYPE);
    expect(result.ok && result.entries.get('catalog.json')).toEqual(content);
  });

  it('reads stored-block deflate streams (incompressible data, level 0) whose blocks span several steps', () => {
    const content = new Uint8Array(randomBytes(1 << 20));
    const body = new Uint8Array(deflateRawSync(content, { level: 0 }));
    const result = readContainer(buildZip({ entries: [mimetypeEntry(), { name: 'workbook.xlsx', content, body }] }), MIMETYPE);
    expect(result.ok && sameBytes(result.entries.get('workbook.xlsx'), content)).toBe(true);
  });

  it('inflates nothing when a later entry breaks any rule checked on declared data', () => {
    const entries = [...validEntries(), { name: '../escape', content: 'x' }];
    expect(read(buildZip({ entries }))).toMatchObject({ ok: false, reason: 'pathTraversal' });
    expect(inflated).toEqual({ streams: 0, bytes: 0, pushed: 0 });
  });
});
