// What one run of the backup bench page reports to Node (test/bench/backup.bench.ts).
export interface BackupBenchSample {
  resources: number;
  items: number;
  /** Past versions in the history table. */
  history: number;
  backupMs: number;
  exportMs: number;
  restoreMs: number;
  importMs: number;
  backupBytes: number;
  exportBytes: number;
  restoredResources: number;
  restoredHistory: number;
}
