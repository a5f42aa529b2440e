// Bench page: builds the county workspace in this Chromium's IndexedDB (20,000 resources, 400,000 items, each with
// 4 past versions and its live one, as five imports changing every resource leave them), then times the app's
// backup and restore against dexie-export-import's exportDB / importInto of the same database, in turn.
import { exportDB, importInto } from 'dexie-export-import';
import { generateCatalog } from '../../../core/sample/generator.ts';
import type { RandomAccessSource } from '../../../core/zip/stream-reader.ts';
import { restoreWorkspaceBackup } from '../../../renderer/services/backup/restore-backup.ts';
import { writeWorkspaceBackup } from '../../../renderer/services/backup/write-backup.ts';
import { openStorage } from '../../../renderer/services/storage/database.ts';
import { MuluDatabase } from '../../../renderer/services/storage/mulu-database.ts';
import { createWorkspace } from '../../../renderer/services/storage/workspaces.ts';
import type { VersionStamp } from '../../../renderer/services/storage/rows.ts';
import { nameKeyOf } from '../../../renderer/services/storage/schema.ts';
import type { Resource } from '../../../core/model/catalog.ts';
import type { BackupBenchSample } from './backup-bench-summary.ts';

const VERSIONS = 5;
const CHUNK = 1_000;
const note = { reason: '基准测试', basis: [] };

function blobSource(blob: Blob): RandomAccessSource {
  return { size: blob.size, read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()) };
}

/** Writes the rows the app would hold after five versions of every resource, straight into the tables (the seed is not timed). */
async function seed(resources: number): Promise<{ items: number; history: number }> {
  const catalog = generateCatalog({ resources, seed: 42, itemsPerResource: 20 });
  const { ctx } = await openStorage({ name: 'bench-source' });
  const ws = await createWorkspace(ctx, 'department', { department: catalog.department, profileId: 'anhui', operatorName: '基准' });
  const { db } = ctx;
  const stamp = (version: number): VersionStamp => ({ version, kind: 'import', at: new Date(Date.UTC(2022 + version, 0, 1)).toISOString(), operator: '基准', note, importId: version });
  const edition = (r: Resource, v: number): Resource => ({ ...r, abstract: `${r.abstract ?? ''}（第 ${v} 版）` });
  for (let i = 0; i < catalog.resources.length; i += CHUNK) {
    const chunk = catalog.resources.slice(i, i + CHUNK);
    await db.transaction('rw', [db.resources, db.history], async () => {
      await db.resources.bulkPut(chunk.map((r, k) => ({ workspaceId: ws.id, generation: 1, id: r.id, position: i + k, nameKey: nameKeyOf(r), resource: edition(r, VERSIONS), stamp: stamp(VERSIONS) })));
      await db.history.bulkPut(
        chunk.flatMap((r, k) => Array.from({ length: VERSIONS - 1 }, (_, v) => ({ workspaceId: ws.id, resourceId: r.id, version: v + 1, position: i + k, resource: edition(r, v + 1), stamp: stamp(v + 1) }))),
      );
    });
  }
  await db.workspaces.update(ws.id, { resourceCount: catalog.resources.length, nextPosition: catalog.resources.length, lastVersion: VERSIONS });
  const history = await db.history.count();
  ctx.db.close();
  return { items: catalog.resources.reduce((n, r) => n + r.items.length, 0), history };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await fn();
  return [value, performance.now() - t];
}

async function runBackupBench(resources: number): Promise<BackupBenchSample> {
  const { items, history } = await seed(resources);
  const { ctx } = await openStorage({ name: 'bench-source' });
  const [ws] = await ctx.db.workspaces.toArray();

  const [backup, backupMs] = await timed(async () => {
    const parts: BlobPart[] = [];
    await writeWorkspaceBackup(ctx, ws!.id, { write: async (b) => void parts.push(b as Uint8Array<ArrayBuffer>) }, { operator: '基准' });
    return new Blob(parts);
  });
  const [dexieExport, exportMs] = await timed(() => exportDB(ctx.db));
  ctx.db.close();

  const target = await openStorage({ name: 'bench-restore' });
  const [restored, restoreMs] = await timed(() => restoreWorkspaceBackup(target.ctx, blobSource(backup), { operator: '基准' }));
  if (!restored.ok) throw new Error(`restore failed: ${restored.reason}`);
  const restoredResources = await target.ctx.db.resources.count();
  const restoredHistory = await target.ctx.db.history.count();
  target.ctx.db.close();

  const dexieTarget = new MuluDatabase('bench-dexie-import');
  await dexieTarget.open();
  const [, importMs] = await timed(() => importInto(dexieTarget, dexieExport, { acceptNameDiff: true }));
  dexieTarget.close();

  return { resources, items, history, backupMs, exportMs, restoreMs, importMs, backupBytes: backup.size, exportBytes: dexieExport.size, restoredResources, restoredHistory };
}

Object.assign(window, { runBackupBench });
