// What the inbox worker does, as a plain function over core (unit tests run it without a worker): every picked
// package verified by core/county's receivePackages against the roster's trust store — signature, signer on the
// roster and valid now, training watermark refused, version order, the increment chain on each unit's last
// accepted package (re-read from the bytes the inbox kept), no replay. Nothing here throws on bad input: a bad file
// is a rejected verdict.
import { acceptedVersion, receivePackages, type UnitPackageInput } from '../../../core/county/receive-packages.ts';
import type { AcceptedVersion } from '../../../core/county/accepted-version.ts';
import type { InputVerdict } from '../../../core/county/input-verdict.ts';
import { readPackage, readPayloadCatalog } from '../../../core/package/read-package.ts';
import { parseTrustStore } from '../../../core/package/trust-store.ts';
import type { WorkerJobTypes } from '../workers/worker-job.ts';

export interface InboxBase {
  file: string;
  bytes: Uint8Array;
}

export interface InboxRequest {
  files: readonly UnitPackageInput[];
  /** The roster's trust store, serialised (core/county/roster-trust.ts). */
  trust: string;
  /** Each unit's last accepted package, as the inbox kept it. */
  bases: readonly InboxBase[];
  /** The verifier's clock (core reads none). */
  at: string;
}

export type InboxResult = { ok: true; verdicts: InputVerdict[] } | { ok: false; message: { zh: string; en: string } };

export type InboxJob = WorkerJobTypes<InboxRequest, never, InboxResult>;

export async function receiveInbox(request: InboxRequest): Promise<InboxResult> {
  const trust = await parseTrustStore(request.trust);
  if (!trust.ok) return { ok: false, message: { zh: '名册中的公钥无法组成信任库，请检查各单位登记的公钥。', en: 'The roster’s keys do not make a trust store; check the units’ keys.' } };
  const base = new Map<string, AcceptedVersion>();
  for (const held of request.bases) {
    const version = await heldVersion(held);
    if (version) base.set(version.unit.uscc, version);
  }
  const { verdicts } = await receivePackages(request.files, { trust: trust.store, at: new Date(request.at), base });
  return { ok: true, verdicts };
}

/** A package the inbox accepted before, read back (it verified then; its bytes are the evidence kept since). */
export async function heldVersion({ file, bytes }: InboxBase): Promise<AcceptedVersion | undefined> {
  const read = readPackage(bytes);
  if (!read.ok) return undefined;
  const payload = readPayloadCatalog(read.contents);
  if (!payload.ok) return undefined;
  return acceptedVersion(file, { manifest: read.contents.manifest, manifestBytes: read.contents.manifestBytes, catalog: payload.catalog });
}
