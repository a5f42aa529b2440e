// Bench page: builds the county workspace in this Chromium's IndexedDB (20,000 resources, 400,000 items, committed
// five times with every resource changed, so each has 4 past versions and its live one), then times the app's
// backup and restore against dexie-export-import's exportDB / importInto of the same database, in turn.
import { exportDB, importInto } from 'dexie-export-import';
import { generateCatalog } from '../../../core/sample/generator.ts';
import type { RandomAccessSource } from '../../../core/zip/stream-reader.ts';
import { restoreWorkspaceBackup } from '../../../renderer/services/backup/restore-backup.ts';
import { writeWorkspaceBackup } from '../../../renderer/services/backup/write-backup.ts';
import { openStorage } from '../../../renderer/services/storage/database.ts';
import { commitImport } from '../../../renderer/services/storage/import-commit.ts';
import { MuluDatabase } from '../../../renderer/services/storage/mulu-database.ts';
import { createWorkspace } from '../../../renderer/services/storage/workspaces.ts';
import type { BackupBenchSample } from './backup-bench-summary.ts';

const VERSIONS = 5;
const note = { reason: '基准测试', basis: [] };

function blobSource(blob: Blob): RandomAccessSource {
  return { size: blob.size, read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()) };
}

async function seed(resources: number): Promise<{ items: number; history: number }> {
  const catalog = generateCatalog({ resources, seed: 42, itemsPerResource: 20 });
  const { ctx } = await openStorage({ name: 'bench-source' });
  const ws = await createWorkspace(ctx, 'department', { department: catalog.department, profileId: 'anhui', operatorName: '基准' });
  for (let v = 1; v <= VERSIONS; v++) {
    const changed = { ...catalog, resources: catalog.resources.map((r) => ({ ...r, abstract: `${r.abstract ?? ''}（第 ${v} 版）` })) };
    const done = await commitImport(ctx, ws.id, changed, { author: { operator: '基准', note } });
    if (done.ok) await done.retired;
  }
  const history = await ctx.db.history.count();
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
    await writeWorkspaceBackup(ctx, ws!.id, { write: async (b) => void parts.push(b) }, { operator: '基准' });
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
  const [, importMs] = await timed(() => importInto(dexieTarget, dexieExport));
  dexieTarget.close();

  return { resources, items, history, backupMs, exportMs, restoreMs, importMs, backupBytes: backup.size, exportBytes: dexieExport.size, restoredResources, restoredHistory };
}

Object.assign(window, { runBackupBench });
