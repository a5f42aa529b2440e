// The lists a package carries (docs/lists.md, docs/package-format.md): every list the profile asks for, generated
// from the packed catalog as CSV (`lists/<list id>.csv`, the dialect of `mulu lists --format csv`), listed and signed
// in the manifest like the other files. CSV rather than one workbook keeps packing a county catalog fast, and a file
// per list lets a receiver open just the one it needs. The lists are derived data: verify generates them again from
// the catalog in the package and requires the same bytes, so a list can never disagree with the catalog it travels with.
import { equalBytes } from '@noble/curves/utils.js';
import { listsCsv } from '../lists/export-lists-csv.ts';
import type { ListId } from '../lists/list-definitions.ts';
import type { Catalog } from '../model/catalog.ts';
import type { Profile } from '../profiles/profile.ts';
import { encodeUtf8 } from '../zip/utf8.ts';
import type { PackageManifest } from './manifest.ts';
import { packageFailure, type PackageFailure } from './package-failures.ts';

export const LISTS_FOLDER = 'lists/';

/** `lists/<list id>.csv`: the id, not the profile's title, so the path is the same under every profile. */
export const listPath = (id: ListId) => `${LISTS_FOLDER}${id}.csv`;

/** path → bytes of every list `profile` asks for, generated from `catalog`. */
export function listFiles(catalog: Catalog, profile: Profile): Map<string, Uint8Array> {
  return new Map(listsCsv(catalog, profile).map(({ definition, parts }) => [listPath(definition.id), encodeUtf8(parts.join(''))]));
}

/**
 * Step 8 (verify-content.ts): the lists in the package are exactly the ones the profile asks for, each byte for byte
 * what the catalog gives. A package with no list at all was packed before packages carried lists and is accepted
 * (its catalog is what counts; the lists can be generated from it).
 */
export function listsFailure(entries: ReadonlyMap<string, Uint8Array>, manifest: PackageManifest, catalog: Catalog, profile: Profile): PackageFailure | undefined {
  const carried = manifest.files.filter((f) => f.path.startsWith(LISTS_FOLDER)).map((f) => f.path);
  if (carried.length === 0) return undefined;
  const expected = listFiles(catalog, profile);
  for (const path of carried) {
    if (!expected.has(path)) return packageFailure('listsMismatch', { entry: path, problem: { zh: `规则配置「${profile.id}」没有这个清单`, en: `the profile "${profile.id}" has no such list` } }, path);
  }
  for (const [path, bytes] of expected) {
    const data = entries.get(path);
    if (!data) return packageFailure('listsMismatch', { entry: path, problem: { zh: '目录包中缺少这个清单', en: 'the package lacks this list' } }, path);
    if (!equalBytes(data, bytes)) return packageFailure('listsMismatch', { entry: path, problem: { zh: '与包内目录生成的清单不同', en: 'it differs from the list the catalog gives' } }, path);
  }
  return undefined;
}
