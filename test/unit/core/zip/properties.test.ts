// Properties over generated input: whatever happens to a container's bytes, the reader returns either exactly the
// original entries or a typed, bilingual refusal, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTAINER_FAILURE_REASONS } from '../../../../core/zip/failures.ts';
import { findNameConflict, nameProblem } from '../../../../core/zip/names.ts';
import { readContainer, type ContainerResult } from '../../../../core/zip/reader.ts';
import { writeContainer, type ContainerEntry } from '../../../../core/zip/writer.ts';
import { buildZip, MIMETYPE, mimetypeEntry, type RawEntry } from './zip-builder.ts';

const text = (s: string) => new TextEncoder().encode(s);
const REASONS = new Set<string>(CONTAINER_FAILURE_REASONS);

const ORIGINAL: ContainerEntry[] = [
  { path: 'catalog.json', data: text(JSON.stringify({ resources: Array.from({ length: 30 }, (_, i) => ({ 名称: `资源${i}`, code: i })) })) },
  { path: 'report.json', data: text('{"errors":0,"warnings":3}') },
  { path: 'META-INF/manifest.json', data: text('{"files":[]}') },
  { path: 'META-INF/manifest.sig', data: Uint8Array.from({ length: 71 }, (_, i) => (i * 37) & 0xff) },
];
const VALID = writeContainer(ORIGINAL, MIMETYPE);

/** Either the original entries, unchanged, or a refusal with a known reason and a message in both languages. */
function expectOriginalOrRefusal(result: ContainerResult): void {
  if (result.ok) {
    expect(result.order).toEqual(ORIGINAL.map((e) => e.path));
    for (const e of ORIGINAL) expect(result.entries.get(e.path)).toEqual(e.data);
    return;
  }
  expect(REASONS.has(result.reason)).toBe(true);
  expect(result.message.zh.length).toBeGreaterThan(0);
  expect(result.message.en.length).toBeGreaterThan(0);
  expect(result.message.zh + result.message.en).not.toMatch(/\{\w+\}/);
}

function readSafely(bytes: Uint8Array): ContainerResult {
  try {
    return readContainer(bytes, MIMETYPE);
  } catch (error) {
    throw new Error(`readContainer threw: ${String(error)}`);
  }
}

describe('readContainer on mutated containers', () => {
  it('returns the original entries or a typed refusal when bytes are flipped anywhere', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat(VALID.length - 1), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 8 }), (flips) => {
        const bytes = VALID.slice();
        for (const { at, xor } of flips) bytes[at]! ^= xor;
        expectOriginalOrRefusal(readSafely(bytes));
      }),
      { numRuns: 3000 },
    );
  });

  it('does the same when a single byte is set to any value at any position (exhaustive over the headers)', () => {
    const headerEnd = 38 + MIMETYPE.length + 30 + 'catalog.json'.length; // mimetype record and the next local header
    const directoryStart = new DataView(VALID.buffer).getUint32(VALID.length - 6, true);
    const positions = [...Array.from({ length: headerEnd }, (_, i) => i), ...Array.from({ length: VALID.length - directoryStart }, (_, i) => directoryStart + i)];
    for (const at of positions) {
      for (const value of [0x00, 0x2f, 0xff, VALID[at]! ^ 0x01]) {
        const bytes = VALID.slice();
        bytes[at] = value;
        expectOriginalOrRefusal(readSafely(bytes));
      }
    }
  });

  it('refuses, never throwing, when bytes are inserted or removed anywhere', () => {
    fc.assert(
      fc.property(fc.nat(VALID.length), fc.nat(40), fc.uint8Array({ maxLength: 40 }), (at, removed, inserted) => {
        const bytes = new Uint8Array([...VALID.subarray(0, at), ...inserted, ...VALID.subarray(Math.min(at + removed, VALID.length))]);
        const result = readSafely(bytes);
        if (removed === 0 && inserted.length === 0) expect(result.ok).toBe(true);
        else expectOriginalOrRefusal(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses random bytes, with or without a plausible end record', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (noise, withEnd) => {
        const bytes = withEnd ? new Uint8Array([...noise, ...VALID.subarray(VALID.length - 22)]) : noise;
        expect(readSafely(bytes).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('readContainer on generated structures', () => {
  const u16 = fc.oneof(fc.constantFrom(0, 0x0800, 0x0801, 0x0808, 0xffff), fc.integer({ min: 0, max: 0xffff }));
  const u32 = fc.oneof(fc.constantFrom(0, 1, 0x7fffffff, 0xffffffff), fc.integer({ min: 0, max: 0xffffffff }));
  const rawEntry: fc.Arbitrary<RawEntry> = fc.record(
    {
      name: fc.oneof(fc.constantFrom('a.json', 'A.JSON', '../x', 'mimetype', 'dir/', 'a/b'), fc.string({ maxLength: 12 }), fc.uint8Array({ maxLength: 12 })),
      content: fc.uint8Array({ maxLength: 64 }),
      method: fc.constantFrom(0, 8, 8, 12),
      body: fc.uint8Array({ maxLength: 64 }),
      flags: u16,
      crc: u32,
      compressedSize: u32,
      uncompressedSize: u32,
      madeBy: fc.constantFrom(20, 0x0314, 0x1314),
      externalAttributes: u32,
      local: fc.record({ flags: u16, method: fc.constantFrom(0, 8), compressedSize: u32, uncompressedSize: u32, crc: u32 }, { requiredKeys: [] }),
      gapBefore: fc.uint8Array({ maxLength: 8 }),
      listed: fc.boolean(),
      offset: u32,
    },
    { requiredKeys: ['name'] },
  );

  it('never throws on arbitrary field values, and returns a typed result', () => {
    fc.assert(
      fc.property(fc.array(rawEntry, { maxLength: 5 }), fc.boolean(), (entries, withMimetype) => {
        const zip = buildZip({ entries: withMimetype ? [mimetypeEntry(), ...entries] : entries });
        const result = readSafely(zip);
        if (!result.ok) expect(REASONS.has(result.reason)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('writeContainer then readContainer', () => {
  const segment = fc.stringMatching(/^[a-z0-9\u4e00-\u4e0f][a-z0-9_\u4e00-\u4e0f.-]{0,10}[a-z0-9]$/);
  const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
  const entries = fc
    .uniqueArray(fc.record({ path, data: fc.uint8Array({ maxLength: 2000 }) }), { selector: (e) => e.path.toLowerCase(), maxLength: 8 })
    .filter((list) => list.every((e) => nameProblem(e.path) === undefined) && findNameConflict(['mimetype', ...list.map((e) => e.path)]) === undefined);

  it('round-trips any set of safe entries, and writes the same bytes twice', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const zip = writeContainer(list, MIMETYPE);
        expect(writeContainer(list, MIMETYPE)).toEqual(zip);
        const result = readContainer(zip, MIMETYPE);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.order).toEqual(list.map((e) => e.path));
        for (const e of list) expect(result.entries.get(e.path)).toEqual(e.data);
      }),
      { numRuns: 300 },
    );
  });
});
