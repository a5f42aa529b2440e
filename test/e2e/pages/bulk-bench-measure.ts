// Bulk edit and bulk delete of 5,000 of a county catalog's 20,000 resources, each against its baseline in the same
// run: a raw Dexie bulkPut (the same 5,000 edited rows) and bulkDelete (the same 5,000 keys) into a resources table
// already holding the 20,000. The measured operations are storage's saveResources / deleteResources: the rows, the
// replaced versions into history, the undo step and the audit entries, in one transaction; given the live versions
// as the open session holds them, so nothing is read back.
import { Dexie } from 'dexie';
import type { Catalog, Resource } from '../../../core/model/catalog.ts';
import { openStorage } from '../../../renderer/services/storage/database.ts';
import { commitImport } from '../../../renderer/services/storage/import-commit.ts';
import { MuluDatabase, type ResourceKey } from '../../../renderer/services/storage/mulu-database.ts';
import { deleteResources, saveResources, type HeldCatalog } from '../../../renderer/services/storage/resource-edits.ts';
import type { ResourceRow, VersionStamp } from '../../../renderer/services/storage/rows.ts';
import { nameKeyOf } from '../../../renderer/services/storage/schema.ts';
import { createWorkspace, getWorkspace } from '../../../renderer/services/storage/workspaces.ts';
import type { BulkSample } from './bulk-bench-summary.ts';

export const author = { operator: '王晓明', note: { reason: '基准测试批量修改', basis: [] } };

export const elapsed = async (fn: () => unknown): Promise<number> => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

/** Every fourth resource: spread over the catalog as a filtered selection would be. */
export const chosen = (catalog: Catalog, count: number) => catalog.resources.filter((_, i) => i % 4 === 0).slice(0, count);
export const edited = (r: Resource): Resource => ({ ...r, updateCycle: 'monthly', abstract: `${r.abstract ?? ''}（批量修改）` });

async function raw(catalog: Catalog, picked: readonly Resource[]): Promise<Pick<BulkSample, 'rawPutMs' | 'rawDeleteMs'>> {
  await Dexie.delete('bench-bulk-raw');
  const db = new MuluDatabase('bench-bulk-raw');
  await db.open();
  const stamp: VersionStamp = { version: 1, kind: 'import', at: new Date().toISOString(), ...author };
  const row = (resource: Resource, position: number): ResourceRow => ({ workspaceId: 1, generation: 1, id: resource.id, position, nameKey: nameKeyOf(resource), resource, stamp });
  await db.resources.bulkPut(catalog.resources.map(row));
  const rawPutMs = await elapsed(() => db.resources.bulkPut(picked.map((r, i) => row(edited(r), i))));
  const rawDeleteMs = await elapsed(() => db.resources.bulkDelete(picked.map((r): ResourceKey => [1, 1, r.id])));
  db.close();
  await Dexie.delete('bench-bulk-raw');
  return { rawPutMs, rawDeleteMs };
}

export async function measureBulk(catalog: Catalog, count: number): Promise<BulkSample> {
  const picked = chosen(catalog, count);
  const baseline = await raw(catalog, picked);
  const name = 'bench-bulk-mulu';
  await Dexie.delete(name);
  const { ctx } = await openStorage({ name });
  const ws = await createWorkspace(ctx, 'department', { department: catalog.department, profileId: catalog.profile, operatorName: author.operator });
  const committed = await commitImport(ctx, ws.id, catalog, { author });
  if (!committed.ok) throw new Error('bench import cancelled');
  await committed.retired;
  // What the open session holds and passes (workspace-session.ts): the live versions, as of the stored lastVersion.
  const byId = new Map(catalog.resources.map((r, position) => [r.id, { resource: r, stamp: committed.stamps.get(r.id)!, position }]));
  const heldNow = async (): Promise<HeldCatalog> => ({ lastVersion: (await getWorkspace(ctx, ws.id)).lastVersion, version: (id) => byId.get(id) });
  const edits = picked.map(edited);
  let held = await heldNow();
  const editMs = await elapsed(async () => {
    const outcomes = await saveResources(ctx, ws.id, edits, author, held);
    outcomes.forEach((o, i) => o.saved && byId.set(edits[i]!.id, { resource: edits[i]!, stamp: o.stamp, position: o.position }));
  });
  held = await heldNow();
  const deleteMs = await elapsed(() => deleteResources(ctx, ws.id, picked.map((r) => r.id), author, held));
  ctx.db.close();
  await Dexie.delete(name);
  return { resources: catalog.resources.length, count: picked.length, ...baseline, editMs, deleteMs };
}
