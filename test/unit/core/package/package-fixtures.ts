// What the package tests share: a small clean catalog and its next version (one resource added, two changed, one
// withdrawn), reports, keys, trust stores, and ways to take a package apart and put it back together — re-zipped so
// the container stays valid, and re-signed so that a forged manifest passes the signature and the check under test
// must be the one that notices.
import { expect } from 'vitest';
import type { SignatureAlgorithm } from '../../../../core/crypto/algorithms.ts';
import { encodePublicKeyPem, keyIdOf } from '../../../../core/crypto/keys.ts';
import { sign, type KeyPair } from '../../../../core/crypto/signature.ts';
import { loadDivisionTable } from '../../../../core/codes/division.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import { buildReport, type ValidationReport } from '../../../../core/report/validation-report.ts';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { DERIVED_LIST_IDS } from '../../../../core/lists/lists-schema.ts';
import { LISTS_FOLDER } from '../../../../core/package/list-files.ts';
import { compareCodeUnits } from '../../../../core/package/code-unit-order.ts';
import { changeListDocument, serializeChangeList } from '../../../../core/package/change-list.ts';
import { fileDigest, isIncremental, parseManifest, serializeManifest, type PackageManifest, derivePackageId } from '../../../../core/package/manifest.ts';
import { CHANGES_ENTRY, MANIFEST_ENTRY, PACKAGE_MEDIA_TYPE, SIGNATURE_ENTRY } from '../../../../core/package/package-media-type.ts';
import { encodeUtf8 } from '../../../../core/zip/utf8.ts';
import { emptyTrustStore, type TrustedKey, type TrustStore } from '../../../../core/package/trust-store.ts';
import type { PackageVerification } from '../../../../core/package/verify.ts';
import { readContainer } from '../../../../core/zip/reader.ts';
import { writeContainer, type ContainerEntry } from '../../../../core/zip/writer.ts';

export const CREATED = '2026-11-22T09:00:00+08:00';
export const AT = new Date('2026-11-23T00:00:00Z');
export const SUITES: SignatureAlgorithm[] = ['SM2-with-SM3', 'Ed25519'];
/** The generated lists every package of the fixtures' profile carries (all four), in manifest order. */
/** The lists every package carries (its catalogs hold no needs, so no needs.csv). */
export const LIST_ENTRIES = DERIVED_LIST_IDS.map((id) => `${LISTS_FOLDER}${id}.csv`).sort(compareCodeUnits);

/** Seven generated resources; version 1 holds the first six. */
const FULL = generateCatalog({ resources: 7, seed: 11, clean: true });

export function baseCatalog(): Catalog {
  return structuredClone({ ...FULL, resources: FULL.resources.slice(0, 6) });
}

/**
 * Version 2 of baseCatalog(): resources[2] gets a new abstract, resources[3] one item more and one item changed,
 * resources[5] is withdrawn, and the seventh generated resource is added.
 */
export function nextCatalog(base: Catalog): Catalog {
  const next = structuredClone(base);
  next.catalogVersion = (base.catalogVersion ?? 0) + 1;
  const [r2, r3, r5] = [next.resources[2]!, next.resources[3]!, next.resources[5]!];
  r2.abstract = `${r2.abstract ?? ''}（2026 年补充说明）`;
  r3.items = [...r3.items.map((item, i) => (i === 1 ? { ...item, nullable: !item.nullable } : item)), { name: '变更登记流水号', fieldName: 'BGDJLSH', dataType: 'C', length: 32, nullable: true }];
  next.resources = [...next.resources.filter((r) => r !== r5), structuredClone(FULL.resources[6]!)];
  return next;
}

/** The next version of any catalog: the first resource's abstract revised. */
export function revisedCatalog(catalog: Catalog): Catalog {
  const next = structuredClone(catalog);
  next.catalogVersion = (catalog.catalogVersion ?? 0) + 1;
  next.resources[0]!.abstract = `${next.resources[0]!.abstract ?? ''}（第 ${next.catalogVersion} 版修订）`;
  return next;
}

let engine: RuleEngine | undefined;

export async function reportFor(catalog: Catalog): Promise<ValidationReport> {
  engine ??= new RuleEngine({ profile: catalog.profile, divisions: await loadDivisionTable(), today: '2026-11-22' });
  const report = buildReport(catalog, engine.profile, engine.validateCatalog(catalog));
  expect(report.counts.error, JSON.stringify(report.findings.filter((f) => f.severity === 'error').map((f) => f.message.en))).toBe(0);
  return report;
}

export const signerOf = (k: KeyPair) => ({ suite: k.algorithm, privateKey: k.privateKey, publicKey: k.publicKey });

/** A trust store entry for `k`, registered to `department`, valid from 2026-01-01 (or as given). */
export async function trustedKey(k: KeyPair, department: { name: string; uscc: string }, entry: { algorithm?: SignatureAlgorithm; validUntil?: string } = {}): Promise<TrustedKey> {
  return {
    keyId: await keyIdOf(k.algorithm, k.publicKey),
    algorithm: entry.algorithm ?? k.algorithm,
    publicKey: k.publicKey,
    publicKeyPem: encodePublicKeyPem(k.algorithm, k.publicKey),
    department: { ...department },
    validFrom: '2026-01-01',
    ...(entry.validUntil && { validUntil: entry.validUntil }),
  };
}

export function storeOf(...keys: TrustedKey[]): TrustStore {
  return { source: 'trustStore', file: emptyTrustStore(), keys };
}

export function entriesOf(pkg: Uint8Array): { entries: Map<string, Uint8Array>; order: string[] } {
  const c = readContainer(pkg, PACKAGE_MEDIA_TYPE);
  if (!c.ok) throw new Error(c.reason);
  return c;
}

export function manifestOf(pkg: Uint8Array): PackageManifest {
  const parsed = parseManifest(entriesOf(pkg).entries.get(MANIFEST_ENTRY)!);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.manifest;
}

/** Re-zips after `edit`, so the container itself stays valid and the package layer must notice. */
export function rezip(pkg: Uint8Array, edit: (entries: ContainerEntry[]) => ContainerEntry[]): Uint8Array {
  const { entries, order } = entriesOf(pkg);
  return writeContainer(edit(order.map((path) => ({ path, data: entries.get(path)!.slice() }))), PACKAGE_MEDIA_TYPE);
}

/** Replaces the data of one entry. */
export function replaceEntry(pkg: Uint8Array, path: string, data: (old: Uint8Array) => Uint8Array): Uint8Array {
  return rezip(pkg, (es) => es.map((e) => (e.path === path ? { ...e, data: data(e.data) } : e)));
}

/**
 * The package with payload files replaced, added (data) or removed (null), the manifest edited, changes.json
 * rewritten to match an edited change list (unless `files` sets it), the file list and package id brought up to date, and
 * everything signed again with `key`: what a key holder (or a buggy packer) could produce. Such a package passes
 * the signature and file checks, so the check under test has to be the one that notices.
 */
export async function forge(pkg: Uint8Array, key: KeyPair, change: { files?: Record<string, Uint8Array | null>; manifest?: (m: PackageManifest) => PackageManifest }): Promise<Uint8Array> {
  const { entries } = entriesOf(pkg);
  const original = manifestOf(pkg);
  const edited = (change.manifest ?? ((m) => m))(structuredClone(original));
  const payload = new Map(original.files.map((f) => [f.path, entries.get(f.path)!]));
  if (isIncremental(edited)) payload.set(CHANGES_ENTRY, encodeUtf8(serializeChangeList(changeListDocument(edited))));
  for (const [path, data] of Object.entries(change.files ?? {})) {
    if (data) payload.set(path, data);
    else payload.delete(path);
  }
  const files = [];
  for (const [path, data] of payload) files.push({ path, size: data.length, digest: await fileDigest(original.signer.suite, data) });
  files.sort((a, b) => compareCodeUnits(a.path, b.path));
  // The package id follows from the files, as Mulu derives it, unless the edit set one of its own.
  const packageId = edited.packageId === original.packageId ? await derivePackageId(edited.department.uscc, edited.catalogVersion, edited.signer.suite, files) : edited.packageId;
  const manifest = { ...edited, packageId, files };
  const manifestBytes = serializeManifest(manifest);
  return writeContainer(
    [...manifest.files.map((f) => ({ path: f.path, data: payload.get(f.path)! })), { path: MANIFEST_ENTRY, data: manifestBytes }, { path: SIGNATURE_ENTRY, data: sign(key, manifestBytes) }],
    PACKAGE_MEDIA_TYPE,
  );
}

export const flip = (data: Uint8Array, at: number) => {
  const copy = data.slice();
  copy[at]! ^= 0x01;
  return copy;
};

export function expectFailure(result: PackageVerification, reason: string): void {
  if (result.ok) throw new Error(`expected ${reason}, but the package verified`);
  expect(result.reason, result.message.en).toBe(reason);
  expect(result.message.zh).not.toBe('');
  expect(result.message.en).not.toBe('');
}

export function expectVerified(result: PackageVerification): asserts result is Extract<PackageVerification, { ok: true }> {
  if (!result.ok) throw new Error(`${result.reason}: ${result.message.en}`);
}
