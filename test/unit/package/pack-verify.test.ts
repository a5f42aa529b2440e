// Full packages end to end: pack → verify for both suites, determinism, independent verification with the stock
// openssl tool, and a tamper suite in which every change to a package fails with its own reason.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SignatureAlgorithm } from '../../../core/crypto/algorithms.ts';
import { encodePublicKeyPem, keyIdOf } from '../../../core/crypto/keys.ts';
import { generateKeyPair, type KeyPair } from '../../../core/crypto/signature.ts';
import { loadDivisionTable } from '../../../core/codes/division.ts';
import type { Catalog } from '../../../core/model/catalog.ts';
import { buildReport, type ValidationReport } from '../../../core/report/validation-report.ts';
import { RuleEngine } from '../../../core/rules/engine.ts';
import { generateCatalog } from '../../../core/sample/generator.ts';
import { parseManifest, serializeManifest, TRAINING_WATERMARK } from '../../../core/package/manifest.ts';
import { packCatalog, PackError } from '../../../core/package/pack.ts';
import { MANIFEST_ENTRY, PACKAGE_MEDIA_TYPE, SIGNATURE_ENTRY, SIGNER_ENTRY } from '../../../core/package/package-media-type.ts';
import { emptyTrustStore, trustFromPublicKeyPem, type TrustStore } from '../../../core/package/trust-store.ts';
import { verifyPackage, type PackageVerification } from '../../../core/package/verify.ts';
import { readContainer } from '../../../core/package/zip-reader.ts';
import { writeContainer } from '../../../core/package/zip-writer.ts';
import { opensslOk, requireOpenSsl3 } from '../crypto/openssl.ts';

const CREATED = '2026-11-22T09:00:00+08:00';
const AT = new Date('2026-11-23T00:00:00Z');
const SUITES: SignatureAlgorithm[] = ['SM2-with-SM3', 'Ed25519'];

let catalog: Catalog;
let report: ValidationReport;
const keys = {} as Record<SignatureAlgorithm, KeyPair>;

beforeAll(async () => {
  catalog = generateCatalog({ resources: 6, seed: 11, clean: true });
  const engine = new RuleEngine({ profile: catalog.profile, divisions: await loadDivisionTable(), today: '2026-11-22' });
  report = buildReport(catalog, engine.profile, engine.validateCatalog(catalog));
  expect(report.counts.error).toBe(0);
  for (const suite of SUITES) keys[suite] = generateKeyPair(suite);
});

const signerOf = (k: KeyPair) => ({ suite: k.algorithm, privateKey: k.privateKey, publicKey: k.publicKey });
const pack = (suite: SignatureAlgorithm, extra: { type?: 'submission' | 'training'; key?: KeyPair } = {}) =>
  packCatalog({ catalog, report, signer: signerOf(extra.key ?? keys[suite]), createdAt: CREATED, ...(extra.type && { type: extra.type }) });

async function trustOf(k: KeyPair): Promise<TrustStore> {
  const r = await trustFromPublicKeyPem(encodePublicKeyPem(k.algorithm, k.publicKey));
  if (!r.ok) throw new Error('bad key');
  return r.store;
}

/** A store with the key under the catalog's department, with the given validity and (possibly wrong) suite. */
async function storeWith(k: KeyPair, entry: { algorithm?: SignatureAlgorithm; validUntil?: string; uscc?: string } = {}): Promise<TrustStore> {
  return {
    source: 'trustStore',
    file: emptyTrustStore(),
    keys: [
      {
        keyId: await keyIdOf(k.algorithm, k.publicKey),
        algorithm: entry.algorithm ?? k.algorithm,
        publicKey: k.publicKey,
        publicKeyPem: encodePublicKeyPem(k.algorithm, k.publicKey),
        department: { name: catalog.department.name, uscc: entry.uscc ?? catalog.department.uscc },
        validFrom: '2026-01-01',
        ...(entry.validUntil && { validUntil: entry.validUntil }),
      },
    ],
  };
}

function entriesOf(pkg: Uint8Array): { entries: Map<string, Uint8Array>; order: string[] } {
  const c = readContainer(pkg, PACKAGE_MEDIA_TYPE);
  if (!c.ok) throw new Error(c.reason);
  return c;
}

/** Re-zips after `edit`, so the container itself stays valid and the package layer must notice. */
function rezip(pkg: Uint8Array, edit: (entries: { path: string; data: Uint8Array }[]) => { path: string; data: Uint8Array }[]): Uint8Array {
  const { entries, order } = entriesOf(pkg);
  return writeContainer(edit(order.map((path) => ({ path, data: entries.get(path)!.slice() }))), PACKAGE_MEDIA_TYPE);
}

const flip = (data: Uint8Array, at: number) => {
  const copy = data.slice();
  copy[at]! ^= 0x01;
  return copy;
};

function expectFailure(result: PackageVerification, reason: string): void {
  if (result.ok) throw new Error(`expected ${reason}, but the package verified`);
  expect(result.reason).toBe(reason);
  expect(result.message.zh).not.toBe('');
  expect(result.message.en).not.toBe('');
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
    expect(result.manifest.files.map((f) => f.path)).toEqual([SIGNER_ENTRY, 'catalog.json', 'validation-report.json']);
    expect(entriesOf(pkg).order).toEqual([SIGNER_ENTRY, 'catalog.json', 'validation-report.json', MANIFEST_ENTRY, SIGNATURE_ENTRY]);
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

  describe('tamper suite', () => {
    let pkg: Uint8Array;
    let trust: TrustStore;
    beforeAll(async () => {
      pkg = await pack(suite);
      trust = await storeWith(keys[suite]);
    });
    const check = (bytes: Uint8Array, options: Partial<Parameters<typeof verifyPackage>[1]> = {}) => verifyPackage(bytes, { trust, at: AT, ...options });

    it.each([SIGNER_ENTRY, 'catalog.json', 'validation-report.json'])('a flipped byte in %s → digestMismatch', async (name) => {
      for (const at of [0, 17, -1]) {
        const bad = rezip(pkg, (es) => es.map((e) => (e.path === name ? { ...e, data: flip(e.data, at < 0 ? e.data.length - 1 : at) } : e)));
        const r = await check(bad);
        // A damaged signer.pem mostly no longer names the signing key, which is caught before the digests; a change
        // outside its PEM block (the final line break) still names it, and then the digest catches it.
        if (name === SIGNER_ENTRY && !r.ok && r.reason === 'signerMismatch') continue;
        expectFailure(r, 'digestMismatch');
      }
    });

    it('a flipped byte in the manifest → manifestInvalid or badSignature, never accepted', async () => {
      const size = entriesOf(pkg).entries.get(MANIFEST_ENTRY)!.length;
      for (let at = 0; at < size; at += 7) {
        const r = await check(rezip(pkg, (es) => es.map((e) => (e.path === MANIFEST_ENTRY ? { ...e, data: flip(e.data, at) } : e))));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(['manifestInvalid', 'badSignature', 'unknownKey', 'algorithmMismatch', 'departmentMismatch']).toContain(r.reason);
      }
    });

    it('a flipped byte in the signature → badSignature', async () => {
      const size = entriesOf(pkg).entries.get(SIGNATURE_ENTRY)!.length;
      for (const at of [0, 5, size - 1]) {
        expectFailure(await check(rezip(pkg, (es) => es.map((e) => (e.path === SIGNATURE_ENTRY ? { ...e, data: flip(e.data, at) } : e)))), 'badSignature');
      }
    });

    it('a raw byte flip anywhere in the file is refused, or changes nothing a reader extracts', async () => {
      // The reader ignores header fields that change nothing about the content (versions, times; §2.3), so a
      // flip there may verify: then every entry must be exactly what was signed.
      const original = entriesOf(pkg);
      let refused = 0;
      for (let at = 0; at < pkg.length; at += Math.max(1, Math.floor(pkg.length / 200))) {
        const bad = flip(pkg, at);
        if (!(await check(bad)).ok) {
          refused++;
          continue;
        }
        const seen = entriesOf(bad);
        expect(seen.order).toEqual(original.order);
        for (const name of seen.order) expect(seen.entries.get(name)).toEqual(original.entries.get(name));
      }
      expect(refused).toBeGreaterThan(150);
    });

    it('a dropped file → missingFile; a dropped manifest or signature has its own reason', async () => {
      expectFailure(await check(rezip(pkg, (es) => es.filter((e) => e.path !== 'validation-report.json'))), 'missingFile');
      expectFailure(await check(rezip(pkg, (es) => es.filter((e) => e.path !== MANIFEST_ENTRY))), 'manifestMissing');
      expectFailure(await check(rezip(pkg, (es) => es.filter((e) => e.path !== SIGNATURE_ENTRY))), 'signatureMissing');
    });

    it('an added unlisted file → unlistedFile', async () => {
      expectFailure(await check(rezip(pkg, (es) => [...es, { path: 'extra.txt', data: new Uint8Array([1]) }])), 'unlistedFile');
    });

    it('reordered entries → entryOrder', async () => {
      expectFailure(await check(rezip(pkg, (es) => [es[2]!, es[1]!, es[0]!, ...es.slice(3)])), 'entryOrder');
    });

    it('a manifest and signature swapped in from another package of the same key → digestMismatch', async () => {
      // One character of a name changed for another of the same UTF-8 length: the same sizes, other digests.
      const chars = [...(catalog.resources[0]!.name ?? 'x')];
      const last = chars.pop()!;
      const replacement = last.codePointAt(0)! > 0x7ff ? (last === '甲' ? '乙' : '甲') : last === 'x' ? 'y' : 'x';
      const otherCatalog = { ...catalog, resources: catalog.resources.map((r, i) => (i === 0 ? { ...r, name: `${chars.join('')}${replacement}` } : r)) };
      const other = entriesOf(await packCatalog({ catalog: otherCatalog, report, signer: signerOf(keys[suite]), createdAt: CREATED }));
      const swapped = rezip(pkg, (es) => es.map((e) => (e.path === MANIFEST_ENTRY || e.path === SIGNATURE_ENTRY ? { ...e, data: other.entries.get(e.path)! } : e)));
      expectFailure(await check(swapped), 'digestMismatch');
    });

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
    expect(bad(text.replace('"version":1', '"version":2')).ok).toBe(false);
    expect(bad(text.replace('"type":"submission"', '"type":"training"')).ok).toBe(false);
    expect(bad(text.replace('"baseVersion":null', '"baseVersion":3')).ok).toBe(false);
    expect(parseManifest(new Uint8Array([0xff, 0xfe])).ok).toBe(false);
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
