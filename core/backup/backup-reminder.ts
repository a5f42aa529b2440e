// When 首页 asks for a backup: never made one; more than the interval (a setting, 30 days by default) since the
// last; or a big import committed since (one that replaced at least BIG_IMPORT_RESOURCES resources). Before a key
// change the 密钥 screen asks on its own. Pure, so the rule is tested without a database or a clock.

/** An import this large is a day's work or more to redo by hand. */
export const BIG_IMPORT_RESOURCES = 100;

export interface ReminderFacts {
  lastBackupAt: string | null;
  /** 0: no reminder by age. */
  intervalDays: number;
  /** Resources of each import committed since the last backup. */
  importedSince: number[];
}

export type BackupReminder = { due: false; lastBackupAt: string | null } | { due: true; reason: 'never' | 'age' | 'bigImport'; lastBackupAt: string | null; days?: number };

const DAY_MS = 86_400_000;

export function backupReminder(facts: ReminderFacts, now: Date, hasResources: boolean): BackupReminder {
  const { lastBackupAt } = facts;
  if (lastBackupAt === null) return hasResources ? { due: true, reason: 'never', lastBackupAt } : { due: false, lastBackupAt };
  if (facts.importedSince.some((n) => n >= BIG_IMPORT_RESOURCES)) return { due: true, reason: 'bigImport', lastBackupAt };
  const days = Math.floor((now.getTime() - Date.parse(lastBackupAt)) / DAY_MS);
  if (facts.intervalDays > 0 && days >= facts.intervalDays) return { due: true, reason: 'age', lastBackupAt, days };
  return { due: false, lastBackupAt };
}
