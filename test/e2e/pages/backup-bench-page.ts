// Bench page: builds the county workspace in this Chromium's IndexedDB (20,000 resources, 400,000 items, each with
// 4 past versions and its live one, as five imports changing every resource leave them), then runs one step at a
// time as Node asks (so each step's peak memory is its own): the app's backup and restore through the browser
// platform — streamed (saveStream: a Blob per piece, one download; openFile: the picked file read by position) and
// as before (the whole file gathered into one array for saveFile; the picked file read whole) — and
// dexie-export-import's exportDB / importInto of the same database.
import { concatBytes } from '@noble/hashes/utils.js';
import { exportDB, importInto } from 'dexie-export-import';
import { generateCatalog } from '../../../core/sample/generator.ts';
import { bytesSource, type RandomAccessSource } from '../../../core/zip/stream-reader.ts';
import { restoreWorkspaceBackup } from '../../../renderer/services/backup/restore-backup.ts';
import { writeWorkspaceBackup } from '../../../renderer/services/backup/write-backup.ts';
import { createBrowserPlatform } from '../../../renderer/services/platform/browser-platform.ts';
import { openStorage } from '../../../renderer/services/storage/database.ts';
import { MuluDatabase } from '../../../renderer/services/storage/mulu-database.ts';
import { createWorkspace } from '../../../renderer/services/storage/workspaces.ts';
import type { VersionStamp } from '../../../renderer/services/storage/rows.ts';
import { nameKeyOf } from '../../../renderer/services/storage/schema.ts';
import type { Resource } from '../../../core/model/catalog.ts';
import type { BackupBenchPage, BackupBenchPhase, BackupBenchStep } from './backup-bench-summary.ts';

const VERSIONS = 5;
const CHUNK = 1_000;
const NAME = '泗县-工作区备份.mulu-backup';
const note = { reason: '基准测试', basis: [] };

// The download path (Node denies the download itself, so nothing reaches the disk); Chromium's picker would need a clerk.
delete (globalThis as { showSaveFilePicker?: unknown }).showSaveFilePicker;
const platform = createBrowserPlatform({ name: 'Mulu', version: 'bench' });

/** The last backup, as the Blob a picked file is; with the URL.createObjectURL the download made, for the size. */
let backupFile: Blob | undefined;
let dexieExport: Blob | undefined;
const createObjectURL = URL.createObjectURL.bind(URL);
URL.createObjectURL = (blob: Blob | MediaSource) => {
  if (blob instanceof Blob) backupFile = blob;
  return createObjectURL(blob);
};

/** A picked File read by position, as the browser platform's openFile reads it. */
function blobSource(blob: Blob): RandomAccessSource {
  return { size: blob.size, read: async (offset, length) => new Uint8Array(await blob.slice(offset, offset + length).arrayBuffer()) };
}

/** Writes the rows the app would hold after five versions of every resource, straight into the tables (the seed is not timed). */
async function seed(resources: number) {
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
  return { resources, items: catalog.resources.reduce((n, r) => n + r.items.length, 0), history };
}

async function withSource<T>(fn: (ctx: Awaited<ReturnType<typeof openStorage>>['ctx'], id: number) => Promise<T>): Promise<T> {
  const { ctx } = await openStorage({ name: 'bench-source' });
  try {
    const [ws] = await ctx.db.workspaces.toArray();
    return await fn(ctx, ws!.id);
  } finally {
    ctx.db.close();
  }
}

/** Restores into a database of its own (deleted first, so the two restores start alike). */
async function restoreInto(name: string, source: () => Promise<RandomAccessSource>): Promise<number> {
  await MuluDatabase.delete(name);
  const { ctx } = await openStorage({ name });
  try {
    const restored = await restoreWorkspaceBackup(ctx, await source(), { operator: '基准' });
    if (!restored.ok) throw new Error(`restore failed: ${restored.reason}`);
    return await ctx.db.resources.count();
  } finally {
    ctx.db.close();
  }
}

const STEPS: Record<BackupBenchPhase, () => Promise<Omit<BackupBenchStep, 'ms'>>> = {
  backupWhole: () =>
    withSource(async (ctx, id) => {
      const parts: Uint8Array[] = [];
      await writeWorkspaceBackup(ctx, id, { write: async (b) => void parts.push(b) }, { operator: '基准' });
      await platform.saveFile(NAME, concatBytes(...parts));
      return { bytes: backupFile!.size };
    }),
  backupStreamed: () =>
    withSource(async (ctx, id) => {
      const file = (await platform.saveStream(NAME, { name: '工作区备份', extensions: ['mulu-backup'] }))!;
      await writeWorkspaceBackup(ctx, id, file, { operator: '基准' });
      await file.commit();
      return { bytes: backupFile!.size };
    }),
  exportDB: () =>
    withSource(async (ctx) => {
      dexieExport = await exportDB(ctx.db);
      return { bytes: dexieExport.size };
    }),
  restoreWhole: async () => ({ resources: await restoreInto('bench-restore-whole', async () => bytesSource(new Uint8Array(await backupFile!.arrayBuffer()))) }),
  restoreStreamed: async () => ({ resources: await restoreInto('bench-restore-streamed', async () => blobSource(backupFile!)) }),
  importInto: async () => {
    const target = new MuluDatabase('bench-dexie-import');
    await target.open();
    try {
      await importInto(target, dexieExport!, { acceptNameDiff: true });
      return {};
    } finally {
      target.close();
    }
  },
};

const page: BackupBenchPage = {
  seed,
  async run(phase) {
    const t = performance.now();
    const result = await STEPS[phase]();
    return { ms: performance.now() - t, ...result };
  },
};

Object.assign(window, { backupBench: page });
