// The checks that concern incremental packages (docs/package-format.md §5.1, steps 6 and 7). Step 6 needs only the
// package: `changes.json` says what the manifest's change list says, and that list agrees with the catalog in the
// package (added and changed resources present, withdrawn ones gone). Step 7 needs the base the verifier holds:
// same department, a newer version, the base the package names (version and exact manifest digest), and a change
// list that is exactly the difference between the two catalogs.
import type { Catalog } from '../model/catalog.ts';
import type { LocalText } from '../i18n/text.ts';
import { diffCatalogs } from './catalog-diff.ts';
import { changeListCatalogMismatch, changeListDocument, changeListMismatch } from './change-list.ts';
import { jsonEqual } from '../format/json-equal.ts';
import { fileDigest, isIncremental, type PackageManifest } from './manifest.ts';
import { packageFailure, type PackageFailure } from './package-failures.ts';
import { CHANGES_ENTRY } from './package-media-type.ts';
import { decodeUtf8Strict } from '../zip/utf8.ts';
import { parseJsonText } from '../format/json-text.ts';

/** What a chain is checked against: a package the verifier holds, itself verified. */
export interface ChainBase {
  manifest: PackageManifest;
  manifestBytes: Uint8Array;
  catalog: Catalog;
}

/**
 * A base the verifier no longer holds as a package but recorded when it accepted it (a county catalog keeps, per
 * unit, the department, version, manifest digest and catalog: core/county/attribution.ts). The digest is spelled
 * as file digests are, with the suite of the package that was accepted.
 */
export interface RecordedBase {
  department: { name: string; uscc: string };
  catalogVersion: number;
  manifestDigest: string;
  catalog: Catalog;
}

const mismatch = (detail: LocalText) => packageFailure('changesMismatch', { detail });

/** Step 6: the change list in the manifest, in `changes.json` and in the catalog tell one story. */
export function changeListFailure(entries: ReadonlyMap<string, Uint8Array>, manifest: PackageManifest, catalog: Catalog): PackageFailure | undefined {
  const listed = manifest.files.some((f) => f.path === CHANGES_ENTRY);
  if (!isIncremental(manifest)) {
    return listed ? mismatch({ zh: '全量目录包不应含 changes.json', en: 'a full package lists changes.json' }) : undefined;
  }
  if (!listed) return mismatch({ zh: '清单含变更列表，但未列出 changes.json', en: 'the manifest has a change list but does not list changes.json' });
  const text = decodeUtf8Strict(entries.get(CHANGES_ENTRY) ?? new Uint8Array());
  const parsed = text === undefined ? undefined : parseJsonText(text);
  const value = parsed?.ok ? parsed.value : undefined;
  if (!jsonEqual(value, changeListDocument(manifest))) {
    return mismatch({ zh: 'changes.json 与清单中的变更列表不一致', en: 'changes.json does not say what the manifest’s change list says' });
  }
  const problem = changeListCatalogMismatch(manifest.changes, catalog);
  return problem && mismatch(problem);
}

/** Step 7: the package continues `base`. A full package checked against a base must at least be newer. */
export async function chainFailure(manifest: PackageManifest, catalog: Catalog, base: ChainBase | RecordedBase): Promise<PackageFailure | undefined> {
  const held = 'manifest' in base ? base.manifest : base;
  if (held.department.uscc !== manifest.department.uscc) {
    return packageFailure('baseDepartmentMismatch', { uscc: manifest.department.uscc, baseName: held.department.name, baseUscc: held.department.uscc });
  }
  if (manifest.catalogVersion <= held.catalogVersion) return packageFailure('staleVersion', { version: manifest.catalogVersion, baseVersion: held.catalogVersion });
  if (!isIncremental(manifest)) return undefined;
  if (manifest.baseVersion !== held.catalogVersion) return packageFailure('baseVersionMismatch', { claimed: manifest.baseVersion, actual: held.catalogVersion });
  const actualDigest = 'manifestBytes' in base ? await fileDigest(manifest.signer.suite, base.manifestBytes) : base.manifestDigest;
  if (actualDigest !== manifest.baseManifestDigest) {
    return packageFailure('baseDigestMismatch', { version: held.catalogVersion, claimed: manifest.baseManifestDigest, actual: actualDigest });
  }
  const diff = diffCatalogs(base.catalog, catalog);
  if (!diff.ok) {
    return mismatch({ zh: `${diff.side === 'old' ? '上一版' : '本版'}目录中资源代码重复（${diff.duplicates.join('、')}），无法逐条比对`, en: `the ${diff.side === 'old' ? 'base' : 'new'} catalog repeats resource codes (${diff.duplicates.join(', ')}), so changes cannot be matched` });
  }
  const problem = changeListMismatch(manifest.changes, diff.diff.changes);
  return problem && mismatch(problem);
}
