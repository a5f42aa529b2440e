// The 备份 and 恢复 actions of the open workspace. A backup is written chunk by chunk (the rows never all in memory)
// straight into the file the platform streams to (Electron: a temporary file that takes its name with the atomic,
// flushed write, electron/ipc/file-streams.ts; the browser: its save dialog's file, or a download); a restore reads
// the picked file by position. With a key the clerk's passphrase unlocks it for the signature only; a wrong
// passphrase writes nothing.
import { backupSignerOf } from '../../../core/backup/backup-signer.ts';
import type { FinishedBackup } from '../../../core/backup/backup-writer.ts';
import { signWithKeystore } from '../../../core/package/keystore-signer.ts';
import { beijingDate } from '../../../core/time/beijing-time.ts';
import { fileNamePart } from '../package/package-plan.ts';
import type { FileType, OpenedFile, Platform, SavedFile } from '../platform/platform.ts';
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

export interface BackupToFileOptions {
  /** With a key: the clerk's passphrase, to sign. */
  passphrase?: string;
  /** How the save dialog names the file type, in the clerk's language. */
  fileType: FileType;
  onProgress?: (rows: number) => void;
}

/**
 * Asks where to save, then writes the backup (signed when a passphrase is given and the workspace has a key) into
 * that file as it is made: the file appears whole when done, and nothing appears if anything fails on the way.
 */
export async function backupToFile(session: WorkspaceSession, platform: Platform, options: BackupToFileOptions): Promise<BackupActionOutcome> {
  const { ctx, id } = session;
  const { operatorName: operator, department } = session.getState().workspace;
  const { passphrase, onProgress } = options;
  const file = await platform.saveStream(backupFileName(department.name, ctx.now()), options.fileType);
  if (!file) return { ok: false, reason: 'cancelled' };
  let done: FinishedBackup;
  try {
    const key = passphrase === undefined ? undefined : await getSigningKey(ctx, id);
    if (key && passphrase !== undefined) {
      const signed = await signWithKeystore(key.keystore, passphrase, (k) => writeWorkspaceBackup(ctx, id, file, { operator, signer: backupSignerOf(k), onProgress }));
      if (!signed.ok) {
        await file.abort();
        return { ok: false, reason: signed.error.code === 'wrongPassphrase' ? 'wrongPassphrase' : 'damagedKey' };
      }
      done = signed.value;
    } else done = await writeWorkspaceBackup(ctx, id, file, { operator, onProgress });
  } catch (error) {
    await file.abort();
    throw error;
  }
  const saved = await file.commit();
  return { ok: true, saved, last: await recordBackup(ctx, { id }, done, saved.name, operator) };
}

/** Restores the backup file the clerk opened, read by position (see restore-backup.ts for what happens, and what is asked first). */
export function restoreFromFile(ctx: StorageContext, file: OpenedFile, options: RestoreOptions): Promise<RestoreOutcome> {
  return restoreWorkspaceBackup(ctx, file, options);
}
