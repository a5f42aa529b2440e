// Receiving unit packages: each is verified with today's core (signature, signer trusted and valid, files, content,
// training watermark refused), then each unit's packages are taken in version order on the unit's last accepted
// version — from the previous county catalog, then from the packages accepted in this run — so a replayed or older
// version, a broken chain or an increment without a base is rejected, and the last one accepted is the unit's
// latest. A package that fails is never taken; nothing here throws on bad input.
//
// Inputs are taken one at a time from an iterable the caller may fill lazily (the CLI reads each file only when it
// is its turn), and of a package only its manifest and catalog are kept: the bytes of one package at a time are in
// memory, never all of them — what lets a city or province aggregate county packages. A county package's trust
// chain is checked too (county-package-verify.ts).
import type { LocalText } from '../i18n/text.ts';
import { fileDigest, isIncremental } from '../package/manifest.ts';
import type { TrustStore } from '../package/trust-store.ts';
import type { ChainBase } from '../package/verify-increment.ts';
import { verifyChained } from './county-package-verify.ts';
import { chainFailure } from '../package/verify-increment.ts';
import type { ArchiveLimits } from '../zip/archive-limits.ts';
import type { AcceptedVersion } from './accepted-version.ts';
import { missingBase, superseded, type InputVerdict, type RejectionReason } from './input-verdict.ts';

/** One input file: its bytes, or why it could not be read (the caller's words: a missing file, a folder…). */
export type UnitPackageInput = { file: string; bytes: Uint8Array } | { file: string; unreadable: LocalText };

export interface ReceiveOptions {
  trust: TrustStore;
  /** The verifier's clock, passed in (core reads no clock). */
  at: Date;
  /** Each unit's last accepted version before this run, by USCC (county-base.ts). */
  base?: ReadonlyMap<string, AcceptedVersion>;
  limits?: Partial<ArchiveLimits>;
}

export interface Reception {
  /** One per input, in input order. */
  verdicts: InputVerdict[];
  /** Every unit's latest accepted version: carried from the base or received now, by USCC. */
  units: Map<string, AcceptedVersion>;
}

interface Verified {
  index: number;
  file: string;
  /** What is kept of a verified package: no entry bytes. */
  pkg: ChainBase;
}

export async function receivePackages(inputs: Iterable<UnitPackageInput> | AsyncIterable<UnitPackageInput>, options: ReceiveOptions): Promise<Reception> {
  const verdicts: InputVerdict[] = [];
  const byUnit = new Map<string, Verified[]>();
  let index = -1;
  for await (const input of inputs) {
    index++;
    if ('unreadable' in input) {
      verdicts.push({ file: input.file, verdict: 'rejected', reason: 'unreadable', message: input.unreadable });
      continue;
    }
    const result = await verifyChained(input.bytes, { trust: options.trust, at: options.at, ...(options.limits && { limits: options.limits }) });
    if (!result.ok) {
      verdicts.push({ file: input.file, verdict: 'rejected', reason: result.reason, message: result.message });
      continue;
    }
    const m = result.manifest;
    verdicts.push({ file: input.file, verdict: 'accepted', unit: { name: m.department.name, uscc: m.department.uscc }, version: m.catalogVersion, date: m.createdAt, packageId: m.packageId, incremental: isIncremental(m), resources: result.catalog.resources.length });
    const list = byUnit.get(m.department.uscc) ?? [];
    list.push({ index, file: input.file, pkg: { manifest: m, manifestBytes: result.manifestBytes, catalog: result.catalog } });
    byUnit.set(m.department.uscc, list);
  }

  const units = new Map<string, AcceptedVersion>(options.base ?? []);
  for (const [uscc, received] of byUnit) {
    received.sort((a, b) => a.pkg.manifest.catalogVersion - b.pkg.manifest.catalogVersion || a.index - b.index);
    let latest: Verified | undefined;
    for (const item of received) {
      const held = units.get(uscc);
      const { manifest, catalog } = item.pkg;
      const verdict = verdicts[item.index]!;
      if (!held && isIncremental(manifest)) {
        reject(verdict, 'missingBase', missingBase(manifest.baseVersion));
        continue;
      }
      const broken = held && (await chainFailure(manifest, catalog, held.chainBase));
      if (broken) {
        reject(verdict, broken.reason, broken.message);
        continue;
      }
      if (latest) {
        const previous = verdicts[latest.index]!;
        previous.verdict = 'superseded';
        previous.message = superseded(manifest.catalogVersion);
      }
      latest = item;
      units.set(uscc, await acceptedVersion(item.file, item.pkg));
    }
  }
  return { verdicts, units };
}

function reject(verdict: InputVerdict, reason: RejectionReason, message: LocalText): void {
  verdict.verdict = 'rejected';
  verdict.reason = reason;
  verdict.message = message;
}

/** A unit's version as accepted from its package; also how a receiver that keeps the packages rebuilds its base. */
export async function acceptedVersion(file: string, pkg: ChainBase): Promise<AcceptedVersion> {
  const { manifest, manifestBytes, catalog } = pkg;
  const { name, uscc, divisionCode } = manifest.department;
  const number = catalog.department.number;
  return {
    unit: { name, uscc, divisionCode, ...(number !== undefined && { number }) },
    sourceFile: file,
    packageId: manifest.packageId,
    version: manifest.catalogVersion,
    date: manifest.createdAt,
    manifestDigest: await fileDigest(manifest.signer.suite, manifestBytes),
    catalog,
    chainBase: { manifest, manifestBytes, catalog },
    carried: false,
  };
}
