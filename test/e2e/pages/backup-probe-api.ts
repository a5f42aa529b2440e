// What the backup probe (backup-probe.ts) offers the browser test, typed for both sides.
export type KillPoint = 'checked' | 'midStaging' | 'staged' | 'swapped';

export interface StoredState {
  /** Workspaces as listed (id, slot, resourceCount), staging ones included. */
  workspaces: { id: number; slot: string; resourceCount: number }[];
  /** Resource rows per workspace id, every generation. */
  resources: Record<string, number>;
  auditOk: boolean;
  auditEntries: number;
}

export interface BackupProbe {
  /** Adds `count` resources to the department workspace, as edits. */
  seed(count: number): Promise<void>;
  /** Backs the department workspace up into the page's memory; returns its size. */
  backup(): Promise<number>;
  /** Restores the kept backup over the department workspace and never returns from `point` (the test closes the page there). */
  restoreUntil(point: KillPoint): Promise<void>;
  /** Where the restore stopped, once it has. */
  stoppedAt(): KillPoint | null;
  state(): Promise<StoredState>;
}
