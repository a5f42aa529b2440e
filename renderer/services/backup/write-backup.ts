// Writing a workspace's backup (docs/backup-format.md): every table's rows for the workspace, a chunk at a time, to
// a sink (the file being written), then the manifest and, with the workspace key unlocked by its passphrase, the
// signature. At most one chunk of rows is in memory. The rows are read in many small transactions (one long read
// transaction would commit as soon as the writing awaits the file), so the backup refuses if the catalog changed
// meanwhile, and takes the audit log only up to the head it saw first. The backup is recorded in the audit log and
// as the workspace's last backup (首页's reminder).
import type { JsonValue } from '../../../core/crypto/canonical-json.ts';
import { BackupWriter, type BackupSigner, type FinishedBackup } from '../../../core/backup/backup-writer.ts';
import type { ByteSink } from '../../../core/zip/stream-writer.ts';
import { appendAudit, AUDIT_TABLES, readAuditHead } from '../storage/audit-log.ts';
import { getSigningKey } from '../storage/keystore-store.ts';
import type { ResourceRow, VersionStamp, WorkspaceRow } from '../storage/rows.ts';
import { CURRENT_SCHEMA_VERSION } from '../storage/schema.ts';
import type { StorageContext } from '../storage/storage-context.ts';
import { storageError } from '../storage/storage-errors.ts';
import { getWorkspace } from '../storage/workspaces.ts';
import { BACKUP_CHUNK_ROWS, scopedRows, UNSAVED_TABLES } from './backup-scope.ts';
import { lastBackupSetting, type LastBackup } from './last-backup.ts';

export interface BackupOptions {
  operator: string;
  /** The workspace key, unlocked for this backup; absent: the backup is not signed (it says so). */
  signer?: BackupSigner;
  chunkRows?: number;
  /** Told after each chunk: rows written so far. */
  onProgress?: (rows: number) => void;
}

/** Writes the backup of `workspaceId` to `sink`; the caller makes the file durable (an atomic write) and then calls recordBackup. */
export async function writeWorkspaceBackup(ctx: StorageContext, workspaceId: number, sink: ByteSink, options: BackupOptions): Promise<FinishedBackup> {
  const { db } = ctx;
  const chunkRows = options.chunkRows ?? BACKUP_CHUNK_ROWS;
  const ws = await getWorkspace(ctx, workspaceId);
  const head = await readAuditHead(ctx);
  const key = await getSigningKey(ctx, workspaceId);
  if (options.signer && options.signer.keyId !== key?.keyId) throw new Error('writeWorkspaceBackup: the signer is not the workspace key');
  const writer = await BackupWriter.start(sink);
  const count = { rows: 0, items: 0, history: 0, packages: 0, lastChangeAt: null as string | null };
  const later = (stamp: VersionStamp) => {
    if (count.lastChangeAt === null || stamp.at > count.lastChangeAt) count.lastChangeAt = stamp.at;
  };
  // The workspace row first: a restore creates the workspace from it before any other row.
  const tables = [db.table('workspaces'), ...db.tables.filter((t) => t.name !== 'workspaces' && !UNSAVED_TABLES.has(t.name))];
  for (const table of tables) {
    writer.table(table.name);
    for await (let rows of scopedRows(table, ws, chunkRows)) {
      // A block is written with the head in one transaction, so a block starting at or before the head ends there too.
      if (table.name === 'audit') rows = rows.filter((r) => (r.seq as number) <= head.seq);
      if (table.name === 'resources') {
        for (const r of rows as unknown as ResourceRow[]) {
          count.items += r.resource.items.length;
          later(r.stamp);
        }
      }
      if (table.name === 'history') {
        count.history += rows.length;
        for (const r of rows) later(r.stamp as VersionStamp);
      }
      if (table.name === 'packages') count.packages += rows.length;
      if (rows.length) await writer.addChunk(table.name, rows);
      count.rows += rows.length;
      options.onProgress?.(count.rows);
    }
  }
  const after = await getWorkspace(ctx, workspaceId);
  if (after.lastVersion !== ws.lastVersion || after.liveGeneration !== ws.liveGeneration) throw storageError('catalogChangedDuringBackup');
  return writer.finish(
    {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: ctx.now(),
      operator: options.operator,
      workspace: {
        id: ws.id,
        kind: ws.kind,
        slot: ws.slot,
        department: { name: ws.department.name, uscc: ws.department.uscc },
        profileId: ws.profileId,
        createdAt: ws.createdAt,
        lastChangeAt: count.lastChangeAt,
        resources: ws.resourceCount,
        items: count.items,
        historyVersions: count.history,
        packages: count.packages,
      },
      audit: { entries: head.seq, headSeq: head.seq, headHash: head.hash },
      signingKey: key ? { keyId: key.keyId, algorithm: key.algorithm } : null,
    },
    options.signer,
  );
}

/** After the file is safely written: the audit entry and the workspace's last backup, in one transaction. */
export async function recordBackup(ctx: StorageContext, ws: Pick<WorkspaceRow, 'id'>, done: FinishedBackup, fileName: string, operator: string): Promise<LastBackup> {
  const { db } = ctx;
  const last: LastBackup = { at: done.manifest.createdAt, fileName, bytes: done.bytes, manifestDigest: done.manifestDigest, signed: done.signed };
  await db.transaction('rw', [db.settings, ...AUDIT_TABLES], async () => {
    await db.settings.put({ key: lastBackupSetting(ws.id), value: last as unknown as JsonValue });
    await appendAudit(ctx, {
      operator,
      workspaceId: ws.id,
      action: 'backup.create',
      subject: done.manifestDigest,
      detail: { fileName, bytes: done.bytes, signed: done.signed, resources: done.manifest.workspace.resources },
    });
  });
  return last;
}
