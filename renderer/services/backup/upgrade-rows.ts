// Restoring a backup written under an older database schema: its rows go first into a scratch database declared
// at the backup's version, which is then opened at the current version, so the very upgrades in schema.ts rewrite
// them (no second upgrade path to keep in step); the upgraded rows are then staged like a current backup's. The
// scratch database is deleted whatever happens (a crash leaves one behind, named for what it is, until the next
// restore of an old backup, which is rare; it holds no live data).
import { Dexie, type DexieOptions } from 'dexie';
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';
import { readBackupRows, type RowsHandler } from '../../../core/backup/backup-check.ts';
import type { BackupManifest } from '../../../core/backup/backup-manifest.ts';
import type { RandomAccessSource } from '../../../core/zip/stream-reader.ts';
import { MuluDatabase } from '../storage/mulu-database.ts';
import { declareSchema } from '../storage/schema.ts';
import type { StorageContext } from '../storage/storage-context.ts';
import { BACKUP_CHUNK_ROWS } from './backup-scope.ts';

/** The IndexedDB implementation the open database uses (fake-indexeddb in Node tests); Dexie keeps it on its options. */
const dependencies = (db: Dexie): Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'> => {
  const { indexedDB, IDBKeyRange } = (db as unknown as { _options: DexieOptions })._options;
  return { indexedDB, IDBKeyRange };
};

export async function upgradedRows(ctx: StorageContext, source: RandomAccessSource, manifest: BackupManifest, onRows: RowsHandler): ReturnType<typeof readBackupRows> {
  const deps = dependencies(ctx.db);
  const name = `${ctx.db.name}-restore-${bytesToHex(randomBytes(6))}`;
  const scratch = new Dexie(name, deps);
  declareSchema(scratch, manifest.schemaVersion);
  try {
    await scratch.open();
    const read = await readBackupRows(source, manifest, async (table, rows) => {
      await scratch.table(table).bulkAdd(rows);
    });
    scratch.close();
    if (!read.ok) return read;
    const upgraded = new MuluDatabase(name, deps);
    await upgraded.open();
    try {
      const tables = [upgraded.table('workspaces'), ...upgraded.tables.filter((t) => t.name !== 'workspaces')];
      for (const table of tables) {
        const keys = await table.toCollection().primaryKeys();
        for (let i = 0; i < keys.length; i += BACKUP_CHUNK_ROWS) {
          await onRows(table.name, (await table.bulkGet(keys.slice(i, i + BACKUP_CHUNK_ROWS))).filter((r) => r !== undefined));
        }
      }
    } finally {
      upgraded.close();
    }
    return read;
  } finally {
    await scratch.delete().catch(() => undefined);
  }
}
