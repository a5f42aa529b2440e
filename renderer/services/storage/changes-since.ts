// The resources a workspace changed after a given instant (the last accepted package, for 首页's deadlines): for
// each, when its first version after that instant was saved, and the earliest 变更之日 the notes of those versions
// give: what the regulation's working-day clock starts from. The live versions' stamps come from the caller (the
// open session holds them); history is read from index keys only (schema v3's indexes, and primary keys), so no
// row is deserialized and the cost does not grow with the items inside the rows.
import { Dexie } from 'dexie';
import { HISTORY_BASIS_CHANGED_ON, HISTORY_KEY, HISTORY_SAVED_AT, prefixRange, type HistoryKey } from './mulu-database.ts';
import type { VersionStamp } from './rows.ts';
import type { StorageContext } from './storage-context.ts';

export interface ResourceChange {
  resourceId: string;
  /** When the first version after the instant was saved. */
  at: string;
  /** The earliest 变更之日 (ISO date) given with a version after the instant, if any was. */
  basisChangedOn?: string;
  /** The resource is no longer in the catalog (deleted, or withdrawn by an import). */
  deleted: boolean;
}

/** What changesSince needs of a live version's stamp. */
export type LiveStamp = Pick<VersionStamp, 'at' | 'note'>;

/**
 * Changes after `after` (ISO instant; undefined: every change ever), in the order of their first change. `live`:
 * the stamp of every resource in the live catalog, by id (loadLiveCatalog, or the session that holds it).
 */
export async function changesSince(ctx: StorageContext, workspaceId: number, after: string | undefined, live: ReadonlyMap<string, LiveStamp>): Promise<ResourceChange[]> {
  const { db } = ctx;
  const isAfter = (at: string) => after === undefined || at > after;
  const first = new Map<string, string>();
  const basisChangedOn = new Map<string, string>();
  const earliest = (map: Map<string, string>, id: string, value: string) => {
    const known = map.get(id);
    if (known === undefined || value < known) map.set(id, value);
  };
  for (const [id, stamp] of live) {
    if (!isAfter(stamp.at)) continue;
    earliest(first, id, stamp.at);
    if (stamp.note.basisChangedOn !== undefined) earliest(basisChangedOn, id, stamp.note.basisChangedOn);
  }

  return db.transaction('r', [db.history], async () => {
    const newerVersions = new Map<string, number>();
    const newer = new Set<string>();
    await db.history
      .where(HISTORY_SAVED_AT)
      .between([workspaceId, after ?? Dexie.minKey], [workspaceId, Dexie.maxKey], after === undefined, true)
      .eachKey((key, cursor) => {
        const [, id, version] = cursor.primaryKey as HistoryKey;
        newerVersions.set(id, (newerVersions.get(id) ?? 0) + 1);
        newer.add(versionKey(id, version));
        earliest(first, id, (key as [number, string])[1]);
      });
    // The 变更之日 of those versions, from the index of the notes that give one (few: the rest are not in it).
    await db.history
      .where(HISTORY_BASIS_CHANGED_ON)
      .between(...prefixRange(workspaceId))
      .eachKey((key, cursor) => {
        const [, id, version] = cursor.primaryKey as HistoryKey;
        if (newer.has(versionKey(id, version))) earliest(basisChangedOn, id, (key as [number, string])[1]);
      });

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
