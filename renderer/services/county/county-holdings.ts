// What the county holds after review, derived from the stored decisions: the county catalog (each unit's resources
// kept by its latest decision, attributed to the unit and the package they came from; a returned resource is in
// none of them), and per unit what 上报情况 counts — the last version accepted and when the unit last had resources
// returned (core/county/report-status.ts).
import { buildCountyCatalog } from '../../../core/county/county-catalog.ts';
import type { UnitReportRecord } from '../../../core/county/report-status.ts';
import type { Catalog } from '../../../core/model/catalog.ts';
import type { ReviewRow } from '../storage/county-rows.ts';
import type { WorkspaceRow } from '../storage/rows.ts';
import { latestReviews } from '../storage/reviews.ts';

export function reviewedCountyCatalog(workspace: Pick<WorkspaceRow, 'profileId' | 'department'>, reviews: readonly ReviewRow[]): Catalog {
  const latest = [...latestReviews(reviews).values()];
  return buildCountyCatalog(
    latest.map((row) => ({ ...row.attribution, catalog: { resources: row.resources } })),
    {
      profile: workspace.profileId,
      department: workspace.department,
      catalogVersion: reviews.length,
      updatedAt: latest.reduce((at, row) => (row.decidedAt > at ? row.decidedAt : at), new Date(0).toISOString()),
    },
  );
}

/** By unit USCC: the latest version that passed in part or whole, and the last decision that returned anything. */
export function reportRecords(reviews: readonly ReviewRow[]): Map<string, UnitReportRecord> {
  const records = new Map<string, UnitReportRecord>();
  for (const row of [...reviews].sort((a, b) => a.attribution.version - b.attribution.version)) {
    const uscc = row.attribution.unit.uscc;
    const record = { ...records.get(uscc) };
    if (row.decision === 'accepted') record.accepted = { version: row.attribution.version, at: row.attribution.date };
    if (row.returned > 0 && (record.returnedAt === undefined || row.decidedAt > record.returnedAt)) record.returnedAt = row.decidedAt;
    records.set(uscc, record);
  }
  return records;
}
