// Full packages end to end: pack → verify for both suites, determinism, independent verification with the stock
// openssl tool, and the refusals that concern trust and the package type. Altered packages: tamper.test.ts.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SignatureAlgorithm } from '../../../../core/crypto/algorithms.ts';
import { encodePublicKeyPem, keyIdOf } from '../../../../core/crypto/keys.ts';
import { generateKeyPair, type KeyPair } from '../../../../core/crypto/signature.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import type { ValidationReport } from '../../../../core/report/validation-report.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { parseManifest, serializeManifest, TRAINING_WATERMARK } from '../../../../core/package/manifest.ts';
import { packCatalog, PackError } from '../../../../core/package/pack.ts';
import { MANIFEST_ENTRY, SIGNATURE_ENTRY, SIGNER_ENTRY, WORKBOOK_ENTRY } from '../../../../core/package/package-media-type.ts';
import { trustFromPublicKeyPem, type TrustStore } from '../../../../core/package/trust-store.ts';
import { verifyPackage } from '../../../../core/package/verify.ts';
import { opensslOk, requireOpenSsl3 } from '../crypto/openssl.ts';
import { AT, CREATED, entriesOf, expectFailure, flip, LIST_ENTRIES, reportFor, rezip, signerOf, storeOf, SUITES, trustedKey } from './package-fixtures.ts';

let catalog: Catalog;
let report: ValidationReport;
const keys = {} as Record<SignatureAlgorithm, KeyPair>;

beforeAll(async () => {
  catalog = generateCatalog({ resources: 6, seed: 11, clean: true });
  report = await reportFor(catalog);
  for (const suite of SUITES) keys[suite] = generateKeyPair(suite);
});

const pack = (suite: SignatureAlgorithm, extra: { type?: 'submission' | 'training'; key?: KeyPair } = {}) =>
  packCatalog({ catalog, report, signer: signerOf(extra.key ?? keys[suite]), createdAt: CREATED, ...(extra.type && { type: extra.type }) });

async function trustOf(k: KeyPair): Promise<TrustStore> {
  const r = await trustFromPublicKeyPem(encodePublicKeyPem(k.algorithm, k.publicKey));
  if (!r.ok) throw new Error('bad key');
  return r.store;
}

/** A store with the key under the catalog's department, with the given validity and (possibly wrong) suite. */
async function storeWith(k: KeyPair, entry: { algorithm?: SignatureAlgorithm; validUntil?: string; uscc?: string } = {}): Promise<TrustStore> {
  return storeOf(await trustedKey(k, { name: catalog.department.name, uscc: entry.uscc ?? catalog.department.uscc }, entry));
}

describe.each(SUITES)('%s packages', (suite) => {
  it('round trip: pack then verify', async () => {
    const pkg = await pack(suite);
    const result = await verifyPackage(pkg, { trust: await storeWith(keys[suite]), at: AT });
    if (!result.ok) throw new Error(`${result.reason}: ${result.message.en}`);
    expect(result.catalog).toEqual(catalog);
    expect(result.manifest.signer).toEqual({ keyId: await keyIdOf(suite, keys[suite].publicKey), suite });
    expect(result.manifest.createdAt).toBe('2026-11-22T01:00:00.000Z');
    expect(result.manifest.type).toBe('submission');
    expect(result.manifest.watermark).toBeNull();
    expect(result.manifest.baseVersion).toBeNull();
    expect(result.manifest.changes).toBeNull();
    expect(result.chain).toBe('none');
    expect(result.manifest.files.map((f) => f.path)).toEqual([SIGNER_ENTRY, 'catalog.json', ...LIST_ENTRIES, 'validation-report.json']);
    expect(entriesOf(pkg).order).toEqual([SIGNER_ENTRY, 'catalog.json', ...LIST_ENTRIES, 'validation-report.json', MANIFEST_ENTRY, SIGNATURE_ENTRY]);
    // the quick check (a single PEM as trust) verifies too
    expect((await verifyPackage(pkg, { trust: await trustOf(keys[suite]), at: AT })).ok).toBe(true);
  });

  it('is deterministic apart from the signature', async () => {
    const a = entriesOf(await pack(suite));
    const b = entriesOf(await pack(suite));
    expect(a.order).toEqual(b.order);
    for (const name of a.order) if (name !== SIGNATURE_ENTRY) expect(a.entries.get(name)).toEqual(b.entries.get(name));
    const manifest = parseManifest(a.entries.get(MANIFEST_ENTRY)!);
    expect(manifest.ok && manifest.manifest.packageId).toMatch(new RegExp(`^${catalog.department.uscc}-v\\d+-[0-9a-f]{32}$`));
  });

  it('verifies with stock openssl: the manifest signature and every file digest', async () => {
    requireOpenSsl3();
    const dir = mkdtempSync(join(tmpdir(), 'mulu-pkg-'));
    const { entries } = entriesOf(await pack(suite));
    for (const [name, data] of entries) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    const sigArgs =
      suite === 'SM2-with-SM3'
        ? ['pkeyutl', '-verify', '-pubin', '-inkey', SIGNER_ENTRY, '-rawin', '-digest', 'sm3', '-pkeyopt', 'distid:1234567812345678', '-in', MANIFEST_ENTRY, '-sigfile', SIGNATURE_ENTRY]
        : ['pkeyutl', '-verify', '-pubin', '-inkey', SIGNER_ENTRY, '-rawin', '-in', MANIFEST_ENTRY, '-sigfile', SIGNATURE_ENTRY];
    expect(opensslOk(sigArgs, dir)).toContain('Signature Verified Successfully');
    const manifest = parseManifest(entries.get(MANIFEST_ENTRY)!);
    if (!manifest.ok) throw new Error(manifest.problem);
    for (const file of manifest.manifest.files) {
      const out = opensslOk(['dgst', suite === 'SM2-with-SM3' ? '-sm3' : '-sha256', '-r', file.path], dir);
      expect(`${suite === 'SM2-with-SM3' ? 'sm3' : 'sha256'}:${out.split(' ')[0]}`).toBe(file.digest);
    }
  });

  describe('refusals about trust and type (tampering: tamper.test.ts)', () => {
    let pkg: Uint8Array;
    let trust: TrustStore;
    beforeAll(async () => {
      pkg = await pack(suite);
      trust = await storeWith(keys[suite]);
    });
    const check = (bytes: Uint8Array, options: Partial<Parameters<typeof verifyPackage>[1]> = {}) => verifyPackage(bytes, { trust, at: AT, ...options });

    it('signed by a key not in the trust store → unknownKey', async () => {
      const stranger = generateKeyPair(suite);
      expectFailure(await check(await pack(suite, { key: stranger })), 'unknownKey');
    });

    it('a trust entry for the key id with another suite → algorithmMismatch', async () => {
      const other: SignatureAlgorithm = suite === 'Ed25519' ? 'SM2-with-SM3' : 'Ed25519';
      expectFailure(await check(pkg, { trust: await storeWith(keys[suite], { algorithm: other }) }), 'algorithmMismatch');
    });

    it('a trust entry registering the key to another department → departmentMismatch', async () => {
      expectFailure(await check(pkg, { trust: await storeWith(keys[suite], { uscc: '91110000600037341L' }) }), 'departmentMismatch');
    });

    it('an expired trust entry → expired', async () => {
      expectFailure(await check(pkg, { trust: await storeWith(keys[suite], { validUntil: '2026-11-01' }) }), 'expired');
    });

    it('a signer.pem swapped for another key → signerMismatch', async () => {
      const stranger = generateKeyPair(suite);
      const pem = new TextEncoder().encode(encodePublicKeyPem(suite, stranger.publicKey));
      expectFailure(await check(rezip(pkg, (es) => es.map((e) => (e.path === SIGNER_ENTRY ? { ...e, data: pem } : e)))), 'signerMismatch');
    });

    it('not a package at all → container', async () => {
      const r = await check(pkg.subarray(0, pkg.length - 10));
      expectFailure(r, 'container');
      expect(!r.ok && r.containerReason).toBe('notZip');
    });

    it('a training package fails as a submission → trainingPackage, and passes when training is allowed', async () => {
      const training = await pack(suite, { type: 'training' });
      expectFailure(await check(training), 'trainingPackage');
      const allowed = await check(training, { allowTraining: true });
      expect(allowed.ok && allowed.manifest.watermark).toBe(TRAINING_WATERMARK);
    });
  });
});

describe('manifest parsing', () => {
  it('refuses non-canonical, unknown-version and mistyped manifests', async () => {
    const { entries } = entriesOf(await pack('Ed25519'));
    const bytes = entries.get(MANIFEST_ENTRY)!;
    const parsed = parseManifest(bytes);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(serializeManifest(parsed.manifest)).toEqual(bytes);
    const text = new TextDecoder().decode(bytes);
    const bad = (s: string) => parseManifest(new TextEncoder().encode(s));
    expect(bad(JSON.stringify(JSON.parse(text), null, 1))).toMatchObject({ ok: false, problem: 'not in RFC 8785 canonical form' });
    expect(bad(text.replace('"version":1', '"version":3')).ok).toBe(false);
    // Version 2 only allows more in change entries: a full package reads the same under it.
    expect(bad(text.replace('"version":1', '"version":2')).ok).toBe(true);
    expect(bad(text.replace('"type":"submission"', '"type":"training"')).ok).toBe(false);
    expect(bad(text.replace('"baseVersion":null', '"baseVersion":3')).ok).toBe(false);
    expect(bad(text.replace('"changes":null', '"changes":[]'))).toMatchObject({ ok: false, problem: '/baseManifestDigest and /changes must be null when /baseVersion is null' });
    expect(bad(text.replace('"createdAt":"2026-11-22T01:00:00.000Z"', '"createdAt":"2026-02-30T01:00:00.000Z"')).ok).toBe(false);
    expect(parseManifest(new Uint8Array([0xff, 0xfe])).ok).toBe(false);
  });
});

describe('the workbook hook', () => {
  it('carries catalog.xlsx when given, listed and covered by the signature like every payload file', async () => {
    const workbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const pkg = await packCatalog({ catalog, report, signer: signerOf(keys.Ed25519), createdAt: CREATED, workbook });
    const trust = await storeWith(keys.Ed25519);
    const result = await verifyPackage(pkg, { trust, at: AT });
    expect(result.ok && result.manifest.files.map((f) => f.path)).toEqual([SIGNER_ENTRY, 'catalog.json', WORKBOOK_ENTRY, ...LIST_ENTRIES, 'validation-report.json']);
    expect(entriesOf(pkg).entries.get(WORKBOOK_ENTRY)).toEqual(workbook);
    expectFailure(await verifyPackage(rezip(pkg, (es) => es.map((e) => (e.path === WORKBOOK_ENTRY ? { ...e, data: flip(e.data, 5) } : e))), { trust, at: AT }), 'digestMismatch');
  });
});

describe('packing refuses', () => {
  it('a report with errors, secret resources, a missing time and a mismatched key', async () => {
    const signer = signerOf(keys['SM2-with-SM3']);
    const refusal = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        if (e instanceof PackError) return e.reason;
        throw e;
      }
      return 'packed';
    };
    expect(await refusal(packCatalog({ catalog, report: { ...report, counts: { ...report.counts, error: 2 } }, signer, createdAt: CREATED }))).toBe('reportHasErrors');
    const secret = { ...catalog, resources: catalog.resources.map((r, i) => (i === 0 ? { ...r, secret: true } : r)) };
    expect(await refusal(packCatalog({ catalog: secret, report, signer, createdAt: CREATED }))).toBe('secretResources');
    const secretItem = { ...catalog, resources: catalog.resources.map((r, i) => (i === 1 ? { ...r, items: r.items.map((it, j) => (j === 0 ? { ...it, secret: true } : it)) } : r)) };
    expect(await refusal(packCatalog({ catalog: secretItem, report, signer, createdAt: CREATED }))).toBe('secretResources');
    const { updatedAt: _ignored, ...undated } = catalog;
    expect(await refusal(packCatalog({ catalog: undated, report, signer }))).toBe('noCreationTime');
    expect(await refusal(packCatalog({ catalog, report, signer, createdAt: '2026-11-22 09:00' }))).toBe('invalidCreationTime');
    expect(await refusal(packCatalog({ catalog, report, signer: { ...signer, publicKey: keys['Ed25519'].publicKey }, createdAt: CREATED }))).toBe('keyMismatch');
  });
});
