// The tamper suite: every way of altering a package — flipped bytes in every part, entries dropped, added, renamed,
// reordered or doubled, manifests swapped between packages, old versions replayed, the base chain broken — must fail,
// and fail with the reason that names what was done (docs/package-format.md §5.1), never merely "failed". The
// package under attack is incremental, so it has every part a package can have (changes.json included).
import { beforeAll, describe, expect, it } from 'vitest';
import type { SignatureAlgorithm } from '../../../../core/crypto/algorithms.ts';
import { generateKeyPair, type KeyPair } from '../../../../core/crypto/signature.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import type { ValidationReport } from '../../../../core/report/validation-report.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import type { ChangeEntry } from '../../../../core/package/change-list.ts';
import { parseChangeNotes } from '../../../../core/package/change-notes.ts';
import { parseManifest, type PackageManifest } from '../../../../core/package/manifest.ts';
import { packCatalog } from '../../../../core/package/pack.ts';
import { FAILURE_STEP } from '../../../../core/package/package-failures.ts';
import { CATALOG_ENTRY, CHANGES_ENTRY, MANIFEST_ENTRY, REPORT_ENTRY, SIGNATURE_ENTRY, SIGNER_ENTRY } from '../../../../core/package/package-media-type.ts';
import type { TrustStore } from '../../../../core/package/trust-store.ts';
import { verifyPackage } from '../../../../core/package/verify.ts';
import { encodeUtf8 } from '../../../../core/zip/utf8.ts';
import { buildZip, mimetypeEntry, sameBytes } from '../zip/zip-builder.ts';
import {
  AT,
  baseCatalog,
  CREATED,
  entriesOf,
  expectFailure,
  expectVerified,
  flip,
  forge,
  LIST_ENTRIES,
  manifestOf,
  nextCatalog,
  replaceEntry,
  reportFor,
  revisedCatalog,
  rezip,
  signerOf,
  storeOf,
  SUITES,
  trustedKey,
} from './package-fixtures.ts';

const NOTES = parseChangeNotes(JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { '*': { reason: '年度目录更新' } } }));
if (!NOTES.ok) throw new Error('notes');
const PAYLOAD = [SIGNER_ENTRY, CATALOG_ENTRY, CHANGES_ENTRY, ...LIST_ENTRIES, REPORT_ENTRY];

let v1: Catalog;
let v2: Catalog;
let report1: ValidationReport;
let report2: ValidationReport;

beforeAll(async () => {
  v1 = baseCatalog();
  v2 = nextCatalog(v1);
  report1 = await reportFor(v1);
  report2 = await reportFor(v2);
});

/** The byte ranges a named entry occupies in the file: its local header with data, and its central record. */
function entryRegions(pkg: Uint8Array, name: string): [number, number][] {
  const needle = encodeUtf8(name);
  const view = new DataView(pkg.buffer, pkg.byteOffset, pkg.byteLength);
  const found: number[] = [];
  for (let i = 0; i + needle.length <= pkg.length; i++) if (needle.every((b, j) => pkg[i + j] === b)) found.push(i);
  const local = found[0]! - 30;
  const central = found[1]! - 46;
  expect(view.getUint32(local, true)).toBe(0x04034b50);
  expect(view.getUint32(central, true)).toBe(0x02014b50);
  return [
    [local, local + 30 + needle.length + view.getUint32(local + 18, true)],
    [central, central + 46 + needle.length],
  ];
}

/** What a flipped manifest must fail with, decided from what the flip did to it. */
/** Where `needle` first occurs in `hay`, or -1. */
function bytesIndexOf(hay: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function expectedForManifest(original: PackageManifest, flipped: Uint8Array): string {
  const parsed = parseManifest(flipped);
  if (!parsed.ok) return 'manifestInvalid';
  if (parsed.manifest.signer.keyId !== original.signer.keyId) return 'unknownKey';
  if (parsed.manifest.department.uscc !== original.department.uscc) return 'departmentMismatch';
  return 'badSignature';
}

describe.each(SUITES)('%s: a tampered package never verifies, and says why', (suite: SignatureAlgorithm) => {
  let key: KeyPair;
  let p1: Uint8Array;
  let p2: Uint8Array;
  let trust: TrustStore;
  const pack = (catalog: Catalog, report: ValidationReport, base?: Uint8Array, signer: KeyPair = key) =>
    packCatalog({ catalog, report, signer: signerOf(signer), createdAt: CREATED, ...(base && { base: { package: base }, changeNotes: NOTES.notes }) });
  /** Verified on the base p1, or with `null` on none. */
  const check = (bytes: Uint8Array, base: Uint8Array | null = p1) => verifyPackage(bytes, { trust, at: AT, ...(base && { base }) });

  beforeAll(async () => {
    key = generateKeyPair(suite);
    trust = storeOf(await trustedKey(key, v1.department));
    p1 = await pack(v1, report1);
    p2 = await pack(v2, report2, p1);
  });

  it('the untouched package verifies on its base (the control for every case below)', async () => {
    const result = await check(p2);
    expectVerified(result);
    expect(result.chain).toBe('verified');
    expect(entriesOf(p2).order).toEqual([...PAYLOAD, MANIFEST_ENTRY, SIGNATURE_ENTRY]);
  });

  describe('flipped bytes', () => {
    it('in the file: every k-th byte and every byte of the manifest and signature entries → container, unless nothing extracted changed', async () => {
      // The reader ignores header fields that change nothing about the content (versions, times; §2.3); a flip
      // there may verify, and then every entry must be exactly what was signed.
      const original = entriesOf(p2);
      const positions = new Set<number>();
      for (let at = 0; at < p2.length; at += Math.max(1, Math.floor(p2.length / 200))) positions.add(at);
      for (const name of [MANIFEST_ENTRY, SIGNATURE_ENTRY]) for (const [from, to] of entryRegions(p2, name)) for (let at = from; at < to; at++) positions.add(at);
      let refused = 0;
      for (const at of positions) {
        const bad = flip(p2, at);
        const r = await check(bad, null);
        if (!r.ok) {
          expect(r.reason, `byte ${at}: ${r.message.en}`).toBe('container');
          refused++;
          continue;
        }
        const seen = entriesOf(bad);
        expect(seen.order).toEqual(original.order);
        for (const name of seen.order) expect(sameBytes(seen.entries.get(name), original.entries.get(name)), `byte ${at}, ${name}`).toBe(true);
      }
      expect(positions.size).toBeGreaterThan(600);
      expect(refused).toBeGreaterThan(positions.size * 0.85);
    });

    it('in manifest.json (re-zipped): manifestInvalid, unknownKey, departmentMismatch or badSignature, as the flip decides', async () => {
      const manifest = entriesOf(p2).entries.get(MANIFEST_ENTRY)!;
      const original = manifestOf(p2);
      const seen = new Set<string>();
      // About 120 bytes across the manifest, plus every byte of the signer's key id and the department's code, so
      // each outcome is met however long the manifest grows (its file list does with each new entry).
      const positions = new Set<number>();
      for (let at = 0; at < manifest.length; at += Math.max(1, Math.floor(manifest.length / 120))) positions.add(at);
      for (const value of [original.signer.keyId, original.department.uscc]) {
        const start = bytesIndexOf(manifest, new TextEncoder().encode(value));
        expect(start, value).toBeGreaterThanOrEqual(0);
        for (let at = start; at < start + value.length; at++) positions.add(at);
      }
      for (const at of [...positions].sort((a, b) => a - b)) {
        const flipped = flip(manifest, at);
        const expected = expectedForManifest(original, flipped);
        seen.add(expected);
        const r = await check(replaceEntry(p2, MANIFEST_ENTRY, () => flipped));
        expect(r.ok ? 'verified' : r.reason, `byte ${at}`).toBe(expected);
      }
      expect([...seen].sort()).toEqual(['badSignature', 'departmentMismatch', 'manifestInvalid', 'unknownKey']);
    });

    it('in manifest.sig, every byte → badSignature', async () => {
      const size = entriesOf(p2).entries.get(SIGNATURE_ENTRY)!.length;
      for (let at = 0; at < size; at++) expectFailure(await check(replaceEntry(p2, SIGNATURE_ENTRY, (d) => flip(d, at))), 'badSignature');
    });

    it.each(PAYLOAD)('in %s, every k-th byte → digestMismatch (a damaged signer.pem may first stop naming the key)', async (name) => {
      const size = entriesOf(p2).entries.get(name)!.length;
      for (let at = 0; at < size; at += Math.max(1, Math.floor(size / 30))) {
        const r = await check(replaceEntry(p2, name, (d) => flip(d, at)));
        if (name === SIGNER_ENTRY && !r.ok && r.reason === 'signerMismatch') continue;
        expectFailure(r, 'digestMismatch');
        expect(!r.ok && r.entry).toBe(name);
      }
    });
  });

  describe('entries', () => {
    it.each(PAYLOAD)('%s dropped → missingFile', async (name) => {
      const r = await check(rezip(p2, (es) => es.filter((e) => e.path !== name)));
      expectFailure(r, 'missingFile');
      expect(!r.ok && r.entry).toBe(name);
    });

    it('the manifest or the signature dropped → manifestMissing, signatureMissing; mimetype dropped → container', async () => {
      expectFailure(await check(rezip(p2, (es) => es.filter((e) => e.path !== MANIFEST_ENTRY))), 'manifestMissing');
      expectFailure(await check(rezip(p2, (es) => es.filter((e) => e.path !== SIGNATURE_ENTRY))), 'signatureMissing');
      const { entries, order } = entriesOf(p2);
      const r = await check(buildZip({ entries: order.map((name) => ({ name, content: entries.get(name)! })) }));
      expectFailure(r, 'container');
      expect(!r.ok && r.containerReason).toBe('mimetypeNotFirst');
    });

    it('an unlisted file added, anywhere → unlistedFile; a second manifest under another name too', async () => {
      const extra = { path: 'notes.txt', data: encodeUtf8('x') };
      expectFailure(await check(rezip(p2, (es) => [...es, extra])), 'unlistedFile');
      expectFailure(await check(rezip(p2, (es) => [extra, ...es])), 'unlistedFile');
      const older = entriesOf(p1).entries.get(MANIFEST_ENTRY)!;
      expectFailure(await check(rezip(p2, (es) => [...es, { path: 'META-INF/manifest.json.orig', data: older }])), 'unlistedFile');
    });

    it('renamed: a payload file → missingFile; the manifest → manifestMissing; the signature → signatureMissing', async () => {
      const rename = (from: string, to: string) => rezip(p2, (es) => es.map((e) => (e.path === from ? { ...e, path: to } : e)));
      expectFailure(await check(rename(CATALOG_ENTRY, 'catalog-v2.json')), 'missingFile');
      expectFailure(await check(rename(CHANGES_ENTRY, 'changes-v2.json')), 'missingFile');
      expectFailure(await check(rename(MANIFEST_ENTRY, 'META-INF/manifest2.json')), 'manifestMissing');
      expectFailure(await check(rename(SIGNATURE_ENTRY, 'META-INF/manifest.p7s')), 'signatureMissing');
    });

    it('reordered consistently (file and directory) → entryOrder', async () => {
      const swap = (i: number, j: number) => rezip(p2, (es) => es.map((e, k) => (k === i ? es[j]! : k === j ? es[i]! : e)));
      expectFailure(await check(swap(1, 2)), 'entryOrder');
      expectFailure(await check(swap(3, 4)), 'entryOrder'); // manifest before the last payload file
      expectFailure(await check(swap(4, 5)), 'entryOrder'); // signature before manifest
    });

    it('doubled, exactly or in another case → container duplicateName', async () => {
      const { entries, order } = entriesOf(p2);
      const raw = (extra: string) => buildZip({ entries: [mimetypeEntry(), ...order.map((name) => ({ name, content: entries.get(name)! })), { name: extra, content: entries.get(CHANGES_ENTRY)! }] });
      for (const name of [CHANGES_ENTRY, 'Changes.JSON', MANIFEST_ENTRY]) {
        const r = await check(raw(name));
        expectFailure(r, 'container');
        expect(!r.ok && r.containerReason).toBe('duplicateName');
      }
    });
  });

  describe('swapped manifests', () => {
    it('the manifest and signature of another package by the same key → the file checks notice', async () => {
      const other = await pack({ ...v2, resources: v2.resources.map((r, i) => (i === 0 ? { ...r, abstract: `${r.abstract ?? ''}。` } : r)) }, report2, p1);
      const swapped = rezip(p2, (es) => es.map((e) => (e.path === MANIFEST_ENTRY || e.path === SIGNATURE_ENTRY ? { ...e, data: entriesOf(other).entries.get(e.path)! } : e)));
      const r = await check(swapped);
      expect(!r.ok && FAILURE_STEP[r.reason]).toBe('files');
      expect(!r.ok && r.entry).toBe(CATALOG_ENTRY);
      // version 1's manifest in version 2's package: the catalog sizes differ
      const fromV1 = rezip(p2, (es) => es.map((e) => (e.path === MANIFEST_ENTRY || e.path === SIGNATURE_ENTRY ? { ...e, data: entriesOf(p1).entries.get(e.path)! } : e)));
      expectFailure(await check(fromV1, null), 'sizeMismatch');
    });

    it('only the manifest swapped, the signature kept → badSignature', async () => {
      expectFailure(await check(replaceEntry(p2, MANIFEST_ENTRY, () => entriesOf(p1).entries.get(MANIFEST_ENTRY)!)), 'badSignature');
    });
  });

  describe('replay and the base chain', () => {
    it('an old version replayed against a newer base → staleVersion', async () => {
      const v3 = revisedCatalog(v2);
      const p3 = await pack(v3, await reportFor(v3), p2);
      expectFailure(await check(p2, p3), 'staleVersion');
      expectFailure(await check(p1, p2), 'staleVersion');
      expectFailure(await check(p2, p2), 'staleVersion');
    });

    it('a package made on a version the verifier does not hold → baseVersionMismatch', async () => {
      const v3 = revisedCatalog(v2);
      const p3 = await pack(v3, await reportFor(v3), p2);
      expectFailure(await check(p3, p1), 'baseVersionMismatch');
      expectFailure(await check(await forge(p2, key, { manifest: (m) => ({ ...m, baseVersion: 0 }) })), 'baseVersionMismatch');
    });

    it('made on another package of the same version (mix-and-match), or a forged base digest → baseDigestMismatch', async () => {
      const otherV1 = await pack({ ...v1, updatedAt: '2026-11-20T00:00:00Z' }, report1);
      expectFailure(await check(p2, otherV1), 'baseDigestMismatch');
      const forged = await forge(p2, key, { manifest: (m) => ({ ...m, baseManifestDigest: m.baseManifestDigest!.replace(/.$/, (c) => (c === '0' ? '1' : '0')) }) });
      expectFailure(await check(forged), 'baseDigestMismatch');
    });

    it('a base from another department → baseDepartmentMismatch', async () => {
      const otherKey = generateKeyPair(suite);
      const other = generateCatalog({ resources: 6, seed: 12, clean: true });
      const both = storeOf(await trustedKey(key, v1.department), await trustedKey(otherKey, other.department));
      const otherPkg = await pack({ ...other, catalogVersion: 1 }, await reportFor(other), undefined, otherKey);
      expectFailure(await verifyPackage(p2, { trust: both, at: AT, base: otherPkg }), 'baseDepartmentMismatch');
    });

    it('a base that does not verify → baseInvalid, with the base’s own reason', async () => {
      const r = await check(p2, replaceEntry(p1, CATALOG_ENTRY, (d) => flip(d, 10)));
      expectFailure(r, 'baseInvalid');
      expect(!r.ok && r.base).toEqual({ reason: 'digestMismatch' });
      const truncated = await check(p2, p1.subarray(0, 100));
      expect(!truncated.ok && truncated.base?.reason).toBe('container');
    });

    const editChanges = (edit: (changes: ChangeEntry[]) => ChangeEntry[]) => forge(p2, key, { manifest: (m) => ({ ...m, changes: edit(m.changes!) }) });

    it('a forged change list (a change left out, another kind, other fields, an unchanged resource listed) → changesMismatch with the base', async () => {
      const original = manifestOf(p2).changes!;
      const unchanged = v2.resources[0]!;
      const forgeries = [
        (cs: ChangeEntry[]) => cs.slice(1),
        (cs: ChangeEntry[]) => cs.map((c) => (c.kind === 'changed' ? { ...c, fields: ['name'] } : c)),
        (cs: ChangeEntry[]) => cs.map((c) => (c.kind === 'added' ? { ...c, kind: 'changed' as const, fields: ['items'] } : c)),
        (cs: ChangeEntry[]) =>
          [...cs, { code: unchanged.code!, name: unchanged.name!, kind: 'changed' as const, fields: ['abstract'], reason: '伪造', basis: [] }].sort((a, b) => (a.code < b.code ? -1 : 1)),
      ];
      for (const edit of forgeries) {
        const forged = await editChanges(edit);
        expect(manifestOf(forged).changes).not.toEqual(original);
        expectFailure(await check(forged), 'changesMismatch');
        // without the base only the signature and the list's own consistency can be checked, and they pass
        const alone = await check(forged, null);
        expectVerified(alone);
        expect(alone.chain).toBe('notChecked');
      }
    });

    it('a change list that contradicts the catalog → changesMismatch even without the base', async () => {
      const present = v2.resources[0]!;
      const forged = await editChanges((cs) => [...cs, { code: present.code!, name: present.name!, kind: 'withdrawn' as const, reason: '伪造', basis: [] }].sort((a, b) => (a.code < b.code ? -1 : 1)));
      expectFailure(await check(forged, null), 'changesMismatch');
    });

    it('changes.json that disagrees with the signed list, or missing from it → changesMismatch even without the base', async () => {
      const edited = await forge(p2, key, { files: { [CHANGES_ENTRY]: encodeUtf8(new TextDecoder().decode(entriesOf(p2).entries.get(CHANGES_ENTRY)).replace('年度目录更新', '年度目录更改')) } });
      expectFailure(await check(edited, null), 'changesMismatch');
      expectFailure(await check(await forge(p2, key, { files: { [CHANGES_ENTRY]: null } }), null), 'changesMismatch');
    });
  });
});
