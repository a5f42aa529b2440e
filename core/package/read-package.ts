// Reading what a package says about itself, before (or without) believing it: the safe container (core/zip/reader.ts),
// the strictly parsed manifest, and the catalog in the payload. `verify` builds on this; `inspect`, `diff` and
// receipts also use it where they only need to know what a package claims, and say so.
import { parseCatalogText } from '../format/catalog-file.ts';
import type { Catalog } from '../model/catalog.ts';
import { parseManifest, type PackageManifest } from './manifest.ts';
import { packageFailure, type PackageFailure } from './package-failures.ts';
import { CATALOG_ENTRY, MANIFEST_ENTRY, PACKAGE_MEDIA_TYPE, SIGNATURE_ENTRY } from './package-media-type.ts';
import { readContainer, type ArchiveLimits } from '../zip/reader.ts';
import { decodeUtf8Strict } from '../zip/utf8.ts';

export interface PackageContents {
  /** Every entry except `mimetype`, by name. */
  entries: Map<string, Uint8Array>;
  /** The entry names in archive order. */
  order: string[];
  manifest: PackageManifest;
  /** The exact bytes of META-INF/manifest.json: what is signed, and what a later package's base digest covers. */
  manifestBytes: Uint8Array;
  signature: Uint8Array;
}

/** Steps 1 and 2 of verification: the container and the manifest. Nothing here checks trust or the signature. */
export function readPackage(bytes: Uint8Array, limits?: Partial<ArchiveLimits>): { ok: true; contents: PackageContents } | PackageFailure {
  const container = readContainer(bytes, PACKAGE_MEDIA_TYPE, limits);
  if (!container.ok) {
    return { ok: false, reason: 'container', containerReason: container.reason, message: container.message, ...(container.entry !== undefined && { entry: container.entry }) };
  }
  const { entries, order } = container;
  const manifestBytes = entries.get(MANIFEST_ENTRY);
  if (!manifestBytes) return packageFailure('manifestMissing');
  const signature = entries.get(SIGNATURE_ENTRY);
  if (!signature) return packageFailure('signatureMissing');
  const parsed = parseManifest(manifestBytes);
  if (!parsed.ok) return packageFailure('manifestInvalid', { problem: parsed.problem });
  return { ok: true, contents: { entries, order, manifest: parsed.manifest, manifestBytes, signature } };
}

/** The payload catalog: listed, strict UTF-8, a readable catalog, naming the manifest's department and version. */
export function readPayloadCatalog(contents: Pick<PackageContents, 'entries' | 'manifest'>): { ok: true; catalog: Catalog } | PackageFailure {
  const { entries, manifest } = contents;
  if (!manifest.files.some((f) => f.path === CATALOG_ENTRY)) return packageFailure('payloadInvalid', { problem: `${CATALOG_ENTRY} is not listed` });
  const bytes = entries.get(CATALOG_ENTRY);
  const text = bytes && decodeUtf8Strict(bytes);
  if (text === undefined) return packageFailure('payloadInvalid', { problem: `${CATALOG_ENTRY} is missing or not UTF-8` });
  const loaded = parseCatalogText(text);
  if (!loaded.ok) return packageFailure('payloadInvalid', { problem: `${CATALOG_ENTRY}: ${loaded.kind}` });
  const d = loaded.catalog.department;
  if (d.uscc !== manifest.department.uscc || d.name !== manifest.department.name || d.divisionCode !== manifest.department.divisionCode) {
    return packageFailure('payloadInvalid', { problem: 'department differs from the manifest' });
  }
  if ((loaded.catalog.catalogVersion ?? 0) !== manifest.catalogVersion) return packageFailure('payloadInvalid', { problem: 'catalogVersion differs from the manifest' });
  return { ok: true, catalog: loaded.catalog };
}
