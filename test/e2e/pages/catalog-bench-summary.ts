// What the catalog seed page returns to Node (the bench and the browser test), shared by both sides.
export interface SeedOptions {
  resources: number;
  seed: number;
  itemsPerResource: number;
}

export interface SeedResult {
  workspaceId: number;
  resources: number;
  commitMs: number;
}

/** The list's filter and searches, as the bench runs them through the UI and as bare Array.filter baselines. */
export interface BenchQueries {
  shareType: 'conditional';
  /** A word of many names. */
  name: string;
  /** Pinyin initials of a phrase in many names. */
  initials: string;
  /** A 类+项 code. */
  classification: string;
}

export const BENCH_QUERIES: BenchQueries = { shareType: 'conditional', name: '登记', initials: 'djxx', classification: '102' };

/** Milliseconds, median of the runs, for each query: the bare scan and our filterRows, both in the page. */
export interface BaselineTimings {
  bare: Record<keyof BenchQueries, number>;
  filterRows: Record<keyof BenchQueries, number>;
  /** Rows each query lets through, so the UI's counts can be checked against them. */
  matches: Record<keyof BenchQueries, number>;
}

/** What starts the measured work in the page. */
export type Trigger = { kind: 'menu'; text: string } | { kind: 'click'; selector: string; text?: string } | { kind: 'input'; selector: string; value: string };
/** When it is done: list rows exist, or the counts line changed. */
export type Done = 'rows' | 'counts';
/** The bench page helper: milliseconds from the trigger to the painted result. */
export type MeasureInPage = (trigger: Trigger, done: Done) => Promise<number>;
