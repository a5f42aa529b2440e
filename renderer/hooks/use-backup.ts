// The open workspace's last backup and whether 首页 should ask for a new one (core/backup/backup-reminder.ts).
import { backupReminder, type BackupReminder } from '../../core/backup/backup-reminder.ts';
import { getLastBackup, reminderFacts, type LastBackup } from '../services/backup/last-backup.ts';
import type { WorkspaceSession } from '../services/session/workspace-session.ts';
import { useStored } from './use-stored.ts';

export interface BackupStatus {
  last: LastBackup | undefined;
  reminder: BackupReminder;
  intervalDays: number;
}

async function readBackupStatus(session: WorkspaceSession): Promise<BackupStatus> {
  const facts = await reminderFacts(session.ctx, session.id);
  return {
    last: await getLastBackup(session.ctx, session.id),
    reminder: backupReminder(facts, new Date(), session.getState().catalog.resources.length > 0),
    intervalDays: facts.intervalDays,
  };
}

export const useBackupStatus = () => useStored(readBackupStatus);
