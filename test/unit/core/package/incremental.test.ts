// Incremental packages: packing on a base (verified against the signer's own key, or already verified), the
// manifest's base fields and change list, changes.json, the change notes, what packing refuses, and verification
// of the chain — with the base, without it, and the base digest recomputed by stock openssl.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SignatureAlgorithm } from '../../../../core/crypto/algorithms.ts';
import { generateKeyPair, type KeyPair } from '../../../../core/crypto/signature.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import type { ValidationReport } from '../../../../core/report/validation-report.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { CHANGE_LIST_FORMAT } from '../../../../core/package/change-list.ts';
import { parseChangeNotes, unusedNotes, type ChangeNotes } from '../../../../core/package/change-notes.ts';
import { fileDigest } from '../../../../core/package/manifest.ts';
import { packCatalog, PackError, type PackOptions } from '../../../../core/package/pack.ts';
import { CHANGES_ENTRY, MANIFEST_ENTRY, SIGNER_ENTRY } from '../../../../core/package/package-media-type.ts';
import { verifyPackage } from '../../../../core/package/verify.ts';
import { opensslOk, requireOpenSsl3 } from '../crypto/openssl.ts';
import { AT, baseCatalog, CREATED, entriesOf, expectFailure, expectVerified, LIST_ENTRIES, manifestOf, nextCatalog, replaceEntry, reportFor, signerOf, storeOf, SUITES, trustedKey } from './package-fixtures.ts';

const LAW = { title: '中华人民共和国数据安全法', article: '第三十八条', level: 'law' as const };
const NOTES_TEXT = JSON.stringify({
  format: 'mulu.change-notes',
  version: 1,
  notes: { '*': { reason: '2026 年度目录更新', basis: [LAW] } },
});

function notesFrom(text: string): ChangeNotes {
  const parsed = parseChangeNotes(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.notes;
}

async function refusal(p: Promise<unknown>): Promise<PackError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof PackError) return e;
    throw e;
  }
  throw new Error('packed');
}

let v1: Catalog;
let v2: Catalog;
let report1: ValidationReport;
let report2: ValidationReport;
const keys = {} as Record<SignatureAlgorithm, KeyPair>;

beforeAll(async () => {
  v1 = baseCatalog();
  v2 = nextCatalog(v1);
  report1 = await reportFor(v1);
  report2 = await reportFor(v2);
  for (const suite of SUITES) keys[suite] = generateKeyPair(suite);
});

const department = () => ({ name: v1.department.name, uscc: v1.department.uscc });
const pack = (suite: SignatureAlgorithm, options: Partial<PackOptions> = {}) =>
  packCatalog({ catalog: v1, report: report1, signer: signerOf(keys[suite]), createdAt: CREATED, ...options });
const packNext = (suite: SignatureAlgorithm, base: Uint8Array, options: Partial<PackOptions> = {}) =>
  pack(suite, { catalog: v2, report: report2, base: { package: base }, changeNotes: notesFrom(NOTES_TEXT), ...options });

describe.each(SUITES)('%s incremental packages', (suite) => {
  let p1: Uint8Array;
  let p2: Uint8Array;
  beforeAll(async () => {
    p1 = await pack(suite);
    p2 = await packNext(suite, p1);
  });
  const trust = async () => storeOf(await trustedKey(keys[suite], department()));

  it('name their base by version and manifest digest, and list every change with its note', async () => {
    const m = manifestOf(p2);
    expect(m.catalogVersion).toBe(2);
    expect(m.baseVersion).toBe(1);
    expect(m.baseManifestDigest).toBe(await fileDigest(suite, entriesOf(p1).entries.get(MANIFEST_ENTRY)!));
    const r = v1.resources;
    expect(m.changes!.map((c) => [c.code, c.kind, c.fields])).toEqual(
      [
        [r[2]!.code, 'changed', ['abstract']],
        [r[3]!.code, 'changed', ['items']],
        [r[5]!.code, 'withdrawn', undefined],
        [v2.resources.at(-1)!.code, 'added', undefined],
      ].sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)),
    );
    for (const c of m.changes!) expect(c).toMatchObject({ reason: '2026 年度目录更新', basis: [LAW] });
    expect(m.files.map((f) => f.path)).toEqual([SIGNER_ENTRY, 'catalog.json', CHANGES_ENTRY, ...LIST_ENTRIES, 'validation-report.json']);
  });

  it('carry changes.json with the same list and the whole new catalog', async () => {
    const m = manifestOf(p2);
    const doc = JSON.parse(new TextDecoder().decode(entriesOf(p2).entries.get(CHANGES_ENTRY)));
    expect(doc).toEqual({ format: CHANGE_LIST_FORMAT, version: 1, baseVersion: 1, baseManifestDigest: m.baseManifestDigest, catalogVersion: 2, changes: m.changes });
    const verified = await verifyPackage(p2, { trust: await trust(), at: AT });
    expectVerified(verified);
    expect(verified.catalog).toEqual(v2);
  });

  it('verify with the base (chain verified) and without it (chain not checked)', async () => {
    const withBase = await verifyPackage(p2, { trust: await trust(), at: AT, base: p1 });
    expectVerified(withBase);
    expect(withBase.chain).toBe('verified');
    const alone = await verifyPackage(p2, { trust: await trust(), at: AT });
    expectVerified(alone);
    expect(alone.chain).toBe('notChecked');
  });

  it('a full package checked against an older base is newerThanBase; against itself or a newer one, staleVersion', async () => {
    const full3 = await pack(suite, { catalog: { ...v2, catalogVersion: 3 }, report: report2 });
    const result = await verifyPackage(full3, { trust: await trust(), at: AT, base: p1 });
    expectVerified(result);
    expect(result.chain).toBe('newerThanBase');
    expectFailure(await verifyPackage(p1, { trust: await trust(), at: AT, base: p1 }), 'staleVersion');
    expectFailure(await verifyPackage(p2, { trust: await trust(), at: AT, base: full3 }), 'staleVersion');
  });

  it('the base manifest digest is what stock openssl computes over the base’s manifest.json', () => {
    requireOpenSsl3();
    const dir = mkdtempSync(join(tmpdir(), 'mulu-incr-'));
    writeFileSync(join(dir, 'manifest.json'), entriesOf(p1).entries.get(MANIFEST_ENTRY)!);
    const out = opensslOk(['dgst', suite === 'SM2-with-SM3' ? '-sm3' : '-sha256', '-r', 'manifest.json'], dir);
    expect(`${suite === 'SM2-with-SM3' ? 'sm3' : 'sha256'}:${out.split(' ')[0]}`).toBe(manifestOf(p2).baseManifestDigest);
  });
});

describe('packing on a base', () => {
  let p1: Uint8Array;
  beforeAll(async () => {
    p1 = await pack('Ed25519');
  });

  it('an already verified base gives the same package as the base’s bytes (Ed25519: byte-identical)', async () => {
    const verified = await verifyPackage(p1, { trust: storeOf(await trustedKey(keys.Ed25519, department())), at: AT });
    expectVerified(verified);
    expect(await pack('Ed25519', { catalog: v2, report: report2, base: verified, changeNotes: notesFrom(NOTES_TEXT) })).toEqual(await packNext('Ed25519', p1));
  });

  it('after a key change: packed on a base signed by the old key (trusted explicitly), verified with the base as stored', async () => {
    const newKey = generateKeyPair('Ed25519');
    const oldUntilYesterday = await trustedKey(keys.Ed25519, department(), { validUntil: '2026-11-22' });
    const oldStillValid = await trustedKey(keys.Ed25519, department());
    const p2 = await packCatalog({
      catalog: v2,
      report: report2,
      signer: signerOf(newKey),
      createdAt: CREATED,
      base: { package: p1, trust: storeOf(oldStillValid), at: AT },
      changeNotes: notesFrom(NOTES_TEXT),
    });
    const trust = storeOf(oldUntilYesterday, await trustedKey(newKey, department()));
    const fromBytes = await verifyPackage(p2, { trust, at: AT, base: p1 });
    expectFailure(fromBytes, 'baseInvalid');
    expect(!fromBytes.ok && fromBytes.base).toEqual({ reason: 'expired' });
    // the platform keeps what it accepted: the manifest bytes and catalog, verified back then
    const stored = { manifest: manifestOf(p1), manifestBytes: entriesOf(p1).entries.get(MANIFEST_ENTRY)!, catalog: v1 };
    const result = await verifyPackage(p2, { trust, at: AT, base: stored });
    expectVerified(result);
    expect(result.chain).toBe('verified');
    expect((await refusal(packCatalog({ catalog: v2, report: report2, signer: signerOf(newKey), createdAt: CREATED, base: { package: p1 }, changeNotes: notesFrom(NOTES_TEXT) }))).text.en).toContain('unknownKey');
  });

  it('own notes take precedence over the default; a change without any note is refused, naming its code', async () => {
    const code = v1.resources[2]!.code!;
    const own = notesFrom(JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { [code]: { reason: '补充摘要说明' }, '*': { reason: '年度更新', basis: [LAW] } } }));
    const m = manifestOf(await packNext('Ed25519', p1, { changeNotes: own }));
    expect(m.changes!.find((c) => c.code === code)).toMatchObject({ reason: '补充摘要说明', basis: [] });

    const partial = notesFrom(JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { [code]: { reason: '补充摘要说明' } } }));
    const e = await refusal(packNext('Ed25519', p1, { changeNotes: partial }));
    expect(e.reason).toBe('missingChangeReason');
    expect(e.text.zh).toContain('以下 3 条资源有变更');
    expect(e.text.zh).toContain(v1.resources[5]!.code);
    expect(e.text.zh).not.toContain(code);
    expect((await refusal(packNext('Ed25519', p1, { changeNotes: undefined }))).reason).toBe('missingChangeReason');
    const blank = notesFrom(JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { '*': { reason: '   ' } } }));
    expect((await refusal(packNext('Ed25519', p1, { changeNotes: blank }))).reason).toBe('missingChangeReason');
  });

  it('a catalog with no changes packs with an empty change list (needs no notes) and verifies on its base', async () => {
    const same = { ...v1, catalogVersion: 2 };
    const pkg = await pack('Ed25519', { catalog: same, base: { package: p1 } });
    expect(manifestOf(pkg).changes).toEqual([]);
    const result = await verifyPackage(pkg, { trust: storeOf(await trustedKey(keys.Ed25519, department())), at: AT, base: p1 });
    expectVerified(result);
    expect(result.chain).toBe('verified');
  });

  it('refuses a version not after the base, another department’s base, a base that does not verify, a training base', async () => {
    expect((await refusal(pack('Ed25519', { base: { package: p1 } }))).reason).toBe('versionNotAfterBase');
    const version = await refusal(pack('Ed25519', { base: { package: p1 } }));
    expect(version.text.zh).toContain('catalogVersion 改为 2');

    const other = generateCatalog({ resources: 6, seed: 12, clean: true });
    expect(other.department.uscc).not.toBe(v1.department.uscc);
    const otherPkg = await pack('Ed25519', { catalog: other, report: await reportFor(other) });
    expect((await refusal(packNext('Ed25519', otherPkg))).reason).toBe('baseDepartmentMismatch');

    const tampered = replaceEntry(p1, 'catalog.json', (d) => d.map((b, i) => (i === 40 ? b ^ 1 : b)));
    const invalid = await refusal(packNext('Ed25519', tampered));
    expect(invalid.reason).toBe('baseInvalid');
    expect(invalid.text.en).toContain('digestMismatch');
    const foreign = await pack('SM2-with-SM3');
    expect((await refusal(packNext('Ed25519', foreign))).text.en).toContain('unknownKey');

    const training = await pack('Ed25519', { type: 'training' });
    expect((await refusal(packNext('Ed25519', training))).text.en).toContain('trainingPackage');
    const trainingOnTraining = manifestOf(await packNext('Ed25519', training, { type: 'training' }));
    expect(trainingOnTraining).toMatchObject({ type: 'training', baseVersion: 1 });
  });

  it('refuses catalogs in which a resource code repeats', async () => {
    const repeated = structuredClone(v2);
    repeated.resources[1]!.code = repeated.resources[0]!.code;
    const e = await refusal(pack('Ed25519', { catalog: repeated, report: { ...report2 }, base: { package: p1 }, changeNotes: notesFrom(NOTES_TEXT) }));
    expect(e.reason).toBe('duplicateResourceCodes');
    expect(e.text.zh).toContain(v2.resources[0]!.code);
  });
});

describe('change notes file', () => {
  it('reads notes by code and the * default, and reports unused codes', () => {
    const notes = notesFrom(JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { 'A/1': { reason: 'x', basis: [LAW] }, '*': { reason: 'y' } } }));
    expect(notes.byCode.get('A/1')).toEqual({ reason: 'x', basis: [LAW] });
    expect(notes.fallback).toEqual({ reason: 'y', basis: [] });
    expect(unusedNotes(notes, ['B/2'])).toEqual(['A/1']);
  });

  it('says where a file is wrong: syntax by line and column, structure by path, format and version', () => {
    const syntax = parseChangeNotes('{\n  "format": "mulu.change-notes",\n  "version": 1,\n  "notes": {,}\n}');
    expect(syntax).toMatchObject({ ok: false, kind: 'syntax', problems: [{ line: 4 }] });
    const structure = parseChangeNotes(
      JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { 'A/1': { reason: 3, extra: 1 }, 'B/2': { reason: 'ok', basis: [{ docNo: '无标题' }] } } }),
    );
    expect(structure.ok).toBe(false);
    if (!structure.ok) {
      expect(structure.problems.map((p) => p.path).sort()).toEqual(['notes["A/1"].extra', 'notes["A/1"].reason', 'notes["B/2"].basis[0]']);
      expect(structure.problems.every((p) => p.message.zh && p.message.en)).toBe(true);
    }
    expect(parseChangeNotes(JSON.stringify({ format: 'mulu.catalog', version: 1 }))).toMatchObject({ ok: false, kind: 'format' });
    const newer = parseChangeNotes(JSON.stringify({ format: 'mulu.change-notes', version: 3, notes: {} }));
    expect(newer).toMatchObject({ ok: false, kind: 'version' });
    expect(!newer.ok && newer.problems[0]!.message.zh).toContain('升级');
  });
});
