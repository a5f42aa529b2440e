// Per-resource history: every version a resource has had, with who saved it, when, and the 变更说明 (reason and
// legal basis). The current version is the live row; a version moves into the history table when it is replaced
// (an edit, an undo, a deletion, or an import that changed or withdrew the resource), so each version is stored once.
import type { Resource } from '../../../core/model/catalog.ts';
import { HISTORY_KEY, prefixRange, RESOURCE_KEY, type HistoryKey, type ResourceKey } from './mulu-database.ts';
import type { HistoryRow, ResourceRow, VersionStamp } from './rows.ts';
import type { StorageContext } from './storage-context.ts';

export interface ResourceVersion {
  stamp: VersionStamp;
  /** Null: the resource was deleted (or withdrawn by an import) in this version. */
  resource: Resource | null;
  current: boolean;
}

/** What history keeps of a live row. */
export type LiveVersion = Pick<ResourceRow, 'workspaceId' | 'id' | 'position' | 'resource' | 'stamp'>;

export function retired(row: LiveVersion): HistoryRow {
  return { workspaceId: row.workspaceId, resourceId: row.id, version: row.stamp.version, position: row.position, resource: row.resource, stamp: row.stamp };
}

export function deletion(row: Pick<ResourceRow, 'workspaceId' | 'id' | 'position'>, stamp: VersionStamp): HistoryRow {
  return { workspaceId: row.workspaceId, resourceId: row.id, version: stamp.version, position: row.position, resource: null, stamp };
}

/** Newest first. */
export async function listHistory(ctx: StorageContext, workspaceId: number, resourceId: string): Promise<ResourceVersion[]> {
  const { db } = ctx;
  return db.transaction('r', [db.workspaces, db.resources, db.history], async () => {
    const ws = await db.workspaces.get(workspaceId);
    const live = ws ? await db.resources.get([workspaceId, ws.liveGeneration, resourceId]) : undefined;
    const past = await db.history
      .where(HISTORY_KEY)
      .between(...prefixRange(workspaceId, resourceId))
      .reverse()
      .toArray();
    const versions: ResourceVersion[] = past.map((h) => ({ stamp: h.stamp, resource: h.resource, current: false }));
    return live ? [{ stamp: live.stamp, resource: live.resource, current: true }, ...versions] : versions;
  });
}

/** A resource the catalog no longer holds, found through its history so that it can be restored. */
export interface DeletedResource {
  resourceId: string;
  /** The version that deleted it (or the import that withdrew it). */
  deletion: VersionStamp;
  /** Its content before that, and the number of that version. */
  last: Resource;
  lastVersion: number;
}

/** Resources deleted or withdrawn, newest deletion first: read from history keys, then two rows of each. */
export async function listDeletedResources(ctx: StorageContext, workspaceId: number): Promise<DeletedResource[]> {
  const { db } = ctx;
  return db.transaction('r', [db.workspaces, db.resources, db.history], async () => {
    const ws = await db.workspaces.get(workspaceId);
    const live = new Set<string>();
    if (ws) {
      await db.resources
        .where(RESOURCE_KEY)
        .between(...prefixRange(workspaceId, ws.liveGeneration))
        .eachPrimaryKey((key) => live.add((key as ResourceKey)[2]));
    }
    const gone = new Set<string>();
    await db.history
      .where(HISTORY_KEY)
      .between(...prefixRange(workspaceId))
      .eachPrimaryKey((key) => {
        const id = (key as HistoryKey)[1];
        if (!live.has(id)) gone.add(id);
      });
    const found: DeletedResource[] = [];
    for (const resourceId of gone) {
      const [deleted, before] = await db.history
        .where(HISTORY_KEY)
        .between(...prefixRange(workspaceId, resourceId))
        .reverse()
        .limit(2)
        .toArray();
      if (deleted && deleted.resource === null && before?.resource) found.push({ resourceId, deletion: deleted.stamp, last: before.resource, lastVersion: before.version });
    }
    return found.sort((a, b) => b.deletion.version - a.deletion.version);
  });
}
