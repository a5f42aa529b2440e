// The county's review decisions and the conflict register's statuses (schema v6). A decision is stored once per
// inbox package, with its audit entry, in one transaction; a second decision on the same package, or one on a
// package that did not verify, is refused before anything is written.
import type { ConflictStatus } from '../../../core/county/conflict.ts';
import { appendAudit, AUDIT_TABLES } from './audit-log.ts';
import type { ConflictStatusRow, ReviewRow } from './county-rows.ts';
import { prefixRange } from './mulu-database.ts';
import { mapQuotaError } from './quota.ts';
import type { StorageContext } from './storage-context.ts';

export function listReviews(ctx: StorageContext, workspaceId: number): Promise<ReviewRow[]> {
  return ctx.db.reviews.where('workspaceId').equals(workspaceId).sortBy('id');
}

/** Each unit's latest decision (by package version): what the county holds of the unit. */
export function latestReviews(rows: readonly ReviewRow[]): Map<string, ReviewRow> {
  const latest = new Map<string, ReviewRow>();
  for (const row of rows) {
    const held = latest.get(row.attribution.unit.uscc);
    if (!held || held.attribution.version < row.attribution.version) latest.set(row.attribution.unit.uscc, row);
  }
  return latest;
}

export type RecordReviewResult = { ok: true; row: ReviewRow } | { ok: false; reason: 'decided' | 'notAccepted' };

export async function recordReview(ctx: StorageContext, row: Omit<ReviewRow, 'id'>): Promise<RecordReviewResult> {
  const { db } = ctx;
  return mapQuotaError(() =>
    db.transaction('rw', [db.reviews, db.inbox, ...AUDIT_TABLES], async (): Promise<RecordReviewResult> => {
      const inbox = await db.inbox.get(row.inboxId);
      if (!inbox || inbox.workspaceId !== row.workspaceId || inbox.verdict.verdict !== 'accepted') return { ok: false, reason: 'notAccepted' };
      if ((await db.reviews.where('inboxId').equals(row.inboxId).count()) > 0) return { ok: false, reason: 'decided' };
      const id = await db.reviews.add(row as ReviewRow);
      const { unit, version } = row.attribution;
      await appendAudit(ctx, {
        operator: row.operator,
        workspaceId: row.workspaceId,
        action: 'review.decide',
        subject: `${unit.uscc}:${version}`,
        detail: { unit: unit.name, version, decision: row.decision, accepted: row.accepted, returned: row.returned },
      });
      return { ok: true, row: { ...row, id } as ReviewRow };
    }),
  );
}

export async function listConflictStatuses(ctx: StorageContext, workspaceId: number): Promise<Map<string, ConflictStatus>> {
  const rows = await ctx.db.conflictStatuses.where('[workspaceId+conflictId]').between(...prefixRange(workspaceId)).toArray();
  return new Map(rows.map((r) => [r.conflictId, r.status]));
}

export async function recordConflictStatus(ctx: StorageContext, workspaceId: number, conflictId: string, status: ConflictStatus, operator: string): Promise<void> {
  const { db } = ctx;
  const row: ConflictStatusRow = { workspaceId, conflictId, status, updatedAt: ctx.now(), operator };
  await mapQuotaError(() =>
    db.transaction('rw', [db.conflictStatuses, ...AUDIT_TABLES], async () => {
      await db.conflictStatuses.put(row);
      await appendAudit(ctx, { operator, workspaceId, action: 'conflict.status', subject: conflictId, detail: { ...status } });
    }),
  );
}
