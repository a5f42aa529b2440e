// Hostile containers, each built by hand to break exactly one rule. Every one must be refused with its own
// reason (and never throw); the reader's order of checks decides which reason a file breaking several rules gets.
import { describe, expect, it } from 'vitest';
import { concatBytes } from '@noble/hashes/utils.js';
import type { ArchiveLimits } from '../../../../core/zip/archive-limits.ts';
import { CONTAINER_FAILURE_REASONS, type ContainerFailureReason } from '../../../../core/zip/failures.ts';
import { readContainer } from '../../../../core/zip/reader.ts';
import { writeContainer } from '../../../../core/zip/writer.ts';
import { buildZip, CATALOG_TEXT, deflate, localRecord, MIMETYPE, mimetypeEntry, validEntries, type RawEntry, type RawZip } from './zip-builder.ts';

const text = (s: string) => new TextEncoder().encode(s);
const UNIX = 0x0314; // version 2.0 made by host 3 (Unix)
const mode = (m: number) => (m << 16) >>> 0;

/** The valid container with one extra entry appended. */
const withEntry = (entry: RawEntry): RawZip => ({ entries: [...validEntries(), entry] });
/** The valid container with the catalog entry changed. */
const withCatalog = (catalog: Partial<RawEntry>): RawZip => ({ entries: validEntries({ catalog }) });

interface Case {
  title: string;
  zip: () => Uint8Array;
  reason: ContainerFailureReason;
  entry?: string;
  limits?: Partial<ArchiveLimits>;
}
const zipOf = (spec: RawZip) => () => buildZip(spec);

/** An overlapping entry: B's directory record points inside A's stored data, where a complete local header of B sits. */
function overlapping(): Uint8Array {
  const inner: RawEntry = { name: 'b.json', content: '{"inner":true}' };
  const innerRecord = localRecord(inner);
  const mimetypeLength = localRecord(mimetypeEntry()).length;
  const outerName = 'a.bin';
  return buildZip({
    entries: [
      mimetypeEntry(),
      { name: outerName, content: innerRecord, method: 0 },
      { ...inner, written: false, offset: mimetypeLength + 30 + outerName.length },
    ],
  });
}

const CASES: Case[] = [
  // the file as a whole
  { title: 'an empty file', zip: () => new Uint8Array(0), reason: 'notZip' },
  { title: 'a PNG file', zip: () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Uint8Array(40)]), reason: 'notZip' },
  { title: 'an .xlsx workbook', zip: zipOf({ entries: [{ name: '[Content_Types].xml', content: '<Types/>' }, { name: 'xl/workbook.xml', content: '<workbook/>' }] }), reason: 'workbookNotPackage' },
  { title: 'an archive comment', zip: zipOf({ entries: validEntries(), comment: text('hello') }), reason: 'unsupportedFeature' },
  { title: 'an end record claiming a comment past the end of the file', zip: zipOf({ entries: validEntries(), end: { commentLength: 10 } }), reason: 'malformedDirectory' },
  { title: 'bytes appended after the end record', zip: zipOf({ entries: validEntries(), after: text('appended') }), reason: 'unaccountedBytes' },
  { title: 'a second ZIP appended', zip: () => concatBytes(buildZip({ entries: validEntries() }), buildZip({ entries: validEntries() })), reason: 'unaccountedBytes' },
  { title: 'a ZIP64 locator', zip: zipOf({ entries: validEntries(), zip64Locator: true }), reason: 'zip64Unsupported' },
  { title: 'ZIP64 markers in the end record', zip: zipOf({ entries: validEntries(), end: { size: 0xffffffff } }), reason: 'zip64Unsupported' },
  { title: 'a ZIP64 marker in an entry', zip: zipOf(withCatalog({ compressedSize: 0xffffffff, local: { compressedSize: 0xffffffff } })), reason: 'zip64Unsupported', entry: 'catalog.json' },
  { title: 'a spanned archive', zip: zipOf({ entries: validEntries(), end: { disk: 1, directoryDisk: 1 } }), reason: 'unsupportedFeature' },
  { title: 'disagreeing entry counts in the end record', zip: zipOf({ entries: validEntries(), end: { diskEntries: 2 } }), reason: 'unsupportedFeature' },
  { title: 'an end record counting more entries than the directory holds', zip: zipOf({ entries: validEntries(), end: { diskEntries: 4, totalEntries: 4 } }), reason: 'malformedDirectory' },
  { title: 'an end record counting fewer entries than the directory holds', zip: zipOf({ entries: validEntries(), end: { diskEntries: 2, totalEntries: 2 } }), reason: 'malformedDirectory' },
  { title: 'a directory offset past the end record', zip: zipOf({ entries: validEntries(), end: { offset: 1_000_000 } }), reason: 'malformedDirectory' },
  { title: 'a directory offset pointing at an entry', zip: zipOf({ entries: validEntries(), end: { offset: 0, size: 0 } }), reason: 'unaccountedBytes' },
  { title: 'bytes prepended without moving the offsets', zip: () => concatBytes(text('MZ stub'), buildZip({ entries: validEntries() })), reason: 'unaccountedBytes' },
  { title: 'bytes prepended with the offsets moved (a self-extractor stub)', zip: zipOf({ entries: validEntries(), before: text('MZ stub') }), reason: 'unaccountedBytes' },
  { title: 'too many entries for the limit', zip: zipOf({ entries: validEntries() }), reason: 'tooManyEntries', limits: { maxEntries: 2 } },

  // names
  { title: 'a ".." name', zip: zipOf(withEntry({ name: '../x' })), reason: 'pathTraversal', entry: '../x' },
  { title: 'a name climbing out from a folder', zip: zipOf(withEntry({ name: 'a/../../b' })), reason: 'pathTraversal' },
  { title: 'an absolute name', zip: zipOf(withEntry({ name: '/etc/cron.d/x' })), reason: 'absolutePath', entry: '/etc/cron.d/x' },
  { title: 'a drive letter', zip: zipOf(withEntry({ name: 'C:/Windows/x.dll' })), reason: 'driveLetter' },
  { title: 'a drive-relative name', zip: zipOf(withEntry({ name: 'c:x' })), reason: 'driveLetter' },
  { title: 'a backslash', zip: zipOf(withEntry({ name: 'ok\\..\\..\\win.txt' })), reason: 'backslash' },
  { title: 'a NUL in a name', zip: zipOf(withEntry({ name: 'catalog.json\u0000.txt' })), reason: 'controlCharacter' },
  { title: 'a direction override in a name', zip: zipOf(withEntry({ name: 'report\u202ejson.exe' })), reason: 'controlCharacter' },
  { title: 'an empty name', zip: zipOf(withEntry({ name: '' })), reason: 'emptyName' },
  { title: 'a Windows device name', zip: zipOf(withEntry({ name: 'data/NUL.json' })), reason: 'unportableName' },
  { title: 'a "./" segment', zip: zipOf(withEntry({ name: 'a/./b.json' })), reason: 'unportableName' },
  { title: 'a trailing dot', zip: zipOf(withEntry({ name: 'catalog.json.' })), reason: 'unportableName' },
  { title: 'an NTFS stream name', zip: zipOf(withEntry({ name: 'catalog.json:hidden' })), reason: 'unportableName' },
  { title: 'a name not in NFC', zip: zipOf(withEntry({ name: 'cafe\u0301.json' })), reason: 'unportableName' },
  { title: 'invalid UTF-8', zip: zipOf(withEntry({ name: Uint8Array.from([0x61, 0xff, 0x62]) })), reason: 'invalidUtf8Name', entry: 'a\ufffdb' },
  { title: 'an overlong UTF-8 "/"', zip: zipOf(withEntry({ name: Uint8Array.from([0x2e, 0x2e, 0xc0, 0xaf, 0x78]) })), reason: 'invalidUtf8Name' },
  { title: 'a UTF-8 encoded surrogate', zip: zipOf(withEntry({ name: Uint8Array.from([0xed, 0xa0, 0x80]) })), reason: 'invalidUtf8Name' },
  { title: 'a GBK name without the UTF-8 flag', zip: zipOf(withEntry({ name: Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4]), flags: 0 })), reason: 'invalidUtf8Name' },
  { title: 'a UTF-8 name without the UTF-8 flag', zip: zipOf(withEntry({ name: '目录.json', flags: 0 })), reason: 'invalidUtf8Name' },
  { title: 'a folder entry', zip: zipOf(withEntry({ name: 'data/' })), reason: 'directoryEntry' },
  { title: 'a duplicate name', zip: zipOf(withEntry({ name: 'catalog.json', content: '{"other":1}' })), reason: 'duplicateName', entry: 'catalog.json' },
  { title: 'a duplicate differing in case', zip: zipOf(withEntry({ name: 'META-INF/Manifest.JSON' })), reason: 'duplicateName', entry: 'META-INF/Manifest.JSON' },
  { title: 'a duplicate differing in Unicode case', zip: zipOf({ entries: [...validEntries(), { name: 'Σ.json' }, { name: 'ς.json' }] }), reason: 'duplicateName' },
  { title: 'a second mimetype', zip: zipOf(withEntry({ name: 'MIMETYPE', content: MIMETYPE, method: 0 })), reason: 'duplicateName' },
  { title: 'a file used as a folder', zip: zipOf(withEntry({ name: 'catalog.json/x' })), reason: 'pathConflict' },

  // kinds of entry
  { title: 'a symlink from a Unix host', zip: zipOf(withEntry({ name: 'link', content: '/etc/passwd', method: 0, madeBy: UNIX, externalAttributes: mode(0o120777) })), reason: 'symlink', entry: 'link' },
  { title: 'a symlink mode claiming an MS-DOS host', zip: zipOf(withEntry({ name: 'link', content: '../..', method: 0, externalAttributes: mode(0o120777) })), reason: 'symlink' },
  { title: 'a Unix folder mode on a file name', zip: zipOf(withEntry({ name: 'dir', madeBy: UNIX, externalAttributes: mode(0o040755) })), reason: 'directoryEntry' },
  { title: 'the MS-DOS folder attribute', zip: zipOf(withEntry({ name: 'dir', externalAttributes: 0x10 })), reason: 'directoryEntry' },
  { title: 'a named pipe', zip: zipOf(withEntry({ name: 'fifo', madeBy: UNIX, externalAttributes: mode(0o010644) })), reason: 'specialFile' },
  { title: 'a block device', zip: zipOf(withEntry({ name: 'sda', madeBy: UNIX, externalAttributes: mode(0o060660) })), reason: 'specialFile' },
  { title: 'an encrypted entry', zip: zipOf(withCatalog({ flags: 0x0801 })), reason: 'encrypted', entry: 'catalog.json' },
  { title: 'strong encryption', zip: zipOf(withCatalog({ flags: 0x0841 })), reason: 'encrypted' },
  { title: 'masked local headers', zip: zipOf(withCatalog({ flags: 0x2800 })), reason: 'encrypted' },
  { title: 'a data descriptor', zip: zipOf(withCatalog({ flags: 0x0808 })), reason: 'unsupportedFeature', entry: 'catalog.json' },
  { title: 'an unknown flag', zip: zipOf(withCatalog({ flags: 0x0810 })), reason: 'unsupportedFeature' },
  { title: 'an extra field (such as a Unicode path field naming another file)', zip: zipOf(withCatalog({ extra: Uint8Array.from([0x75, 0x70, 0x05, 0x00, 0x01, 0, 0, 0, 0]) })), reason: 'unsupportedFeature' },
  { title: 'an extra field in the local header only', zip: zipOf(withCatalog({ local: { extra: Uint8Array.from([0x55, 0x54, 0x01, 0x00, 0x00]) } })), reason: 'unsupportedFeature' },
  { title: 'an extra field on mimetype', zip: zipOf({ entries: [{ ...mimetypeEntry(), extra: Uint8Array.from([0xfe, 0xca, 0, 0]) }, ...validEntries().slice(1)] }), reason: 'unsupportedFeature', entry: 'mimetype' },
  { title: 'an entry comment', zip: zipOf(withCatalog({ comment: text('note') })), reason: 'unsupportedFeature' },
  { title: 'bzip2 compression', zip: zipOf(withCatalog({ method: 12, body: text('BZh9') })), reason: 'unsupportedMethod', entry: 'catalog.json' },
  { title: 'WinZip AES', zip: zipOf(withCatalog({ method: 99 })), reason: 'unsupportedMethod' },

  // local headers
  { title: 'no local header where the directory points', zip: zipOf(withCatalog({ local: { signature: 0x12345678 } })), reason: 'localHeaderMismatch', entry: 'catalog.json' },
  { title: 'a local name differing from the directory', zip: zipOf(withCatalog({ local: { name: 'catalog.jsoN' } })), reason: 'localHeaderMismatch' },
  { title: 'a local name of another length', zip: zipOf(withCatalog({ local: { name: 'x.json' } })), reason: 'localHeaderMismatch' },
  { title: 'local flags differing (encryption only in the local header)', zip: zipOf(withCatalog({ local: { flags: 0x0801 } })), reason: 'localHeaderMismatch' },
  { title: 'a local method differing', zip: zipOf(withCatalog({ local: { method: 0 } })), reason: 'localHeaderMismatch' },
  { title: 'a local CRC differing', zip: zipOf(withCatalog({ local: { crc: 1 } })), reason: 'localHeaderMismatch' },
  { title: 'a local compressed size differing', zip: zipOf(withCatalog({ local: { compressedSize: 3 } })), reason: 'localHeaderMismatch' },
  { title: 'a local uncompressed size differing', zip: zipOf(withCatalog({ local: { uncompressedSize: 3 } })), reason: 'localHeaderMismatch' },
  { title: 'a local header offset inside the directory', zip: () => { const z = buildZip({ entries: validEntries() }); return buildZip({ entries: validEntries({ catalog: { offset: z.length - 100 } }) }); }, reason: 'entryOutOfBounds', entry: 'catalog.json' },
  { title: 'a compressed size reaching into the directory', zip: zipOf(withCatalog({ compressedSize: 5000, local: { compressedSize: 5000 } })), reason: 'entryOutOfBounds' },

  // declared sizes
  { title: 'a declared size over the entry cap', zip: zipOf(withCatalog({ uncompressedSize: 2000, local: { uncompressedSize: 2000 } })), reason: 'entryTooLarge', entry: 'catalog.json', limits: { maxEntryBytes: 1999 } },
  { title: 'declared sizes adding up over the total cap', zip: zipOf({ entries: validEntries() }), reason: 'totalTooLarge', entry: 'META-INF/manifest.json', limits: { maxTotalBytes: MIMETYPE.length + text(CATALOG_TEXT).length } },
  { title: 'an implausible compression ratio', zip: zipOf(withCatalog({ content: new Uint8Array(100_000) })), reason: 'compressionRatio', entry: 'catalog.json', limits: { ratioExemptBytes: 1000 } },
  { title: 'data declared with no compressed bytes at all', zip: zipOf(withCatalog({ body: new Uint8Array(0), content: new Uint8Array(5000) })), reason: 'compressionRatio', limits: { ratioExemptBytes: 1000 } },

  // layout
  { title: 'a hidden entry between two listed ones', zip: zipOf({ entries: [mimetypeEntry(), { name: 'META-INF/manifest.json', content: '{"version":1}', listed: false }, ...validEntries().slice(1)] }), reason: 'unaccountedBytes' },
  { title: 'a hidden entry after the last listed one', zip: zipOf({ entries: [...validEntries(), { name: 'old-manifest.json', listed: false }] }), reason: 'unaccountedBytes' },
  { title: 'garbage between two entries', zip: zipOf(withCatalog({ gapBefore: text('garbage') })), reason: 'unaccountedBytes' },
  { title: 'garbage before the central directory', zip: zipOf({ entries: validEntries(), beforeDirectory: new Uint8Array(16) }), reason: 'unaccountedBytes' },
  { title: 'an entry overlapping another', zip: overlapping, reason: 'overlappingEntries', entry: 'b.json' },
  { title: 'two records for the same local header', zip: () => buildZip({ entries: [mimetypeEntry(), { name: 'a.json', content: 'x' }, { name: 'a.json', written: false, offset: localRecord(mimetypeEntry()).length }] }), reason: 'duplicateName' },
  { title: 'a directory listing entries out of their order in the file', zip: zipOf({ entries: validEntries(), directoryOrder: [0, 2, 1] }), reason: 'directoryOrder', entry: 'META-INF/manifest.json' },

  // content
  { title: 'a CRC mismatch', zip: zipOf(withCatalog({ crc: 0xdeadbeef })), reason: 'crcMismatch', entry: 'catalog.json' },
  { title: 'a CRC mismatch in the mimetype entry', zip: zipOf({ entries: [{ ...mimetypeEntry(), crc: 7 }, ...validEntries().slice(1)] }), reason: 'crcMismatch', entry: 'mimetype' },
  { title: 'a stored entry whose data is longer than its declared size', zip: zipOf(withCatalog({ method: 0, uncompressedSize: 10 })), reason: 'sizeMismatch' },
  { title: 'a declared size smaller than the real one', zip: zipOf(withCatalog({ uncompressedSize: 100 })), reason: 'sizeMismatch', entry: 'catalog.json' },
  { title: 'a declared size larger than the real one', zip: zipOf(withCatalog({ uncompressedSize: CATALOG_TEXT.length + 100 })), reason: 'sizeMismatch' },
  { title: 'deflate data that is not deflate', zip: zipOf(withCatalog({ body: Uint8Array.from([0xff, 0xff, 0xff, 0xff]) })), reason: 'corruptData', entry: 'catalog.json' },
  { title: 'a deflate stream cut short', zip: zipOf(withCatalog({ body: deflate(text(CATALOG_TEXT)).subarray(0, 40) })), reason: 'corruptData' },
  { title: 'an empty deflate stream', zip: zipOf(withCatalog({ content: '', body: new Uint8Array(0) })), reason: 'corruptData' },
];

describe('readContainer refuses hostile containers', () => {
  it.each(CASES)('$title → $reason', ({ zip, reason, entry, limits }) => {
    const result = readContainer(zip(), MIMETYPE, limits);
    expect(result.ok ? 'ok' : result.reason).toBe(reason);
    if (entry !== undefined) expect(result.ok || result.entry).toBe(entry);
  });

  it('covers every failure reason with at least one hostile case', () => {
    const covered = new Set([...CASES.map((c) => c.reason), 'fileTooLarge', 'mimetypeNotFirst', 'mimetypeNotStored', 'mimetypeMismatch', 'tooManyEntries']);
    expect(CONTAINER_FAILURE_REASONS.filter((r) => !covered.has(r))).toEqual([]);
  });

  it('fails cleanly, never throwing, when the file is cut at any position', () => {
    const zip = writeContainer(
      [
        { path: 'catalog.json', data: text(CATALOG_TEXT) },
        { path: 'META-INF/manifest.json', data: text('{}') },
        { path: 'META-INF/manifest.sig', data: new Uint8Array(71).fill(7) },
      ],
      MIMETYPE,
    );
    const reasons = new Set<string>();
    for (let cut = 0; cut < zip.length; cut++) {
      const result = readContainer(zip.subarray(0, cut), MIMETYPE);
      expect(result.ok, `cut at ${cut}`).toBe(false);
      if (!result.ok) reasons.add(result.reason);
    }
    expect([...reasons].sort()).toEqual(['notZip']);
  });

  it('fails cleanly when the end record is kept but the middle of the file is cut out', () => {
    const zip = buildZip({ entries: validEntries() });
    for (let from = 0; from < zip.length - 22; from += 7) {
      for (const length of [1, 13, 64]) {
        const cut = concatBytes(zip.subarray(0, from), zip.subarray(Math.min(from + length, zip.length - 22)));
        const result = readContainer(cut, MIMETYPE);
        expect(result.ok, `cut ${length} at ${from}`).toBe(false);
      }
    }
  });
});
