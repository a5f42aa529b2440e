import { describe, expect, it } from 'vitest';
import { DEFAULT_PACKAGE_LIMITS } from '../../../../core/zip/archive-limits.ts';
import { CONTAINER_FAILURE_REASONS } from '../../../../core/zip/failures.ts';
import { readContainer, type ContainerResult } from '../../../../core/zip/reader.ts';
import { writeContainer } from '../../../../core/zip/writer.ts';
import { buildZip, CATALOG_TEXT, MANIFEST_TEXT, MIMETYPE, mimetypeEntry, validEntries } from './zip-builder.ts';

const text = (s: string) => new TextEncoder().encode(s);
const reasonOf = (result: ContainerResult) => (result.ok ? 'ok' : result.reason);

describe('readContainer on valid containers', () => {
  it('reads what the test builder writes (deflated by node:zlib, not fflate)', () => {
    const result = readContainer(buildZip({ entries: validEntries() }), MIMETYPE);
    expect(result).toEqual({
      ok: true,
      entries: new Map([
        ['catalog.json', text(CATALOG_TEXT)],
        ['META-INF/manifest.json', text(MANIFEST_TEXT)],
      ]),
      order: ['catalog.json', 'META-INF/manifest.json'],
    });
  });

  it('reads stored entries and entries from a Unix host with regular-file modes', () => {
    const zip = buildZip({
      entries: [
        mimetypeEntry(),
        { name: 'stored.txt', content: 'kept as is', method: 0, madeBy: 0x0314, externalAttributes: (0o100644 << 16) >>> 0 },
        { name: 'deflated.txt', content: 'x'.repeat(1000), flags: 0x0802 }, // deflate option bits are harmless
      ],
    });
    const result = readContainer(zip, MIMETYPE);
    expect(result.ok && [...result.entries.keys()]).toEqual(['stored.txt', 'deflated.txt']);
  });

  it('reads a file given as a view into a larger buffer, and returns copies that do not follow later changes', () => {
    const zip = writeContainer([{ path: 'a.txt', data: text('hello') }], MIMETYPE);
    const backing = new Uint8Array(zip.length + 20);
    backing.set(zip, 10);
    const view = backing.subarray(10, 10 + zip.length);
    const result = readContainer(view, MIMETYPE);
    if (!result.ok) throw new Error(result.reason);
    backing.fill(0);
    expect(result.entries.get('a.txt')).toEqual(text('hello'));
  });

  it('accepts a container that uses all of its limits exactly', () => {
    const zip = writeContainer([{ path: 'a.bin', data: new Uint8Array(1000) }], MIMETYPE);
    const result = readContainer(zip, MIMETYPE, {
      maxFileBytes: zip.length,
      maxEntries: 2,
      maxEntryBytes: 1000,
      maxTotalBytes: 1000 + MIMETYPE.length,
      maxCompressionRatio: 1000,
      ratioExemptBytes: 0,
    });
    expect(reasonOf(result)).toBe('ok');
  });
});

describe('readContainer: the mimetype entry', () => {
  it('must be first', () => {
    const [mimetype, catalog, manifest] = validEntries();
    const result = readContainer(buildZip({ entries: [catalog!, mimetype!, manifest!] }), MIMETYPE);
    expect(result).toMatchObject({ ok: false, reason: 'mimetypeNotFirst', entry: 'catalog.json' });
  });

  it('must exist', () => {
    expect(reasonOf(readContainer(buildZip({ entries: validEntries().slice(1) }), MIMETYPE))).toBe('mimetypeNotFirst');
    expect(reasonOf(readContainer(buildZip({ entries: [] }), MIMETYPE))).toBe('mimetypeNotFirst');
  });

  it('must be stored', () => {
    const entries = validEntries();
    entries[0] = { ...mimetypeEntry(), method: 8 };
    expect(reasonOf(readContainer(buildZip({ entries }), MIMETYPE))).toBe('mimetypeNotStored');
  });

  it.each([
    ['another media type', 'application/vnd.etsi.asic-e+zip'],
    ['a trailing newline', `${MIMETYPE}\n`],
    ['a prefix only', MIMETYPE.slice(0, -1)],
    ['nothing', ''],
  ])('must hold exactly the expected media type, not %s', (_, content) => {
    const entries = validEntries();
    entries[0] = mimetypeEntry(content);
    expect(reasonOf(readContainer(buildZip({ entries }), MIMETYPE))).toBe('mimetypeMismatch');
  });

  it('is checked against the media type the caller expects', () => {
    const zip = writeContainer([], 'application/vnd.mulu.receipt+zip');
    expect(reasonOf(readContainer(zip, 'application/vnd.mulu.receipt+zip'))).toBe('ok');
    const result = readContainer(zip, MIMETYPE);
    expect(result).toMatchObject({ ok: false, reason: 'mimetypeMismatch', entry: 'mimetype' });
    expect(!result.ok && result.message.en).toContain('application/vnd.mulu.receipt+zip');
  });

  it('must not be named with a byte-order mark in front', () => {
    const entries = validEntries();
    entries[0] = { ...mimetypeEntry(), name: '\ufeffmimetype' };
    expect(reasonOf(readContainer(buildZip({ entries }), MIMETYPE))).toBe('mimetypeNotFirst');
  });
});

describe('readContainer: limits and messages', () => {
  it('uses the documented defaults', () => {
    expect(DEFAULT_PACKAGE_LIMITS).toEqual({
      maxFileBytes: 64 * 2 ** 20,
      maxEntries: 10_000,
      maxEntryBytes: 256 * 2 ** 20,
      maxTotalBytes: 512 * 2 ** 20,
      maxCompressionRatio: 200,
      ratioExemptBytes: 2 ** 20,
    });
  });

  it('throws RangeError for a nonsensical limit (a programming error, not a property of the file)', () => {
    const zip = writeContainer([], MIMETYPE);
    expect(() => readContainer(zip, MIMETYPE, { maxEntries: -1 })).toThrow(RangeError);
    expect(() => readContainer(zip, MIMETYPE, { maxTotalBytes: Number.NaN })).toThrow(RangeError);
  });

  it('refuses a file over the size cap before looking inside', () => {
    const zip = writeContainer([{ path: 'a.txt', data: text('a') }], MIMETYPE);
    expect(readContainer(zip, MIMETYPE, { maxFileBytes: zip.length - 1 })).toMatchObject({ ok: false, reason: 'fileTooLarge' });
  });

  it('refuses too many entries before parsing the directory', () => {
    const zip = writeContainer([{ path: 'a', data: text('a') }, { path: 'b', data: text('b') }], MIMETYPE);
    expect(readContainer(zip, MIMETYPE, { maxEntries: 2 })).toMatchObject({ ok: false, reason: 'tooManyEntries' });
  });

  it('gives every reason a Chinese and an English message, and names the entry in both', () => {
    expect(new Set(CONTAINER_FAILURE_REASONS).size).toBe(CONTAINER_FAILURE_REASONS.length);
    const result = readContainer(buildZip({ entries: [mimetypeEntry(), { name: '../逃逸.json', content: 'x' }] }), MIMETYPE);
    expect(result).toMatchObject({ ok: false, reason: 'pathTraversal', entry: '../逃逸.json' });
    if (result.ok) return;
    expect(result.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(result.message.zh).toContain('“../逃逸.json”');
    expect(result.message.en).toContain('"../逃逸.json"');
    expect(result.message.zh + result.message.en).not.toMatch(/\{\w+\}/);
  });

  it('escapes control characters and shortens long names in what it reports', () => {
    const result = readContainer(buildZip({ entries: [mimetypeEntry(), { name: `evil\u0000${'x'.repeat(500)}`, content: 'x' }] }), MIMETYPE);
    expect(result).toMatchObject({ ok: false, reason: 'controlCharacter' });
    if (result.ok) return;
    expect(result.entry).toMatch(/^evil\\u0000x+…$/);
    expect(result.entry!.length).toBeLessThanOrEqual(121);
    expect(result.message.en).not.toContain('\u0000');
  });
});
