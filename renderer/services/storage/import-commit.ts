// Committing an imported catalog (the dry run's result, confirmed) so that a crash or a kill at any point leaves
// the catalog exactly as it was. The rows are written as a new generation of the workspace's resources, in
// chunks that each are a transaction (one huge transaction is slower and has crashed Chrome: Dexie #869); no read
// sees that generation. Then ONE small transaction points the workspace at it, with the audit entry. A staged
// generation that never became live is dropped at the next start; the replaced one moves into history after.
import type { Catalog, Resource } from '../../../core/model/catalog.ts';
import { jsonEqual } from '../../../core/format/json-equal.ts';
import { appendAudit, AUDIT_TABLES } from './audit-log.ts';
import { basisText } from './basis-library.ts';
import { mergeCodeSequences, raiseCodeSequences } from './code-sequences.ts';
import { abandonImport, retireReplacedGeneration } from './generations.ts';
import { prefixRange, RESOURCE_KEY } from './mulu-database.ts';
import { ensureRoomFor, estimateCatalogBytes, mapQuotaError } from './quota.ts';
import type { EditAuthor } from './resource-edits.ts';
import type { CatalogHeader, ImportRow, ResourceRow, VersionStamp, WorkspaceRow } from './rows.ts';
import { nameKeyOf } from './schema.ts';
import type { StorageContext } from './storage-context.ts';
import { storageError } from './storage-errors.ts';
import { getWorkspace } from './workspaces.ts';

/** Resources per staging transaction (~20,000 items), as Dexie's maintainer advises (electron-notes §6.2–6.3). */
export const STAGING_CHUNK = 1_000;

export interface ImportCommitProgress {
  /** Resources staged so far, of `total`. */
  staged: number;
  total: number;
}

export interface ImportCommitOptions {
  author: EditAuthor;
  /** The workbook's file name, kept with the import. */
  source?: string;
  chunkSize?: number;
  onProgress?: (progress: ImportCommitProgress) => void;
  /** Cancels between chunks; the staged rows are dropped and the catalog is unchanged. */
  signal?: AbortSignal;
}

export type ImportCommitOutcome =
  | {
      ok: true;
      importId: number;
      /** The version every changed resource got. */
      version: number;
      resources: number;
      items: number;
      /** By resource id, the stamp of its live version: the import's, or the one it had if the import left it as it was. */
      stamps: Map<string, VersionStamp>;
      /** Settles when the replaced catalog is in history; false if cut off (the next start finishes it). */
      retired: Promise<boolean>;
    }
  | { ok: false; cancelled: true };

function refuseDuplicateIds(resources: readonly Resource[]): void {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const r of resources) (seen.has(r.id) ? repeated : seen).add(r.id);
  if (repeated.size) throw storageError('duplicateResourceIds', { ids: [...repeated].slice(0, 5).join('、') });
}

function mergedHeader(ws: WorkspaceRow, catalog: Catalog): CatalogHeader {
  const versions = [ws.header.catalogVersion, catalog.catalogVersion].filter((v): v is number => v !== undefined);
  return {
    ...(versions.length && { catalogVersion: Math.max(...versions) }),
    codeSequences: raiseCodeSequences(mergeCodeSequences(ws.header.codeSequences, catalog.codeSequences ?? {}), catalog.resources.map((r) => r.code)),
  };
}

async function begin(ctx: StorageContext, workspaceId: number, catalog: Catalog, options: ImportCommitOptions): Promise<{ imp: ImportRow; compare: boolean }> {
  const { db } = ctx;
  // One import at a time per workspace: one still staging (another window, or a crash not yet cleaned) is dropped.
  for (const stale of await db.imports.where('workspaceId').equals(workspaceId).filter((i) => i.status === 'staging').toArray()) {
    await abandonImport(ctx, stale.id);
  }
  return db.transaction('rw', [db.workspaces, db.imports], async () => {
    const ws = await getWorkspace(ctx, workspaceId);
    const row: Omit<ImportRow, 'id'> = {
      workspaceId,
      status: 'staging',
      generation: ws.nextGeneration,
      baseGeneration: ws.liveGeneration,
      version: ws.lastVersion + 1,
      operator: options.author.operator,
      note: options.author.note,
      source: options.source ?? null,
      startedAt: ctx.now(),
      committedAt: null,
      expected: { resources: catalog.resources.length, items: catalog.resources.reduce((n, r) => n + r.items.length, 0) },
      staged: 0,
      header: mergedHeader(ws, catalog),
      replaced: { changed: [], withdrawn: [] },
      retired: false,
    };
    // Reserving the version makes any edit during staging visible to the commit, which then refuses.
    await db.workspaces.put({ ...ws, nextGeneration: ws.nextGeneration + 1, lastVersion: row.version });
    const id = await db.imports.add(row);
    return { imp: { ...row, id }, compare: ws.resourceCount > 0 };
  });
}

/**
 * Stages resources [offset, offset + chunk.length). A resource the import leaves as it was keeps its version;
 * returns the ids of those it changes, whose current version will go to history. `stamps` gets each staged row's.
 */
async function stage(ctx: StorageContext, imp: ImportRow, chunk: readonly Resource[], offset: number, compare: boolean, stamps: Map<string, VersionStamp>): Promise<string[]> {
  const { db } = ctx;
  const changed: string[] = [];
  const stamp: VersionStamp = { version: imp.version, kind: 'import', at: imp.startedAt, operator: imp.operator, note: imp.note, importId: imp.id };
  await db.transaction('rw', [db.resources, db.imports], async () => {
    if ((await db.imports.get(imp.id))?.status !== 'staging') throw storageError('importNotStaging', { id: imp.id });
    const before = compare ? await db.resources.bulkGet(chunk.map((r) => [imp.workspaceId, imp.baseGeneration, r.id])) : [];
    const rows = chunk.map((resource, k): ResourceRow => {
      const old = before[k];
      const position = offset + k;
      if (old && jsonEqual(old.resource, resource)) return { ...old, generation: imp.generation, position };
      if (old) changed.push(old.id);
      return { workspaceId: imp.workspaceId, generation: imp.generation, id: resource.id, position, nameKey: nameKeyOf(resource), resource, stamp };
    });
    await db.resources.bulkPut(rows);
    await db.imports.update(imp.id, { staged: offset + chunk.length });
    for (const row of rows) stamps.set(row.id, row.stamp);
  });
  return changed;
}

/** Ids in the live catalog that `catalog` does not have: the import withdraws them. */
async function withdrawnBy(ctx: StorageContext, imp: ImportRow, catalog: Catalog): Promise<string[]> {
  const incoming = new Set(catalog.resources.map((r) => r.id));
  const live = await ctx.db.resources
    .where(RESOURCE_KEY)
    .between(...prefixRange(imp.workspaceId, imp.baseGeneration))
    .primaryKeys();
  return live.map(([, , id]) => id).filter((id) => !incoming.has(id));
}

/** The one transaction that makes the staged generation the catalog. */
async function swap(ctx: StorageContext, imp: ImportRow, replaced: ImportRow['replaced']): Promise<ImportRow> {
  const { db } = ctx;
  return db.transaction('rw', [db.workspaces, db.imports, ...AUDIT_TABLES], async () => {
    const current = await db.imports.get(imp.id);
    if (current?.status !== 'staging' || current.staged !== current.expected.resources) throw storageError('importNotStaging', { id: imp.id });
    const ws = await getWorkspace(ctx, imp.workspaceId);
    if (ws.liveGeneration !== imp.baseGeneration || ws.lastVersion !== imp.version) throw storageError('catalogChangedDuringImport');
    const at = ctx.now();
    await db.workspaces.put({
      ...ws,
      liveGeneration: imp.generation,
      resourceCount: imp.expected.resources,
      nextPosition: imp.expected.resources,
      header: { ...imp.header, updatedAt: at },
      undo: [],
      redo: [],
    });
    await db.imports.update(imp.id, { status: 'committed', committedAt: at, replaced });
    await appendAudit(ctx, {
      operator: imp.operator,
      workspaceId: imp.workspaceId,
      action: 'import.commit',
      subject: String(imp.id),
      detail: { version: imp.version, source: imp.source, resources: imp.expected.resources, items: imp.expected.items, reason: imp.note.reason, basis: imp.note.basis.map(basisText) },
    });
    return { ...current, status: 'committed', committedAt: at, replaced };
  });
}

/**
 * Replaces the workspace's catalog with `catalog`. Checks the disk space first (quotaInsufficient); a full disk
 * during the writes is quotaExceeded. On any failure or cancel the staged rows are dropped (or, if even that is
 * cut off, at the next start) and the catalog is as it was.
 */
export async function commitImport(ctx: StorageContext, workspaceId: number, catalog: Catalog, options: ImportCommitOptions): Promise<ImportCommitOutcome> {
  refuseDuplicateIds(catalog.resources);
  await ensureRoomFor(estimateCatalogBytes(catalog), ctx.estimate);
  const { imp, compare } = await mapQuotaError(() => begin(ctx, workspaceId, catalog, options));
  const chunkSize = options.chunkSize ?? STAGING_CHUNK;
  const total = catalog.resources.length;
  const changed: string[] = [];
  const stamps = new Map<string, VersionStamp>();
  let committed: ImportRow;
  try {
    const withdrawn = compare ? await withdrawnBy(ctx, imp, catalog) : [];
    for (let offset = 0; ; offset += chunkSize) {
      if (options.signal?.aborted) {
        await abandonImport(ctx, imp.id);
        return { ok: false, cancelled: true };
      }
      if (offset >= total) break;
      changed.push(...(await mapQuotaError(() => stage(ctx, imp, catalog.resources.slice(offset, offset + chunkSize), offset, compare, stamps))));
      options.onProgress?.({ staged: Math.min(offset + chunkSize, total), total });
    }
    committed = await mapQuotaError(() => swap(ctx, imp, { changed, withdrawn }));
  } catch (error) {
    // Frees the space now if the database still answers; otherwise start-up does it.
    await abandonImport(ctx, imp.id).catch(() => undefined);
    throw error;
  }
  return {
    ok: true,
    importId: imp.id,
    version: imp.version,
    resources: total,
    items: imp.expected.items,
    stamps,
    retired: retireReplacedGeneration(ctx, committed).then(
      () => true,
      () => false,
    ),
  };
}
