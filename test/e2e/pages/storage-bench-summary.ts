// What the storage bench page reports back to Node (shared by both sides, no DOM types).
export interface LayoutSample {
  layout: 'embedded' | 'split';
  writeMs: number;
  /** The whole catalog, items joined to their resources. */
  loadAllMs: number;
  /** What the 20,000-row list needs: every resource, items not needed. */
  loadListMs: number;
  openOneMs: number;
  saveOneMs: number;
  diskBytes: number;
  /** Rows written. */
  rows: number;
  /** Items read back by loadAll. */
  items: number;
}

export interface CommitSample {
  resources: number;
  items: number;
  /** JSON size of the resources, for the quota estimate. */
  jsonBytes: number;
  /** navigator.storage.estimate() usage after the first commit. */
  diskBytes: number;
  /** Raw Dexie bulkPut of the same rows into the same table, in the same chunks. */
  rawMs: number;
  /** commitImport into an empty workspace: staging plus the swap. */
  commitMs: number;
  loadCatalogMs: number;
  /** commitImport of the same catalog with 5% of the resources changed, then moving the replaced one to history. */
  reimportMs: number;
  retireMs: number;
  /** changesSince the instant before the re-import (首页's deadlines), and how many changed resources it found. */
  changesSinceMs: number;
  changesSinceCount: number;
  /** changesSince the beginning (no package accepted yet). */
  allChangesMs: number;
  allChangesCount: number;
  /** openStorage on the filled database: upgrade check, clean-up, integrity and audit verification. */
  openMs: number;
}
