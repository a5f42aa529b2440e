// How many resources and items each package sent carries, for the list of packages: the manifest does not say,
// and reading it from the package file would mean inflating a county catalog per row. Kept in the settings table
// (JSON values, no schema change), keyed by package id, written right after the package is recorded.
import type { JsonValue } from '../../../core/crypto/canonical-json.ts';
import { mapQuotaError } from './quota.ts';
import type { StorageContext } from './storage-context.ts';

export interface PackageSummary {
  resources: number;
  items: number;
}

const summarySetting = (packageId: string) => `packageSummary:${packageId}`;

export async function setPackageSummary(ctx: StorageContext, packageId: string, summary: PackageSummary): Promise<void> {
  await mapQuotaError(() => ctx.db.settings.put({ key: summarySetting(packageId), value: { ...summary } as unknown as JsonValue }));
}

/** The summaries known for these packages (a package recorded before summaries existed has none). */
export async function getPackageSummaries(ctx: StorageContext, packageIds: readonly string[]): Promise<Map<string, PackageSummary>> {
  const rows = await ctx.db.settings.bulkGet(packageIds.map(summarySetting));
  const summaries = new Map<string, PackageSummary>();
  rows.forEach((row, i) => row && summaries.set(packageIds[i]!, row.value as unknown as PackageSummary));
  return summaries;
}
