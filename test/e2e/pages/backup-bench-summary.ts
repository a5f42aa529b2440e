// What the backup bench page (backup-bench-page.ts) offers Node (test/bench/backup.bench.ts), typed for both sides.
/** The timed steps, each run alone so that its peak memory is its own. */
export type BackupBenchPhase = 'backupWhole' | 'backupStreamed' | 'exportDB' | 'restoreWhole' | 'restoreStreamed' | 'importInto';

export interface BackupBenchSeed {
  resources: number;
  items: number;
  /** Past versions in the history table. */
  history: number;
}

export interface BackupBenchStep {
  ms: number;
  /** The file written (backups, Dexie's export), or the resources restored. */
  bytes?: number;
  resources?: number;
}

export interface BackupBenchPage {
  seed(resources: number): Promise<BackupBenchSeed>;
  run(phase: BackupBenchPhase): Promise<BackupBenchStep>;
}
