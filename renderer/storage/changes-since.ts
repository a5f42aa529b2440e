// The resources a workspace changed after a given instant (the last accepted package, for 首页's deadlines): for
// each, when its first version after that instant was saved, and the earliest 变更之日 the notes of those versions
// give: what the regulation's working-day clock starts from. Read from index keys only (schema v3's indexes, and
// primary keys): no resource or history row is deserialized, so the cost does not grow with the items in the rows.
import { Dexie } from 'dexie';
import {
  HISTORY_BASIS_CHANGED_ON,
  HISTORY_KEY,
  HISTORY_SAVED_AT,
  prefixRange,
  RESOURCE_BASIS_CHANGED_ON,
  RESOURCE_KEY,
  RESOURCE_SAVED_AT,
  type HistoryKey,
  type ResourceKey,
} from './mulu-database.ts';
import type { StorageContext } from './storage-context.ts';
import { getWorkspace } from './workspaces.ts';

export interface ResourceChange {
  resourceId: string;
  /** When the first version after the instant was saved. */
  at: string;
  /** The earliest 变更之日 (ISO date) given with a version after the instant, if any was. */
  basisChangedOn?: string;
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
    const changedLive = new Set<string>();
    await db.resources
      .where(RESOURCE_SAVED_AT)
      .between([workspaceId, liveGeneration, from], [workspaceId, liveGeneration, Dexie.maxKey], includeFrom, true)
      .eachKey((key, cursor) => {
        const id = (cursor.primaryKey as ResourceKey)[2];
        changedLive.add(id);
        earlier(id, (key as [number, number, string])[2]);
      });
    const newerVersions = new Map<string, number>();
    const newer = new Set<string>();
    await db.history
      .where(HISTORY_SAVED_AT)
      .between([workspaceId, from], [workspaceId, Dexie.maxKey], includeFrom, true)
      .eachKey((key, cursor) => {
        const [, id, version] = cursor.primaryKey as HistoryKey;
        newerVersions.set(id, (newerVersions.get(id) ?? 0) + 1);
        newer.add(versionKey(id, version));
        earlier(id, (key as [number, string])[1]);
      });

    // The 变更之日 of those versions, from the indexes of the notes that give one (few: the rest are not in them).
    const basisChangedOn = new Map<string, string>();
    const earliestBasis = (id: string, day: string) => {
      const known = basisChangedOn.get(id);
      if (known === undefined || day < known) basisChangedOn.set(id, day);
    };
    await db.resources
      .where(RESOURCE_BASIS_CHANGED_ON)
      .between(...prefixRange(workspaceId, liveGeneration))
      .eachKey((key, cursor) => {
        const id = (cursor.primaryKey as ResourceKey)[2];
        if (changedLive.has(id)) earliestBasis(id, (key as [number, number, string])[2]);
      });
    await db.history
      .where(HISTORY_BASIS_CHANGED_ON)
      .between(...prefixRange(workspaceId))
      .eachKey((key, cursor) => {
        const [, id, version] = cursor.primaryKey as HistoryKey;
        if (newer.has(versionKey(id, version))) earliestBasis(id, (key as [number, string])[1]);
      });

    // Changed only in history: deleted, unless (saved within the same instant) its live version is older.
    const live = new Set(changedLive);
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
      const day = basisChangedOn.get(resourceId);
      changes.push({ resourceId, at, deleted, ...(day !== undefined && { basisChangedOn: day }) });
    }
    return changes.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.resourceId < b.resourceId ? -1 : 1));
  });
}

const versionKey = (resourceId: string, version: number) => `${version} ${resourceId}`;

/** The versions of a resource kept in history. */
async function versionCount(ctx: StorageContext, workspaceId: number, resourceId: string): Promise<number> {
  return ctx.db.history.where(HISTORY_KEY).between(...prefixRange(workspaceId, resourceId)).count();
}
