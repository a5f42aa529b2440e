// The 备份 and 恢复 actions of the open workspace. A backup is written chunk by chunk (the rows never all in memory);
// the platform's save takes a file's bytes whole, so the compressed file is gathered and handed over once (Electron
// writes it with the atomic, flushed write, electron/ipc/file-handlers.ts). With a key the clerk's passphrase
// unlocks it for the signature only; a wrong passphrase writes nothing.
import { concatBytes } from '@noble/hashes/utils.js';
import { backupSignerOf } from '../../../core/backup/backup-signer.ts';
import type { FinishedBackup } from '../../../core/backup/backup-writer.ts';
import { signWithKeystore } from '../../../core/package/keystore-signer.ts';
import { beijingDate } from '../../../core/time/beijing-time.ts';
import { bytesSource } from '../../../core/zip/stream-reader.ts';
import { fileNamePart } from '../package/package-plan.ts';
import type { Platform, SavedFile } from '../platform/platform.ts';
import type { WorkspaceSession } from '../session/workspace-session.ts';
import { getSigningKey } from '../storage/keystore-store.ts';
import type { StorageContext } from '../storage/storage-context.ts';
import type { LastBackup } from './last-backup.ts';
import { restoreWorkspaceBackup, type RestoreOptions, type RestoreOutcome } from './restore-backup.ts';
import { recordBackup, writeWorkspaceBackup } from './write-backup.ts';

export const BACKUP_EXTENSION = 'mulu-backup';

export function backupFileName(department: string, at: string): string {
  return `${fileNamePart(department)}-工作区备份-${beijingDate(at).replaceAll('-', '')}.${BACKUP_EXTENSION}`;
}

export type BackupActionOutcome =
  | { ok: true; saved: SavedFile; last: LastBackup }
  | { ok: false; reason: 'cancelled' }
  | { ok: false; reason: 'wrongPassphrase' | 'damagedKey' };

/** Writes the backup (signed when `passphrase` is given and the workspace has a key) and offers it for saving. */
export async function backupToFile(session: WorkspaceSession, platform: Platform, passphrase: string | undefined, onProgress?: (rows: number) => void): Promise<BackupActionOutcome> {
  const { ctx, id } = session;
  const operator = session.getState().workspace.operatorName;
  const parts: Uint8Array[] = [];
  const sink = { write: async (bytes: Uint8Array) => void parts.push(bytes) };
  const key = passphrase === undefined ? undefined : await getSigningKey(ctx, id);
  let done: FinishedBackup;
  if (key && passphrase !== undefined) {
    const signed = await signWithKeystore(key.keystore, passphrase, (k) => writeWorkspaceBackup(ctx, id, sink, { operator, signer: backupSignerOf(k), onProgress }));
    if (!signed.ok) return { ok: false, reason: signed.error.code === 'wrongPassphrase' ? 'wrongPassphrase' : 'damagedKey' };
    done = signed.value;
  } else done = await writeWorkspaceBackup(ctx, id, sink, { operator, onProgress });
  const name = backupFileName(session.getState().workspace.department.name, done.manifest.createdAt);
  const saved = await platform.saveFile(name, concatBytes(...parts));
  if (!saved) return { ok: false, reason: 'cancelled' };
  return { ok: true, saved, last: await recordBackup(ctx, { id }, done, saved.name, operator) };
}

/** Restores the backup file the clerk picked (see restore-backup.ts for what happens, and what is asked first). */
export function restoreFromBytes(ctx: StorageContext, bytes: Uint8Array, options: RestoreOptions): Promise<RestoreOutcome> {
  return restoreWorkspaceBackup(ctx, bytesSource(bytes), options);
}
