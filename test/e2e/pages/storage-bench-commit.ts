// The import commit measured against its baseline in the same run (issue #5's bench): a raw Dexie bulkPut of the
// same rows into the same table, in the same chunks, next to commitImport (staging + swap); then loading the
// catalog, a re-import with 5% of the resources changed, and opening the filled database.
import { Dexie } from 'dexie';
import type { Catalog } from '../../../core/model/catalog.ts';
import { loadCatalog, loadLiveCatalog } from '../../../renderer/services/storage/catalog-reader.ts';
import { changesSince } from '../../../renderer/services/storage/changes-since.ts';
import { openStorage } from '../../../renderer/services/storage/database.ts';
import { commitImport, STAGING_CHUNK } from '../../../renderer/services/storage/import-commit.ts';
import { MuluDatabase } from '../../../renderer/services/storage/mulu-database.ts';
import type { ResourceRow, VersionStamp } from '../../../renderer/services/storage/rows.ts';
import { nameKeyOf } from '../../../renderer/services/storage/schema.ts';
import { createWorkspace } from '../../../renderer/services/storage/workspaces.ts';
import type { CommitSample } from './storage-bench-summary.ts';

const author = { operator: '王晓明', note: { reason: '基准测试导入', basis: [] } };

const elapsed = async <T>(fn: () => Promise<T>): Promise<[number, T]> => {
  const t = performance.now();
  const result = await fn();
  return [performance.now() - t, result];
};

async function rawBulkPut(catalog: Catalog): Promise<number> {
  await Dexie.delete('bench-raw');
  const db = new MuluDatabase('bench-raw');
  await db.open();
  const stamp: VersionStamp = { version: 1, kind: 'import', at: new Date().toISOString(), ...author };
  const rows: ResourceRow[] = catalog.resources.map((resource, position) => ({ workspaceId: 1, generation: 2, id: resource.id, position, nameKey: nameKeyOf(resource), resource, stamp }));
  const [ms] = await elapsed(async () => {
    for (let i = 0; i < rows.length; i += STAGING_CHUNK) await db.resources.bulkPut(rows.slice(i, i + STAGING_CHUNK));
  });
  db.close();
  await Dexie.delete('bench-raw');
  return ms;
}

export async function measureCommit(catalog: Catalog): Promise<CommitSample> {
  const rawMs = await rawBulkPut(catalog);
  const name = 'bench-mulu';
  await Dexie.delete(name);
  const { ctx } = await openStorage({ name });
  const ws = await createWorkspace(ctx, 'department', { department: catalog.department, profileId: catalog.profile, operatorName: author.operator });
  const [commitMs, first] = await elapsed(() => commitImport(ctx, ws.id, catalog, { author }));
  if (first.ok) await first.retired;
  const diskBytes = (await navigator.storage.estimate()).usage ?? 0;
  const [loadCatalogMs] = await elapsed(() => loadCatalog(ctx, ws.id));
  const next = { ...catalog, resources: catalog.resources.map((r, i) => (i % 20 === 0 ? { ...r, abstract: `${r.abstract ?? ''}（修订）` } : r)) };
  const beforeReimport = new Date().toISOString();
  const [reimportMs, second] = await elapsed(() => commitImport(ctx, ws.id, next, { author }));
  const [retireMs] = await elapsed(async () => second.ok && second.retired);
  // What 首页 reads for its deadlines after every edit: the changes since the last accepted package (the live
  // stamps are the open session's, read with the catalog when it opened).
  const { stamps } = await loadLiveCatalog(ctx, ws.id);
  const [changesSinceMs, changes] = await elapsed(() => changesSince(ctx, ws.id, beforeReimport, stamps));
  // … and before any package was accepted: every resource is a change.
  const [allChangesMs, all] = await elapsed(() => changesSince(ctx, ws.id, undefined, stamps));
  ctx.db.close();
  const [openMs, reopened] = await elapsed(() => openStorage({ name }));
  reopened.ctx.db.close();
  await Dexie.delete(name);
  return {
    resources: catalog.resources.length,
    items: catalog.resources.reduce((n, r) => n + r.items.length, 0),
    jsonBytes: JSON.stringify(catalog.resources).length,
    diskBytes,
    rawMs,
    commitMs,
    loadCatalogMs,
    reimportMs,
    retireMs,
    changesSinceMs,
    changesSinceCount: changes.length,
    allChangesMs,
    allChangesCount: all.length,
    openMs,
  };
}
