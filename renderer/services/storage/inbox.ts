// The county inbox: every package received, with core's verdict, kept whatever it was — a rejected package is the
// record of what a unit sent and why it was refused, and is never merged.
import type { InputVerdict } from '../../../core/county/input-verdict.ts';
import { appendAudit, AUDIT_TABLES } from './audit-log.ts';
import type { InboxRow } from './county-rows.ts';
import { mapQuotaError } from './quota.ts';
import type { StorageContext } from './storage-context.ts';

export function listInbox(ctx: StorageContext, workspaceId: number): Promise<InboxRow[]> {
  return ctx.db.inbox.where('workspaceId').equals(workspaceId).sortBy('id');
}

/** Each unit's package now accepted: of the packages that verified and were taken, the highest version. */
export function latestAccepted(rows: readonly InboxRow[]): Map<string, InboxRow> {
  const latest = new Map<string, InboxRow>();
  for (const row of rows) {
    const { verdict } = row;
    if (verdict.verdict !== 'accepted' || !verdict.unit || verdict.version === undefined) continue;
    const held = latest.get(verdict.unit.uscc);
    if (!held || held.verdict.version! < verdict.version) latest.set(verdict.unit.uscc, row);
  }
  return latest;
}

/** Records one batch of received packages, one row per file in the order picked. */
export async function recordInboxBatch(ctx: StorageContext, workspaceId: number, received: readonly { verdict: InputVerdict; bytes: Uint8Array }[], operator: string): Promise<InboxRow[]> {
  const { db } = ctx;
  return mapQuotaError(() =>
    db.transaction('rw', [db.inbox, ...AUDIT_TABLES], async () => {
      const last = await db.inbox.where('workspaceId').equals(workspaceId).last();
      const batch = (last?.batch ?? 0) + 1;
      const receivedAt = ctx.now();
      const rows: InboxRow[] = [];
      for (const item of received) {
        const row: Omit<InboxRow, 'id'> = { workspaceId, batch, receivedAt, verdict: item.verdict, bytes: item.bytes };
        rows.push({ ...row, id: await db.inbox.add(row as InboxRow) });
      }
      const count = (kind: InputVerdict['verdict']) => received.filter((r) => r.verdict.verdict === kind).length;
      await appendAudit(ctx, { operator, workspaceId, action: 'inbox.receive', subject: String(batch), detail: { files: received.length, accepted: count('accepted'), superseded: count('superseded'), rejected: count('rejected') } });
      return rows;
    }),
  );
}
