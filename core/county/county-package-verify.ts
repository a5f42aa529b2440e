// Verifying a package, and when it is a county package, its trust chain end to end (docs/package-format.md §9.3):
//
//   1–9  the package itself, with today's verifyPackage against the verifier's trust store: the county's key,
//        signature, files (the roster and every embedded package are listed files, so a byte changed in any of
//        them already fails here, by entry name), payload, chain on a base, content, training
//   10a  the roster: present with its signature, strict, naming the county and the key that signed the package,
//        and its own signature verifies with that (trusted) county key
//   10b  every embedded unit package, with today's verifyPackage through the roster's keys only, at the county
//        package's creation time; its entry name is its own package id; one package per unit
//   10c  every county resource is backed by the embedded package it is attributed to (county-backing.ts)
//
// A package is a county package when it lists a roster or an embedded package, or its catalog carries attribution:
// a county catalog signed without its sources fails (10a), rather than passing as an ordinary catalog.
// Embedded packages are checked at the county package's creation time, not the verifier's clock: a unit's key
// may expire after the county accepted its package, and the county vouches for that time with a key the verifier
// has just checked valid now. Nothing here throws on bad input.
import { verify as verifySignature } from '../crypto/signature.ts';
import { VERIFY_FAILURE_TEXT } from '../crypto/verification.ts';
import { fileDigest } from '../package/manifest.ts';
import { verifyPackage, type PackageVerification, type VerifiedPackage, type VerifyOptions } from '../package/verify.ts';
import { readAttribution } from './attribution.ts';
import { backingProblem, type EmbeddedSource } from './county-backing.ts';
import { countyChainFailure, type CountyChainFailure } from './county-package-failures.ts';
import { EMBEDDED_PREFIX, embeddedEntryName, parseRoster, rosterTrust, ROSTER_ENTRY, ROSTER_SIGNATURE_ENTRY } from './county-roster.ts';

export type ChainedVerification = PackageVerification | CountyChainFailure;

export async function verifyChained(bytes: Uint8Array, options: VerifyOptions): Promise<ChainedVerification> {
  const outer = await verifyPackage(bytes, options);
  if (!outer.ok) return outer;
  return (await countyChain(outer, options)) ?? outer;
}

/** Whether a verified package is a county package (so its chain must be checked). */
export function isCountyPackage(pkg: Pick<VerifiedPackage, 'manifest' | 'catalog'>): boolean {
  return pkg.manifest.files.some((f) => f.path === ROSTER_ENTRY || f.path === ROSTER_SIGNATURE_ENTRY || f.path.startsWith(EMBEDDED_PREFIX)) || pkg.catalog.resources.some((r) => readAttribution(r) !== undefined);
}

async function countyChain(outer: VerifiedPackage, options: VerifyOptions): Promise<CountyChainFailure | undefined> {
  if (!isCountyPackage(outer)) return undefined;
  const { manifest, entries, signer } = outer;
  // 10a. the roster
  const rosterBytes = entries.get(ROSTER_ENTRY);
  const rosterSignature = entries.get(ROSTER_SIGNATURE_ENTRY);
  if (!rosterBytes || !rosterSignature) return countyChainFailure('rosterMissing', {}, { entry: ROSTER_ENTRY });
  const parsed = parseRoster(rosterBytes);
  if (!parsed.ok) return countyChainFailure('rosterInvalid', { problem: parsed.problem }, { entry: ROSTER_ENTRY });
  const { roster } = parsed;
  if (roster.signer !== manifest.signer.keyId || roster.county.uscc !== manifest.department.uscc) {
    return countyChainFailure('rosterInvalid', { problem: 'it names another county or another signing key than the package' }, { entry: ROSTER_ENTRY });
  }
  const checked = verifySignature(signer.algorithm, signer.publicKey, rosterBytes, rosterSignature);
  if (!checked.valid) return countyChainFailure('rosterBadSignature', { detail: VERIFY_FAILURE_TEXT[checked.reason] }, { entry: ROSTER_SIGNATURE_ENTRY });
  const trust = await rosterTrust(roster);
  if (!trust) return countyChainFailure('rosterInvalid', { problem: 'a unit key entry is not a valid trust entry' }, { entry: ROSTER_ENTRY });

  // 10b. every embedded unit package
  const at = new Date(manifest.createdAt);
  const sources: EmbeddedSource[] = [];
  for (const file of manifest.files) {
    if (!file.path.startsWith(EMBEDDED_PREFIX)) continue;
    const entry = file.path;
    const inner = await verifyPackage(entries.get(entry)!, { trust, at, ...(options.limits && { limits: options.limits }) });
    if (!inner.ok) {
      const unlisted = inner.reason === 'unknownKey' || inner.reason === 'departmentMismatch';
      return countyChainFailure(unlisted ? 'embeddedNotInRoster' : 'embeddedInvalid', { entry, reason: inner.reason, detail: inner.message }, { entry, embedded: { reason: inner.reason } });
    }
    if (embeddedEntryName(inner.manifest.packageId) !== entry) return countyChainFailure('embeddedMisnamed', { entry, packageId: inner.manifest.packageId }, { entry });
    sources.push({ entry, manifest: inner.manifest, manifestDigest: await fileDigest(inner.manifest.signer.suite, inner.manifestBytes), catalog: inner.catalog });
  }

  // 10c. every county resource backed by its source
  const problem = backingProblem(outer.catalog, sources);
  return problem && countyChainFailure(problem.reason, problem.params, problem.entry !== undefined ? { entry: problem.entry } : {});
}
