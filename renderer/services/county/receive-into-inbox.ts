// Receiving a batch of picked packages into the county inbox: the roster's trust store and each unit's last
// accepted package go with the files to the inbox worker, and its verdicts are recorded with the files. A file
// that could not be read is a rejected verdict like any other.
import { rosterTrustStore } from '../../../core/county/roster-trust.ts';
import type { UnitPackageInput } from '../../../core/county/receive-packages.ts';
import { serializeTrustStore } from '../../../core/package/trust-store.ts';
import type { PickedEntry } from '../platform/platform.ts';
import type { InboxRow } from '../storage/county-rows.ts';
import { latestAccepted, listInbox, recordInboxBatch } from '../storage/inbox.ts';
import { listRoster } from '../storage/roster.ts';
import type { StorageContext } from '../storage/storage-context.ts';
import { startWorkerJob, type JobWorker, type WorkerJobOutcome } from '../workers/worker-job.ts';
import type { InboxJob } from './inbox-job.ts';

/** `ms`: from the files in hand to the verdicts stored, what the clerk waits for (the inbox shows it). */
export type InboxOutcome = { ok: true; rows: InboxRow[]; ms: number } | Exclude<WorkerJobOutcome<never>, { ok: true }> | { ok: false; refused: { zh: string; en: string } };

const EMPTY_BYTES = new Uint8Array(0);

export async function receiveIntoInbox(ctx: StorageContext, workspaceId: number, picked: readonly PickedEntry[], operator: string, createWorker: () => JobWorker): Promise<InboxOutcome> {
  const started = performance.now();
  const [roster, inbox] = await Promise.all([listRoster(ctx, workspaceId), listInbox(ctx, workspaceId)]);
  const files: UnitPackageInput[] = picked.map((p) => ('bytes' in p ? { file: p.name, bytes: p.bytes } : { file: p.name, unreadable: { zh: p.unreadable, en: p.unreadable } }));
  const bases = [...latestAccepted(inbox).values()].map((row) => ({ file: row.verdict.file, bytes: row.bytes }));
  const job = startWorkerJob<InboxJob>(createWorker, { files, trust: serializeTrustStore(rosterTrustStore(roster)), bases, at: new Date(ctx.now()).toISOString() });
  const outcome = await job.result;
  if (!outcome.ok) return outcome;
  if (!outcome.result.ok) return { ok: false, refused: outcome.result.message };
  const verdicts = outcome.result.verdicts;
  const rows = await recordInboxBatch(ctx, workspaceId, picked.map((p, i) => ({ verdict: verdicts[i]!, bytes: 'bytes' in p ? p.bytes : EMPTY_BYTES })), operator);
  return { ok: true, rows, ms: performance.now() - started };
}
