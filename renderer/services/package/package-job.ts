// What the packaging worker does, as plain functions over core (so unit tests run them without a worker): check
// the catalog as a package would carry it, find the changes since the base package, and — with the passphrase —
// sign. The same core calls as `mulu pack`: validateCatalogReport, resolveBase, diffCatalogs, signWithKeystore +
// packCatalog with the catalog as a workbook. The passphrase lives only in this request; the private key only
// inside signWithKeystore.
import { decodePublicKeyPem } from '../../../core/crypto/keys.ts';
import type { LocalText } from '../../../core/i18n/text.ts';
import type { Catalog } from '../../../core/model/catalog.ts';
import { diffCatalogs, resourceKey, type ResourceChange } from '../../../core/package/catalog-diff.ts';
import type { ChangeNote } from '../../../core/model/change-note.ts';
import { resolveBase } from '../../../core/package/increment.ts';
import { signWithKeystore } from '../../../core/package/keystore-signer.ts';
import type { PackageManifest, PackageType } from '../../../core/package/manifest.ts';
import { packCatalog, PackError } from '../../../core/package/pack.ts';
import { readPackage } from '../../../core/package/read-package.ts';
import { trustFromPublicKeyPem } from '../../../core/package/trust-store.ts';
import type { ChainBase } from '../../../core/package/verify-increment.ts';
import { loadProfile } from '../../../core/profiles/profile.ts';
import { validateCatalogReport } from '../../../core/report/catalog-report.ts';
import type { ValidationReport } from '../../../core/report/validation-report.ts';
import { exportWorkbook } from '../../../core/workbook/export-workbook.ts';
import type { WorkerJobTypes } from '../workers/worker-job.ts';

export type PackStage = 'validating' | 'comparing' | 'unlocking' | 'exporting' | 'signing' | 'checking';

/** The package an incremental one follows: its bytes and the public key it was signed with (ours, now or before). */
export interface PackBaseInput {
  bytes: Uint8Array;
  signerPem: string;
}

/** Why nothing could be prepared or signed: a reason code and core's bilingual message. */
export interface PackRefusal {
  reason: string;
  text: LocalText;
}

/** A change with the internal id of its resource (from the catalog, or the base for a withdrawn one), for its history. */
export interface PlannedChange extends ResourceChange {
  resourceId: string;
}

export interface PrepareRequest {
  kind: 'prepare';
  catalog: Catalog;
  type: PackageType;
  base?: PackBaseInput;
  /** Clock, passed in (core reads none). */
  at: string;
}

export type Prepared = { ok: true; report: ValidationReport; changes: PlannedChange[] | null; baseVersion: number | null } | { ok: false; refusal: PackRefusal };

export interface PackRequest {
  kind: 'pack';
  /** Exactly the catalog `prepare` validated, and its report. */
  catalog: Catalog;
  report: ValidationReport;
  type: PackageType;
  base?: PackBaseInput;
  /** 变更说明 by resource code; incremental packages need one for every change. */
  notes: ReadonlyMap<string, ChangeNote>;
  keystore: string;
  passphrase: string;
  createdAt: string;
}

export type Packed = { ok: true; bytes: Uint8Array; manifest: PackageManifest; manifestBytes: Uint8Array } | { ok: false; refusal: PackRefusal };

/** The packaging worker's two jobs, for both ends (workers/worker-job.ts). */
export type PrepareJob = WorkerJobTypes<PrepareRequest, PackStage, Prepared>;
export type PackJob = WorkerJobTypes<PackRequest, PackStage, Packed>;

export async function preparePackage(request: PrepareRequest, progress: (stage: PackStage) => void): Promise<Prepared> {
  const { catalog } = request;
  progress('validating');
  const report = await validateCatalogReport(catalog, loadProfile(catalog.profile ?? 'national'));
  if (!request.base) return { ok: true, report, changes: null, baseVersion: null };
  progress('comparing');
  try {
    const base = await verifiedBase(request.base, request.type, new Date(request.at));
    const diff = diffCatalogs(base.catalog, catalog);
    if (!diff.ok) return { ok: false, refusal: { reason: 'duplicateResourceCodes', text: { zh: `资源代码重复：${diff.duplicates.join('、')}`, en: `repeated resource codes: ${diff.duplicates.join(', ')}` } } };
    const ids = new Map<string, string>();
    for (const r of base.catalog.resources) ids.set(resourceKey(r), r.id);
    for (const r of catalog.resources) ids.set(resourceKey(r), r.id);
    const changes = diff.diff.changes.map((c) => ({ ...c, resourceId: ids.get(c.code) ?? c.code }));
    return { ok: true, report, changes, baseVersion: base.manifest.catalogVersion };
  } catch (e) {
    return refused(e);
  }
}

export async function buildPackage(request: PackRequest, progress: (stage: PackStage) => void): Promise<Packed> {
  const { catalog, report, type } = request;
  try {
    progress('unlocking');
    const base = request.base && (await verifiedBase(request.base, type, new Date(request.createdAt)));
    const signed = await signWithKeystore(request.keystore, request.passphrase, async (signer) => {
      progress('exporting');
      const workbook = exportWorkbook(catalog, { profile: loadProfile(report.profile.id) });
      progress('signing');
      return packCatalog({ catalog, report, workbook, signer, createdAt: request.createdAt, type, ...(base && { base, changeNotes: { byCode: request.notes } }) });
    });
    if (!signed.ok) return { ok: false, refusal: { reason: signed.error.code, text: signed.error.message } };
    progress('checking');
    const read = readPackage(signed.value);
    if (!read.ok) return { ok: false, refusal: { reason: read.reason, text: read.message } };
    return { ok: true, bytes: signed.value, manifest: read.contents.manifest, manifestBytes: read.contents.manifestBytes };
  } catch (e) {
    return refused(e);
  }
}

/** The base verified against the key that signed it (core refuses a damaged one, or a training base for a submission). */
async function verifiedBase(base: PackBaseInput, type: PackageType, at: Date): Promise<ChainBase> {
  const trust = await trustFromPublicKeyPem(base.signerPem);
  const decoded = decodePublicKeyPem(base.signerPem);
  if (!trust.ok || !decoded.ok) throw new PackError('baseInvalid', { zh: '上一版目录包的签名公钥无法读取。', en: 'The public key of the base package cannot be read.' });
  return resolveBase({ package: base.bytes, trust: trust.store, at }, { suite: decoded.algorithm, publicKey: decoded.publicKey }, type, at);
}

function refused(e: unknown): { ok: false; refusal: PackRefusal } {
  if (e instanceof PackError) return { ok: false, refusal: { reason: e.reason, text: e.text } };
  throw e;
}
