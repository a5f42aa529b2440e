// Packing a county package (docs/package-format.md §9): the county catalog as an ordinary signed package, signed
// by the county key, that also carries — listed in the manifest and so covered by the county's signature — every
// unit package the county accepted, byte for byte as the unit signed it (`county/units/<packageId>.zip`), and the
// county's roster of those units' keys taken from the trust store that accepted them, signed on its own
// (county-roster.ts). Before anything is signed, each source must verify against that trust store and every county
// resource must be backed by the source it is attributed to (county-backing.ts): what this writes is what
// county-package-verify.ts accepts. An incremental county package is today's increment (`base`). The checks run
// before the county key is unlocked (checkCountySources), the signing after (packCountyPackage).
import { keyIdOf } from '../crypto/keys.ts';
import { compareCodeUnits } from '../package/code-unit-order.ts';
import { normalizeInstant } from '../package/instant.ts';
import { fileDigest } from '../package/manifest.ts';
import type { Catalog } from '../model/catalog.ts';
import { packCatalog, type PackOptions } from '../package/pack.ts';
import { refuse } from '../package/pack-errors.ts';
import type { TrustStore } from '../package/trust-store.ts';
import { verifyPackage } from '../package/verify.ts';
import { backingProblem, type EmbeddedSource } from './county-backing.ts';
import { refuseCountyPack } from './county-package-failures.ts';
import { embeddedEntryName, ROSTER_ENTRY, ROSTER_FORMAT, ROSTER_SIGNATURE_ENTRY, ROSTER_VERSION, signRoster, type RosterUnit } from './county-roster.ts';

export interface CountySource {
  /** The file name, for messages. */
  file: string;
  bytes: Uint8Array;
}

/** The sources checked and ready to embed, with the roster's units: everything but what needs the county key. */
export interface CountySources {
  /** The creation time they were checked at, which the package must carry. */
  createdAt: string;
  embedded: Map<string, Uint8Array>;
  units: RosterUnit[];
}

/**
 * Each source verified against the county's trust store at the package's creation time (the time verification
 * checks them at) and every county resource backed by its source; refused with CountyPackError otherwise. Run
 * before the county key is unlocked, so every refusal comes before the passphrase.
 */
export async function checkCountySources(catalog: Catalog, sources: readonly CountySource[], trust: TrustStore, createdAtText: string): Promise<CountySources> {
  const createdAt = normalizeInstant(createdAtText);
  if (createdAt === undefined) throw refuse('invalidCreationTime', { value: createdAtText });
  const at = new Date(createdAt);
  const checked: EmbeddedSource[] = [];
  const embedded = new Map<string, Uint8Array>();
  for (const source of sources) {
    const verified = await verifyPackage(source.bytes, { trust, at });
    if (!verified.ok) throw refuseCountyPack('sourceInvalid', { file: source.file, reason: verified.reason, detail: verified.message });
    checked.push({ entry: source.file, manifest: verified.manifest, manifestDigest: await fileDigest(verified.manifest.signer.suite, verified.manifestBytes), catalog: verified.catalog });
    embedded.set(embeddedEntryName(verified.manifest.packageId), source.bytes);
  }
  const problem = backingProblem(catalog, checked);
  if (problem) throw refuseCountyPack(problem.reason, problem.params);
  const units = checked
    .map(({ manifest }): RosterUnit => {
      const department = trust.file.departments.find((d) => d.uscc === manifest.department.uscc)!; // it verified against this store
      return { name: department.name, uscc: department.uscc, divisionCode: manifest.department.divisionCode, keys: department.keys };
    })
    .sort((a, b) => compareCodeUnits(a.uscc, b.uscc));
  return { createdAt, embedded, units };
}

/** The county package: the catalog packed as usual, with the embedded packages and the roster signed by `signer`. */
export async function packCountyPackage(options: Omit<PackOptions, 'attachments' | 'createdAt'> & { sources: CountySources }): Promise<Uint8Array> {
  const { signer, catalog, sources } = options;
  const { name, uscc, divisionCode } = catalog.department;
  const roster = signRoster(
    { format: ROSTER_FORMAT, version: ROSTER_VERSION, county: { name, uscc, divisionCode }, signer: await keyIdOf(signer.suite, signer.publicKey), issuedAt: sources.createdAt, units: sources.units },
    signer,
  );
  const attachments = new Map([...sources.embedded, [ROSTER_ENTRY, roster.bytes], [ROSTER_SIGNATURE_ENTRY, roster.signature]]);
  return packCatalog({ ...options, createdAt: sources.createdAt, attachments });
}
