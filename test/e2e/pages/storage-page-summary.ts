// What the storage test page reports back to the Chromium tests (shared by both sides, no DOM types).
export interface UpgradeSummary {
  verno: number;
  integrityOk: boolean;
  auditEntries: number;
  /** Rows that differ from what version 1 wrote; empty when nothing was lost. */
  differences: string[];
  catalogEqual: boolean;
  foundByName: boolean;
  /** changesSince after the import finds exactly the resources edited after it (schema v3's indexes on old rows). */
  changesSinceImport: boolean;
  /** Edit + undo on the upgraded data, then the audit chain verified. */
  editedAndUndone: boolean;
}

export interface CatalogFingerprint {
  resources: number;
  items: number;
  /** SM3 of the loaded catalog's JSON. */
  digest: string;
}

export interface ReopenSummary {
  integrityOk: boolean;
  problems: string[];
  abandoned: number;
  catalog: CatalogFingerprint;
  /** Resource rows of the workspace in every generation: equal to the catalog's when nothing staged is left. */
  rows: number;
  importStatuses: string[];
}

export interface QuotaSummary {
  saveRefusal: string | null;
  saveMessage: string | null;
  /** The catalog after both refusals equals the one before. */
  catalogUnchanged: boolean;
  /** Resource rows in every generation after the failed import: 1 when nothing staged is left. */
  rowsAfter: number;
  importRefusal: string | null;
  importMessage: string | null;
}
