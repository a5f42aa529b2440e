// The resources a workspace changed after a given instant (the last accepted package, for 首页's deadlines): for
// each, when its first version after that instant was saved, which is when the regulation's working-day clock
// started. Read from index keys only (schema v3's saved-at indexes, and primary keys): no resource or history
// row is deserialized, so the cost does not grow with the items inside the rows.
import { Dexie } from 'dexie';
import { HISTORY_KEY, HISTORY_SAVED_AT, prefixRange, RESOURCE_KEY, RESOURCE_SAVED_AT, type HistoryKey, type ResourceKey } from './mulu-database.ts';
import type { StorageContext } from './storage-context.ts';
import { getWorkspace } from './workspaces.ts';

export interface ResourceChange {
  resourceId: string;
  /** When the first version after the instant was saved. */
  at: string;
  /** The resource is no longer in the catalog (deleted, or withdrawn by an import). */
  deleted: boolean;
}

/** Changes after `after` (ISO instant; undefined: every change ever), in the order of their first change. */
export async function changesSince(ctx: StorageContext, workspaceId: number, after: string | undefined): Promise<ResourceChange[]> {
  const { db } = ctx;
  const from = after ?? Dexie.minKey;
  const includeFrom = after === undefined;
  return db.transaction('r', [db.workspaces, db.resources, db.history], async () => {
    const { liveGeneration } = await getWorkspace(ctx, workspaceId);
    const first = new Map<string, string>();
    const earlier = (id: string, at: string) => {
      const known = first.get(id);
      if (known === undefined || at < known) first.set(id, at);
    };
    const live = new Set<string>();
    await db.resources
      .where(RESOURCE_SAVED_AT)
      .between([workspaceId, liveGeneration, from], [workspaceId, liveGeneration, Dexie.maxKey], includeFrom, true)
      .eachKey((key, cursor) => {
        const id = (cursor.primaryKey as ResourceKey)[2];
        live.add(id);
        earlier(id, (key as [number, number, string])[2]);
      });
    const newerVersions = new Map<string, number>();
    await db.history
      .where(HISTORY_SAVED_AT)
      .between([workspaceId, from], [workspaceId, Dexie.maxKey], includeFrom, true)
      .eachKey((key, cursor) => {
        const id = (cursor.primaryKey as HistoryKey)[1];
        newerVersions.set(id, (newerVersions.get(id) ?? 0) + 1);
        earlier(id, (key as [number, string])[1]);
      });

    // Changed only in history: deleted, unless (saved within the same instant) its live version is older.
    const historyOnly = [...newerVersions.keys()].filter((id) => !live.has(id));
    if (historyOnly.length) {
      const liveKeys = (await db.resources.where(RESOURCE_KEY).between(...prefixRange(workspaceId, liveGeneration)).primaryKeys()) as ResourceKey[];
      const liveIds = new Set(liveKeys.map((k) => k[2]));
      for (const id of historyOnly) if (liveIds.has(id)) live.add(id);
    }
    const changes: ResourceChange[] = [];
    for (const [resourceId, at] of first) {
      const deleted = !live.has(resourceId);
      // Deleting a resource created in the same period is no change: it had no version before the instant.
      if (deleted && !(after !== undefined && (await versionCount(ctx, workspaceId, resourceId)) > newerVersions.get(resourceId)!)) continue;
      changes.push({ resourceId, at, deleted });
    }
    return changes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.resourceId < b.resourceId ? -1 : 1));
  });
}

/** The versions of a resource kept in history. */
async function versionCount(ctx: StorageContext, workspaceId: number, resourceId: string): Promise<number> {
  return ctx.db.history.where(HISTORY_KEY).between(...prefixRange(workspaceId, resourceId)).count();
}
