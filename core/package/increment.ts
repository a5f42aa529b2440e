// Making a package incremental: it names the package it follows (the base) by version and by the digest of the
// base's exact manifest bytes, and lists every resource changed since, each with its 变更说明. It still carries the
// whole catalog: the platform can always take the package on its own, and the change list says what changed
// (docs/package-format.md §6). Everything here refuses with a PackError before anything is signed.
import type { SignatureAlgorithm } from '../crypto/algorithms.ts';
import { encodePublicKeyPem } from '../crypto/keys.ts';
import type { Catalog } from '../model/catalog.ts';
import type { Profile } from '../profiles/profile.ts';
import { diffCatalogs } from './catalog-diff.ts';
import { missingChangeBasis } from './change-basis.ts';
import { annotateChanges } from './change-list.ts';
import type { ChangeNotes } from './change-notes.ts';
import { fileDigest, type ManifestIncrement, type PackageType } from './manifest.ts';
import { listCodes } from './code-list.ts';
import { refuse } from './pack-errors.ts';
import { trustFromPublicKeyPem, type TrustStore } from './trust-store.ts';
import { verifyPackage } from './verify.ts';
import type { ChainBase } from './verify-increment.ts';

/**
 * The previous package: its bytes, verified before anything is taken from them — against the signer's own key, or
 * against `trust` at `at` when the base was signed with a key since replaced — or a package the caller has
 * verified already.
 */
export type PackBase = { package: Uint8Array; trust?: TrustStore; at?: Date } | ChainBase;

/** The base, verified; refuses one that does not verify, and a training base under a real submission. */
export async function resolveBase(base: PackBase, signer: { suite: SignatureAlgorithm; publicKey: Uint8Array }, type: PackageType, at: Date): Promise<ChainBase> {
  if (!('package' in base)) {
    if (type === 'submission' && base.manifest.type === 'training') {
      throw refuse('baseInvalid', { reason: 'trainingPackage', detail: { zh: '它是培训练习用目录包。', en: 'it is a training package.' } });
    }
    return base;
  }
  const trust = base.trust ?? (await ownKeyTrust(signer));
  const verified = await verifyPackage(base.package, { trust, at: base.at ?? at, allowTraining: type === 'training' });
  if (!verified.ok) throw refuse('baseInvalid', { reason: verified.reason, detail: verified.message });
  return verified;
}

async function ownKeyTrust(signer: { suite: SignatureAlgorithm; publicKey: Uint8Array }): Promise<TrustStore> {
  const own = await trustFromPublicKeyPem(encodePublicKeyPem(signer.suite, signer.publicKey));
  if (!own.ok) throw refuse('keyMismatch');
  return own.store;
}

export interface IncrementOptions {
  suite: SignatureAlgorithm;
  notes?: ChangeNotes;
  /** The profile's setting for the 变更依据 (change-basis.ts): where it is an error, a change without one refuses. */
  changeBasis?: Profile['changeBasis'];
}

/** The base fields and change list of the package for `catalog`; refuses what a verifier holding `base` would. */
export async function planIncrement(base: ChainBase, catalog: Catalog, options: IncrementOptions): Promise<ManifestIncrement> {
  const held = base.manifest;
  if (held.department.uscc !== catalog.department.uscc) {
    throw refuse('baseDepartmentMismatch', { baseName: held.department.name, baseUscc: held.department.uscc, uscc: catalog.department.uscc });
  }
  const version = catalog.catalogVersion ?? 0;
  if (version <= held.catalogVersion) throw refuse('versionNotAfterBase', { version, baseVersion: held.catalogVersion, next: held.catalogVersion + 1 });
  const diff = diffCatalogs(base.catalog, catalog);
  if (!diff.ok) {
    throw refuse('duplicateResourceCodes', { which: diff.side === 'old' ? '上一版目录' : '本目录', whichEn: diff.side === 'old' ? 'base catalog' : 'catalog', codes: listCodes(diff.duplicates) });
  }
  const { entries, missing } = annotateChanges(diff.diff.changes, options.notes);
  if (missing.length) throw refuse('missingChangeReason', { count: missing.length, codes: listCodes(missing) });
  const basis = missingChangeBasis({ changeBasis: options.changeBasis }, entries);
  if (basis?.severity === 'error') throw refuse('missingChangeBasis', { detail: basis.text });
  return { baseVersion: held.catalogVersion, baseManifestDigest: await fileDigest(options.suite, base.manifestBytes), changes: entries };
}
