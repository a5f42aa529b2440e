// What the import-commit probe (import-commit-probe.ts, injected into the app page) offers the browser test, typed
// apart from the page so the test (compiled for Node) does not pull in the probe's DOM code.

/** The department workspace as IndexedDB holds it, summarised in the page (the rows themselves are megabytes). */
export interface StoredCatalog {
  liveGeneration: number;
  resourceCount: number;
  /** Ids of the live generation's rows, in catalog order. */
  live: string[];
  liveItems: number;
  /** Row counts of every other generation: an import being staged, or a replaced catalog not yet retired. */
  otherGenerations: Record<number, number>;
  imports: { status: string; staged: number; expected: number; source: string | null }[];
  /** Audit entries of committed imports. */
  importCommits: number;
}

export interface ProgressLog {
  /**
   * Each status line the commit's progress showed (null: the progress card went away) and whether it offered its
   * cancel button, with the ms since recording started.
   */
  lines: { ms: number; status: string | null; cancellable: boolean }[];
  /** Clicks on the progress card's button, with the status line shown at that moment. */
  cancels: { ms: number; status: string | null }[];
}

/** A row of 目录编制's table as rendered. */
export interface CatalogRowShown {
  /** The resource id (antd's data-row-key). */
  id: string | null;
  code: string;
  name: string;
}

export interface ImportCommitProbe {
  /** Reads the app's database with IndexedDB itself (no app code), in one read transaction. */
  readStored(): Promise<StoredCatalog>;
  /** Starts recording what the commit's progress shows and when its cancel button is clicked. */
  recordProgress(): void;
  progressLog(): ProgressLog;
  /** The first `count` rows 目录编制's (virtual) table has rendered. */
  catalogRows(count: number): CatalogRowShown[];
}
