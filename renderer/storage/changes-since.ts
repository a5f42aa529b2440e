// The resources a workspace changed after a given instant (the last accepted package, for 首页's deadlines): for
// each, its first version after that instant, which is when the regulation's working-day clock started. Reads the
// live rows and only the history rows that can be newer (found by key, so old history is never read).
import { HISTORY_KEY, prefixRange, RESOURCE_KEY, type HistoryKey } from './mulu-database.ts';
import type { VersionStamp } from './rows.ts';
import type { StorageContext } from './storage-context.ts';
import { getWorkspace } from './workspaces.ts';

export interface ResourceChange {
  resourceId: string;
  /** The first version saved after the instant. */
  first: VersionStamp;
  /** The resource is no longer in the catalog (deleted, or withdrawn by an import). */
  deleted: boolean;
}

/** Changes after `after` (ISO instant; undefined: every change ever), in order of their first change. */
export async function changesSince(ctx: StorageContext, workspaceId: number, after: string | undefined): Promise<ResourceChange[]> {
  const { db } = ctx;
  const isAfter = (stamp: VersionStamp) => after === undefined || stamp.at > after;
  return db.transaction('r', [db.workspaces, db.resources, db.history], async () => {
    const ws = await getWorkspace(ctx, workspaceId);
    const live = await db.resources
      .where(RESOURCE_KEY)
      .between(...prefixRange(workspaceId, ws.liveGeneration))
      .toArray();
    // Versions grow with time, so no history row newer than `after` has a version at or below this one.
    let floor = 0;
    for (const row of live) if (!isAfter(row.stamp) && row.stamp.version > floor) floor = row.stamp.version;
    const keys = (await db.history.where(HISTORY_KEY).between(...prefixRange(workspaceId)).primaryKeys()) as HistoryKey[];
    const candidates = keys.filter(([, , version]) => version > floor);
    const fetched = (await db.history.bulkGet(candidates)).filter((h) => h !== undefined);
    // Resources with a version from before `after`: deleting one of them is a change; deleting a new one is not.
    const older = new Set(keys.filter(([, , version]) => version <= floor).map(([, id]) => id));
    for (const h of fetched) if (!isAfter(h.stamp)) older.add(h.resourceId);

    const changes = new Map<string, ResourceChange>();
    for (const row of live) if (isAfter(row.stamp)) changes.set(row.id, { resourceId: row.id, first: row.stamp, deleted: false });
    const liveIds = new Set(live.map((r) => r.id));
    for (const h of fetched) {
      if (!isAfter(h.stamp)) continue;
      const known = changes.get(h.resourceId);
      if (!known) changes.set(h.resourceId, { resourceId: h.resourceId, first: h.stamp, deleted: !liveIds.has(h.resourceId) });
      else if (h.stamp.version < known.first.version) known.first = h.stamp;
    }
    return [...changes.values()].filter((c) => !(c.deleted && !older.has(c.resourceId))).sort((a, b) => a.first.version - b.first.version);
  });
}

