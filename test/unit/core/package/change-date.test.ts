// The 变更之日 travels with the package (change notes version 2, change list and manifest version 2), so the receiver
// can audit timeliness (Anhui Art. 15: the update is due 10 working days from it); packages without one are still
// written and read as version 1. And the 变更依据 each change note should give, with the profile's severity.
import { beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, type KeyPair } from '../../../../core/crypto/signature.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import type { ValidationReport } from '../../../../core/report/validation-report.ts';
import { missingChangeBasis } from '../../../../core/package/change-basis.ts';
import { parseChangeNotes, type ChangeNotes } from '../../../../core/package/change-notes.ts';
import { planIncrement, resolveBase } from '../../../../core/package/increment.ts';
import { parseManifest, serializeManifest } from '../../../../core/package/manifest.ts';
import { packCatalog, PackError } from '../../../../core/package/pack.ts';
import { CHANGES_ENTRY } from '../../../../core/package/package-media-type.ts';
import { verifyPackage } from '../../../../core/package/verify.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { AT, baseCatalog, CREATED, entriesOf, expectVerified, manifestOf, nextCatalog, reportFor, signerOf, storeOf, trustedKey } from './package-fixtures.ts';

const LAW = { title: '中华人民共和国数据安全法', article: '第三十八条', level: 'law' as const };

function notes(value: unknown): ChangeNotes {
  const parsed = parseChangeNotes(JSON.stringify(value));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.notes;
}

let v1: Catalog;
let v2: Catalog;
let report1: ValidationReport;
let report2: ValidationReport;
let key: KeyPair;
let p1: Uint8Array;

beforeAll(async () => {
  v1 = baseCatalog();
  v2 = nextCatalog(v1);
  report1 = await reportFor(v1);
  report2 = await reportFor(v2);
  key = generateKeyPair('Ed25519');
  p1 = await packCatalog({ catalog: v1, report: report1, signer: signerOf(key), createdAt: CREATED });
});

const packNext = (changeNotes: ChangeNotes) => packCatalog({ catalog: v2, report: report2, signer: signerOf(key), createdAt: CREATED, base: { package: p1 }, changeNotes });
const trust = async () => storeOf(await trustedKey(key, { name: v1.department.name, uscc: v1.department.uscc }));

describe('change notes, version 2', () => {
  it('reads the 变更之日 of a note', () => {
    const n = notes({ format: 'mulu.change-notes', version: 2, notes: { 'A/1': { reason: 'x', basis: [LAW], basisChangedOn: '2026-11-02' }, '*': { reason: 'y' } } });
    expect(n.byCode.get('A/1')).toEqual({ reason: 'x', basis: [LAW], basisChangedOn: '2026-11-02' });
    expect(n.fallback).toEqual({ reason: 'y', basis: [] });
  });

  it('refuses a day that does not exist, and the field in a version 1 file, saying where', () => {
    const bad = parseChangeNotes(JSON.stringify({ format: 'mulu.change-notes', version: 2, notes: { 'A/1': { reason: 'x', basisChangedOn: '2026-02-30' } } }));
    expect(bad).toMatchObject({ ok: false, kind: 'structure', problems: [{ path: 'notes["A/1"].basisChangedOn' }] });
    expect(!bad.ok && bad.problems[0]!.message.zh).toContain('YYYY-MM-DD');
    const old = parseChangeNotes(JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { 'A/1': { reason: 'x', basisChangedOn: '2026-11-02' } } }));
    expect(old).toMatchObject({ ok: false, problems: [{ path: 'notes["A/1"].basisChangedOn' }] });
  });
});

describe('packages carry the 变更之日', () => {
  it('in the manifest and changes.json (version 2), and verify with their base', async () => {
    const p2 = await packNext(notes({ format: 'mulu.change-notes', version: 2, notes: { '*': { reason: '按修订后的办法调整', basis: [LAW], basisChangedOn: '2026-11-02' } } }));
    const m = manifestOf(p2);
    expect(m.version).toBe(2);
    expect(m.changes!.every((c) => c.basisChangedOn === '2026-11-02')).toBe(true);
    const doc = JSON.parse(new TextDecoder().decode(entriesOf(p2).entries.get(CHANGES_ENTRY)));
    expect(doc).toMatchObject({ version: 2, changes: m.changes });
    const verified = await verifyPackage(p2, { trust: await trust(), at: AT, base: p1 });
    expectVerified(verified);
    expect(verified.chain).toBe('verified');
  });

  it('a package without one stays version 1, as every package made before', async () => {
    const p2 = await packNext(notes({ format: 'mulu.change-notes', version: 1, notes: { '*': { reason: '年度更新', basis: [LAW] } } }));
    const m = manifestOf(p2);
    expect(m.version).toBe(1);
    expect(m.changes!.some((c) => 'basisChangedOn' in c)).toBe(false);
    expect(JSON.parse(new TextDecoder().decode(entriesOf(p2).entries.get(CHANGES_ENTRY))).version).toBe(1);
    expectVerified(await verifyPackage(p2, { trust: await trust(), at: AT, base: p1 }));
  });

  it('a version 1 manifest cannot carry it, and a malformed one is refused', async () => {
    const m = manifestOf(await packNext(notes({ format: 'mulu.change-notes', version: 2, notes: { '*': { reason: 'x', basis: [LAW], basisChangedOn: '2026-11-02' } } })));
    expect(parseManifest(serializeManifest({ ...m, version: 1 }))).toMatchObject({ ok: false, problem: expect.stringMatching(/^\/changes\/0/) });
    const changes = m.changes!.map((c, i) => (i === 0 ? { ...c, basisChangedOn: '2026/11/02' } : c));
    expect(parseManifest(serializeManifest({ ...m, changes }))).toMatchObject({ ok: false, problem: '/changes/0/basisChangedOn must be a date written YYYY-MM-DD' });
  });
});

describe('变更依据 (Anhui Art. 15)', () => {
  it('is a warning under Anhui and Sixian, citing their articles, and nothing where no profile asks', () => {
    const entries = [
      { code: 'A/1', basis: [] },
      { code: 'B/2', basis: [LAW] },
    ];
    const anhui = missingChangeBasis(loadProfile('anhui'), entries);
    expect(anhui).toMatchObject({ severity: 'warning', codes: ['A/1'] });
    expect(anhui!.text.zh).toContain('《安徽省政务数据资源管理办法》第十五条');
    expect(missingChangeBasis(loadProfile('sixian'), entries)!.citations.map((c) => c.article)).toEqual(['第十五条', '第十九条']);
    expect(missingChangeBasis(loadProfile('national'), entries)).toBeUndefined();
    expect(missingChangeBasis(loadProfile('anhui'), [entries[1]!])).toBeUndefined();
  });

  it('refuses packing where the profile makes it an error, naming the changes', async () => {
    const base = await resolveBase({ package: p1 }, { suite: key.algorithm, publicKey: key.publicKey }, 'submission', AT);
    const withoutBasis = notes({ format: 'mulu.change-notes', version: 1, notes: { '*': { reason: '年度更新' } } });
    const changeBasis = { severity: 'error' as const, citations: loadProfile('anhui').changeBasis!.citations };
    const refused = await planIncrement(base, v2, { suite: key.algorithm, notes: withoutBasis, changeBasis }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(PackError);
    expect((refused as PackError).reason).toBe('missingChangeBasis');
    expect((refused as PackError).text.zh).toContain('4 项变更');
    // As a warning (Anhui's setting), the same notes pack.
    await expect(planIncrement(base, v2, { suite: key.algorithm, notes: withoutBasis, changeBasis: { ...changeBasis, severity: 'warning' } })).resolves.toMatchObject({ baseVersion: 1 });
  });
});
