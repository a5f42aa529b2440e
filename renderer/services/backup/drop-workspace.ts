// Removing every row of one workspace: a restore's staging copy that never became live, or the workspace a restore
// replaced. Each table is one range or index delete, safe to run again after a cut; the workspace row goes last, so
// a cut leaves it pointing at what is still to drop. Which workspaces are pending is in the meta table, so the
// next start finishes what a crash interrupted (cleanUpRestores, called by the start-up integrity check).
import type { JsonValue } from '../../../core/crypto/canonical-json.ts';
import { prefixRange } from '../storage/mulu-database.ts';
import type { StorageContext } from '../storage/storage-context.ts';
import { MERGED_TABLES, settingWorkspace, UNSAVED_TABLES } from './backup-scope.ts';

/** A staging workspace's slot: unique, and never a department's or training's, so nothing else lists it. */
export const STAGING_SLOT_PREFIX = 'restore:';

/** The meta row listing workspace ids whose rows are still to be dropped (replaced by a restore). */
export const PENDING_DROPS = 'restorePendingDrops';

export const isStagingSlot = (slot: string) => slot.startsWith(STAGING_SLOT_PREFIX);

export async function dropWorkspaceRows(ctx: StorageContext, workspaceId: number): Promise<void> {
  const { db } = ctx;
  for (const table of db.tables) {
    if (UNSAVED_TABLES.has(table.name) || MERGED_TABLES.has(table.name) || table.name === 'workspaces') continue;
    const kp = table.schema.primKey.keyPath;
    if (Array.isArray(kp) && kp[0] === 'workspaceId') await table.where(table.schema.primKey.name).between(...prefixRange(workspaceId)).delete();
    else if (table.schema.indexes.some((i) => i.keyPath === 'workspaceId')) await table.where('workspaceId').equals(workspaceId).delete();
    else if (table.name === 'settings') await table.filter((row: { key: string }) => settingWorkspace(row.key) === workspaceId).delete();
    else await table.filter((row: { workspaceId?: unknown }) => row.workspaceId === workspaceId).delete();
  }
  await db.workspaces.delete(workspaceId);
}

async function pendingDrops(ctx: StorageContext): Promise<number[]> {
  const value = (await ctx.db.meta.get(PENDING_DROPS))?.value;
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
}

/** Inside the caller's transaction (which has meta): marks a replaced workspace's rows for dropping. */
export async function addPendingDrop(ctx: StorageContext, workspaceId: number): Promise<void> {
  await ctx.db.meta.put({ key: PENDING_DROPS, value: [...(await pendingDrops(ctx)), workspaceId] as JsonValue });
}

export async function finishPendingDrop(ctx: StorageContext, workspaceId: number): Promise<void> {
  await dropWorkspaceRows(ctx, workspaceId);
  const { db } = ctx;
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: PENDING_DROPS, value: (await pendingDrops(ctx)).filter((id) => id !== workspaceId) });
  });
}

export interface RestoreCleanup {
  /** Restores cut off while staging: their rows were dropped. */
  abandoned: number;
  /** Workspaces a restore replaced whose rows were still being dropped. */
  dropped: number;
}

/** At start-up, before anything reads the workspaces: finishes or undoes what a crashed restore left. */
export async function cleanUpRestores(ctx: StorageContext): Promise<RestoreCleanup> {
  const staging = (await ctx.db.workspaces.toArray()).filter((w) => isStagingSlot(w.slot));
  for (const ws of staging) await dropWorkspaceRows(ctx, ws.id);
  const pending = await pendingDrops(ctx);
  for (const id of pending) await finishPendingDrop(ctx, id);
  return { abandoned: staging.length, dropped: pending.length };
}
