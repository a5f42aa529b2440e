// What the app-scale bench page returns to Node, shared by both sides.
export interface StartBaselines {
  rows: number;
  /** One Dexie read of the live rows, nothing else. */
  rawReadMs: number;
  /** What start-up waited for before the shell showed, until 2026-12: the catalog read, then validated. */
  loadAndValidateMs: number;
}
