// Reading the live catalog in steps at start-up, so the shell is usable while it loads: at county scale one read
// deserialises 20,000 rows with 400,000 items on the page's thread in one block of seconds. Each step is its own
// small read with a pause after it for the page; the workspace row is read again at the end, and if an import or
// an edit (another window) moved the catalog meanwhile the steps start over, so the result is one version of it.
import { prefixRange, RESOURCE_KEY, type ResourceKey } from './mulu-database.ts';
import type { ResourceRow, WorkspaceRow } from './rows.ts';
import { liveCatalogOf, type LiveCatalog } from './catalog-reader.ts';
import type { StorageContext } from './storage-context.ts';
import { nextTask } from '../tasks/next-task.ts';
import { getWorkspace } from './workspaces.ts';

/** Resources per step (~20,000 items at county scale): one step is a fraction of a second. */
export const READ_STEP = 1_000;

export interface StepwiseReadOptions {
  step?: number;
  /** After each step: how many rows are read of how many, and those rows (in key order; read-only, and only until
   * the next step: a restart begins them again). */
  onProgress?: (read: number, total: number, rows: readonly ResourceRow[]) => void;
  /** Stops between steps; the read then resolves undefined. */
  signal?: AbortSignal;
}

const sameCatalog = (a: WorkspaceRow, b: WorkspaceRow) => a.liveGeneration === b.liveGeneration && a.lastVersion === b.lastVersion;

export async function loadLiveCatalogInSteps(ctx: StorageContext, workspaceId: number, options: StepwiseReadOptions = {}): Promise<LiveCatalog | undefined> {
  const { db } = ctx;
  const step = options.step ?? READ_STEP;
  for (;;) {
    const ws = await getWorkspace(ctx, workspaceId);
    const [lower, upper] = prefixRange(workspaceId, ws.liveGeneration);
    const rows: ResourceRow[] = [];
    let after: ResourceKey | undefined;
    for (;;) {
      if (options.signal?.aborted) return undefined;
      const chunk = await db.resources
        .where(RESOURCE_KEY)
        .between(after ?? lower, upper, after === undefined, true)
        .limit(step)
        .toArray();
      rows.push(...chunk);
      options.onProgress?.(rows.length, ws.resourceCount, rows);
      if (chunk.length < step) break;
      const last = chunk[chunk.length - 1]!;
      after = [last.workspaceId, last.generation, last.id];
      await nextTask();
    }
    const now = await getWorkspace(ctx, workspaceId);
    if (sameCatalog(ws, now)) return liveCatalogOf(now, rows);
  }
}
