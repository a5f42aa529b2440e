// The small decisions around a new package: its version, the package an incremental one builds on, and the file
// name offered when saving it.
import type { PackageType } from '../../../core/package/manifest.ts';
import { beijingDate } from '../../../core/time/beijing-time.ts';
import type { PackageRow } from '../storage/rows.ts';

/**
 * The version of the next package: after every package made so far (a returned one too — the platform has seen
 * its number), and never below the catalog's own version (an imported catalog may carry one).
 */
export function nextCatalogVersion(catalogVersion: number | undefined, packages: readonly Pick<PackageRow, 'manifest'>[]): number {
  const sent = packages.map((p) => p.manifest.catalogVersion);
  return Math.max(1, catalogVersion ?? 0, ...sent.map((v) => v + 1));
}

/** The newest accepted package of the same type whose bytes are kept: what an incremental package follows. */
export function incrementBase(packages: readonly PackageRow[], type: PackageType): (PackageRow & { content: { kind: 'bytes' } }) | undefined {
  return packages
    .filter((p): p is PackageRow & { content: { kind: 'bytes' } } => p.status === 'accepted' && p.type === type && p.content.kind === 'bytes')
    .sort((a, b) => b.manifest.catalogVersion - a.manifest.catalogVersion)[0];
}

// Characters Windows refuses in file names, and control characters.
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f]/g;

/** A department name as part of a file name offered for saving (a package, a backup). */
export const fileNamePart = (department: string) => department.replace(UNSAFE, '').trim() || '部门';

/** `<部门>-目录-v<版本>-<日期>.zip` (the date in China Standard Time); training packages say so in the name as well as inside. */
export function packageFileName(department: string, version: number, createdAt: string, type: PackageType): string {
  const date = beijingDate(createdAt).replaceAll('-', '');
  const name = fileNamePart(department);
  return `${name}-${type === 'training' ? '培训练习' : '目录'}-v${version}-${date}.zip`;
}
