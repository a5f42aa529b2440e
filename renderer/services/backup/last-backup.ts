// The workspace's last backup, kept in settings (`lastBackup:<workspace id>`, so it moves with the workspace), and
// what 首页's reminder needs to decide whether to ask for a new one (core/backup/backup-reminder.ts decides).
import type { JsonValue } from '../../../core/crypto/canonical-json.ts';
import type { ReminderFacts } from '../../../core/backup/backup-reminder.ts';
import { getSetting, setSetting } from '../storage/settings.ts';
import type { StorageContext } from '../storage/storage-context.ts';

export interface LastBackup {
  at: string;
  fileName: string;
  bytes: number;
  manifestDigest: string;
  signed: boolean;
}

export const lastBackupSetting = (workspaceId: number) => `lastBackup:${workspaceId}`;

/** The reminder interval in days (global setting); 0 turns the monthly reminder off. */
export const BACKUP_INTERVAL_SETTING = 'backupReminderDays';
export const DEFAULT_BACKUP_INTERVAL_DAYS = 30;

export async function getLastBackup(ctx: StorageContext, workspaceId: number): Promise<LastBackup | undefined> {
  return (await getSetting(ctx, lastBackupSetting(workspaceId))) as LastBackup | undefined;
}

export async function getBackupInterval(ctx: StorageContext): Promise<number> {
  const value = await getSetting(ctx, BACKUP_INTERVAL_SETTING);
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : DEFAULT_BACKUP_INTERVAL_DAYS;
}

export async function setBackupInterval(ctx: StorageContext, days: number): Promise<void> {
  await setSetting(ctx, BACKUP_INTERVAL_SETTING, days as JsonValue);
}

/** The facts for the reminder: the last backup, the interval, and the imports committed since (their sizes). */
export async function reminderFacts(ctx: StorageContext, workspaceId: number): Promise<ReminderFacts> {
  const last = await getLastBackup(ctx, workspaceId);
  const imports = await ctx.db.imports.where('workspaceId').equals(workspaceId).toArray();
  const since = imports.filter((i) => i.status === 'committed' && i.committedAt !== null && (last === undefined || i.committedAt > last.at));
  return {
    lastBackupAt: last?.at ?? null,
    intervalDays: await getBackupInterval(ctx),
    importedSince: since.map((i) => i.expected.resources),
  };
}
