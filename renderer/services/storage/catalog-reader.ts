// Reading a workspace's catalog: the whole core Catalog (for validation, export and packaging), one resource, or
// the resources with a given name. Each read is one transaction, so it never mixes two generations.
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type Catalog, type Resource } from '../../../core/model/catalog.ts';
import { prefixRange, RESOURCE_KEY } from './mulu-database.ts';
import type { ResourceRow, VersionStamp, WorkspaceRow } from './rows.ts';
import { nameKeyOf } from './schema.ts';
import type { StorageContext } from './storage-context.ts';
import { getWorkspace } from './workspaces.ts';

export interface StoredResource {
  resource: Resource;
  /** The current version: who saved it and when ("已保存 hh:mm"). */
  stamp: VersionStamp;
}

/** The live catalog, and by resource id the stamp of each resource's current version (when and why it was saved)
 * and its stored position (what an edit needs to rewrite the row without reading it back, resource-edits.ts). */
export interface LiveCatalog {
  catalog: Catalog;
  stamps: Map<string, VersionStamp>;
  positions: Map<string, number>;
}

export async function loadCatalog(ctx: StorageContext, workspaceId: number): Promise<Catalog> {
  return (await loadLiveCatalog(ctx, workspaceId)).catalog;
}

export async function loadLiveCatalog(ctx: StorageContext, workspaceId: number): Promise<LiveCatalog> {
  const { db } = ctx;
  return db.transaction('r', [db.workspaces, db.resources], async () => {
    const ws = await getWorkspace(ctx, workspaceId);
    const rows = await db.resources
      .where(RESOURCE_KEY)
      .between(...prefixRange(workspaceId, ws.liveGeneration))
      .toArray();
    return liveCatalogOf(ws, rows);
  });
}

/** The catalog the workspace row and its live generation's rows (in any order) make. */
export function liveCatalogOf(ws: WorkspaceRow, rows: ResourceRow[]): LiveCatalog {
  rows.sort((a, b) => a.position - b.position);
  const { catalogVersion, updatedAt, codeSequences } = ws.header;
  const catalog: Catalog = {
    format: CATALOG_FORMAT,
    version: CATALOG_FORMAT_VERSION,
    profile: ws.profileId,
    ...(catalogVersion !== undefined && { catalogVersion }),
    ...(updatedAt !== undefined && { updatedAt }),
    codeSequences: { ...codeSequences },
    department: ws.department,
    resources: rows.map((r) => r.resource),
  };
  return { catalog, stamps: new Map(rows.map((r) => [r.id, r.stamp])), positions: new Map(rows.map((r) => [r.id, r.position])) };
}

export async function getResource(ctx: StorageContext, workspaceId: number, resourceId: string): Promise<StoredResource | undefined> {
  const { db } = ctx;
  return db.transaction('r', [db.workspaces, db.resources], async () => {
    const ws = await getWorkspace(ctx, workspaceId);
    const row = await db.resources.get([workspaceId, ws.liveGeneration, resourceId]);
    return row && { resource: row.resource, stamp: row.stamp };
  });
}

/** Resources whose name normalises to the same text as `name` (full-width, case, spaces, punctuation ignored). */
export async function findByName(ctx: StorageContext, workspaceId: number, name: string): Promise<StoredResource[]> {
  const { db } = ctx;
  return db.transaction('r', [db.workspaces, db.resources], async () => {
    const ws = await getWorkspace(ctx, workspaceId);
    const rows = await db.resources.where('[workspaceId+generation+nameKey]').equals([workspaceId, ws.liveGeneration, nameKeyOf({ name })]).toArray();
    return rows.map((r) => ({ resource: r.resource, stamp: r.stamp }));
  });
}
