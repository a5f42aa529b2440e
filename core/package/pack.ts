// Building a signed catalog package, full or incremental. Everything in it is a function of the inputs: the catalog
// and report serialise deterministically, the manifest's time comes from the catalog or the caller (never a clock
// here), and the container is byte-reproducible (core/zip/writer.ts). So the same catalog and key give the same bytes
// apart from the SM2 signature's random nonce (Ed25519 signatures are deterministic too).
//
// Container order: `mimetype`, then the files the manifest lists in its sorted order (META-INF/signer.pem,
// catalog.json, [catalog.xlsx], [changes.json], lists/<list>.csv, validation-report.json), then
// META-INF/manifest.json and META-INF/manifest.sig. The lists are those the report's profile asks for
// (list-files.ts). The signer's public key is listed, so it is covered by the signature like the payload; it remains
// only a hint to verifiers. With a base the package is incremental (increment.ts).
import { encodePublicKeyPem, keyIdOf } from '../crypto/keys.ts';
import { sign } from '../crypto/signature.ts';
import { serializeCatalog } from '../format/catalog-file.ts';
import type { Catalog } from '../model/catalog.ts';
import type { ValidationReport } from '../report/validation-report.ts';
import { changeListDocument, serializeChangeList } from './change-list.ts';
import type { ChangeNotes } from './change-notes.ts';
import { normalizeInstant } from './instant.ts';
import { loadProfile, UnknownProfileError, type Profile } from '../profiles/profile.ts';
import { planIncrement, resolveBase, type PackBase } from './increment.ts';
import { buildManifest, serializeManifest, type PackageType } from './manifest.ts';
import { listCodes } from './code-list.ts';
import { listFiles } from './list-files.ts';
import { refuse } from './pack-errors.ts';
import { isMatchingKeyPair, type SigningKey } from './signer-key.ts';
import { CATALOG_ENTRY, CHANGES_ENTRY, MANIFEST_ENTRY, PACKAGE_MEDIA_TYPE, REPORT_ENTRY, SIGNATURE_ENTRY, SIGNER_ENTRY, WORKBOOK_ENTRY } from './package-media-type.ts';
import { encodeUtf8 } from '../zip/utf8.ts';
import { writeContainer } from '../zip/writer.ts';

export { PackError, type PackRefusal } from './pack-errors.ts';

export interface PackOptions {
  catalog: Catalog;
  /** The validation report the catalog passed; it travels in the package. */
  report: ValidationReport;
  signer: SigningKey;
  /** The manifest's creation time; defaults to the catalog's updatedAt. Core never reads the clock. */
  createdAt?: string;
  type?: PackageType;
  /** The previous package of this department: makes the package incremental. */
  base?: PackBase;
  /** The 变更说明 for the changes since `base`; every change needs a reason. */
  changeNotes?: ChangeNotes;
  /** The catalog as the official Excel workbook, carried for people as catalog.xlsx (covered by the signature). */
  workbook?: Uint8Array;
  /**
   * Further files, listed and signed like the payload: a county package's roster and the unit packages it embeds
   * (core/county/county-package-pack.ts). Their names must not be the package's own.
   */
  attachments?: ReadonlyMap<string, Uint8Array>;
}

export async function packCatalog(options: PackOptions): Promise<Uint8Array> {
  const { catalog, report, signer } = options;
  if (report.counts.error > 0) throw refuse('reportHasErrors', { count: report.counts.error });
  if (report.catalog.department !== catalog.department.name || report.catalog.resources !== catalog.resources.length) throw refuse('reportMismatch');
  // 涉密 resources and items must never leave in a sharing catalog. The rule engine reports them as errors already;
  // this repeats the check because a profile could switch the rule off, and it is the last gate before signing.
  // Refusing (rather than silently dropping them) keeps the packaged catalog identical to the one validated.
  const secret = catalog.resources.filter((r) => r.secret === true || r.items.some((item) => item.secret === true));
  if (secret.length > 0) {
    const codes = secret.map((r, i) => r.code ?? r.name ?? `#${i + 1}`);
    throw refuse('secretResources', { count: secret.length, codes: listCodes(codes, 5) });
  }
  const createdAtText = options.createdAt ?? catalog.updatedAt;
  if (createdAtText === undefined) throw refuse('noCreationTime');
  const createdAt = normalizeInstant(createdAtText);
  if (createdAt === undefined) throw refuse('invalidCreationTime', { value: createdAtText });
  if (!isMatchingKeyPair(signer)) throw refuse('keyMismatch');

  const type = options.type ?? 'submission';
  const catalogVersion = catalog.catalogVersion ?? 0;
  // What verify's manifest check requires (manifest.ts), refused here rather than packed and then not verifiable.
  if (!Number.isSafeInteger(catalogVersion) || catalogVersion < 0) throw refuse('invalidCatalogVersion', { value: String(catalogVersion) });
  const increment = options.base
    ? await planIncrement(await resolveBase(options.base, signer, type, new Date(createdAt)), catalog, {
        suite: signer.suite,
        ...(options.changeNotes && { notes: options.changeNotes }),
        changeBasis: knownProfile(report.profile.id)?.changeBasis,
      })
    : undefined;

  const files = new Map<string, Uint8Array>([
    [SIGNER_ENTRY, encodeUtf8(encodePublicKeyPem(signer.suite, signer.publicKey))],
    [CATALOG_ENTRY, encodeUtf8(serializeCatalog(catalog))],
    [REPORT_ENTRY, encodeUtf8(`${JSON.stringify(report, null, 2)}\n`)],
  ]);
  if (increment) files.set(CHANGES_ENTRY, encodeUtf8(serializeChangeList(changeListDocument({ ...increment, catalogVersion }))));
  if (options.workbook) files.set(WORKBOOK_ENTRY, options.workbook);
  const profile = knownProfile(report.profile.id);
  if (profile) for (const [path, data] of listFiles(catalog, profile)) files.set(path, data);
  for (const [path, data] of options.attachments ?? []) {
    if (files.has(path) || path === MANIFEST_ENTRY || path === SIGNATURE_ENTRY) throw new RangeError(`packCatalog: attachment "${path}" would replace a file of the package`);
    files.set(path, data);
  }
  const manifest = await buildManifest(
    {
      type,
      department: { name: catalog.department.name, uscc: catalog.department.uscc, divisionCode: catalog.department.divisionCode },
      profile: report.profile.id,
      catalogVersion,
      createdAt,
      signer: { keyId: await keyIdOf(signer.suite, signer.publicKey), suite: signer.suite },
    },
    files,
    increment,
  );
  const manifestBytes = serializeManifest(manifest);
  const signature = sign({ algorithm: signer.suite, privateKey: signer.privateKey, publicKey: signer.publicKey }, manifestBytes);
  return writeContainer(
    [
      ...manifest.files.map((f) => ({ path: f.path, data: files.get(f.path)! })),
      { path: MANIFEST_ENTRY, data: manifestBytes },
      { path: SIGNATURE_ENTRY, data: signature },
    ],
    PACKAGE_MEDIA_TYPE,
  );
}

/** The profile the report was made under; a report from a profile this build does not know asks for nothing more. */
export function knownProfile(id: string): Profile | undefined {
  try {
    return loadProfile(id);
  } catch (e) {
    if (e instanceof UnknownProfileError) return undefined;
    throw e;
  }
}
