// The generations of a workspace's resource rows besides the live one: an import being staged, or the catalog an
// import replaced. Both are cleaned in steps that can be cut off at any point and simply run again (at start-up,
// database.ts): a staged generation is dropped whole; from a replaced one, the versions the import changed or
// withdrew move into history and the rest is dropped.
import { prefixRange, RESOURCE_KEY, type ResourceKey } from './mulu-database.ts';
import { deletion, retired } from './history.ts';
import type { ImportRow, VersionStamp } from './rows.ts';
import type { StorageContext } from './storage-context.ts';

/** Versions moved into history per transaction: bounded memory, and small transactions. */
const RETIRE_CHUNK = 1_000;

/** Drops a staged import's rows and marks it abandoned, in one transaction; a committed import is left alone. */
export async function abandonImport(ctx: StorageContext, importId: number): Promise<void> {
  const { db } = ctx;
  await db.transaction('rw', [db.resources, db.imports], async () => {
    const imp = await db.imports.get(importId);
    if (imp?.status !== 'staging') return;
    await db.resources
      .where(RESOURCE_KEY)
      .between(...prefixRange(imp.workspaceId, imp.generation))
      .delete();
    await db.imports.update(importId, { status: 'abandoned' });
  });
}

/** The stamp of a resource an import withdrew (it was in the replaced catalog and not in the imported one). */
function withdrawal(imp: ImportRow): VersionStamp {
  return { version: imp.version, kind: 'import', at: imp.committedAt ?? imp.startedAt, operator: imp.operator, note: imp.note, importId: imp.id };
}

/**
 * Moves the versions a committed import replaced into history (with a deletion for each resource it withdrew), a
 * chunk per transaction, then drops the rest of the replaced generation in one range delete: those versions the
 * import kept as they were, and the live rows carry them on. Safe to run again from the start after a cut.
 */
export async function retireReplacedGeneration(ctx: StorageContext, imp: ImportRow): Promise<void> {
  const { db } = ctx;
  const withdrawn = new Set(imp.replaced.withdrawn);
  const ids = [...imp.replaced.changed, ...imp.replaced.withdrawn];
  for (let i = 0; i < ids.length; i += RETIRE_CHUNK) {
    const keys = ids.slice(i, i + RETIRE_CHUNK).map((id): ResourceKey => [imp.workspaceId, imp.baseGeneration, id]);
    await db.transaction('rw', [db.resources, db.history], async () => {
      const rows = (await db.resources.bulkGet(keys)).filter((r) => r !== undefined);
      await db.history.bulkPut(rows.flatMap((r) => (withdrawn.has(r.id) ? [retired(r), deletion(r, withdrawal(imp))] : [retired(r)])));
      await db.resources.bulkDelete(keys);
    });
  }
  await db.transaction('rw', [db.resources, db.imports], async () => {
    await db.resources
      .where(RESOURCE_KEY)
      .between(...prefixRange(imp.workspaceId, imp.baseGeneration))
      .delete();
    await db.imports.update(imp.id, { retired: true });
  });
}

export interface CleanupReport {
  /** Imports cut off while staging (a crash, a kill, a closed window): their rows were dropped. */
  abandoned: number;
  /** Committed imports whose replaced generation was still being moved into history. */
  retired: number;
}

/** At start-up: finishes what a crash interrupted. The live catalog is never touched. */
export async function cleanUpGenerations(ctx: StorageContext): Promise<CleanupReport> {
  const staging = await ctx.db.imports.where('status').equals('staging').toArray();
  for (const imp of staging) await abandonImport(ctx, imp.id);
  const unretired = await ctx.db.imports
    .where('status')
    .equals('committed')
    .filter((imp) => !imp.retired)
    .toArray();
  for (const imp of unretired) await retireReplacedGeneration(ctx, imp);
  return { abandoned: staging.length, retired: unretired.length };
}
