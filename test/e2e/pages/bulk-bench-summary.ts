// What the bulk-edit bench page reports back to Node (shared by both sides, no DOM types).
export interface BulkSample {
  resources: number;
  /** Resources edited, then deleted. */
  count: number;
  /** Raw Dexie bulkPut of the same edited rows, and bulkDelete of the same keys. */
  rawPutMs: number;
  rawDeleteMs: number;
  /** saveResources and deleteResources: one transaction each, with history, undo step and audit entries. */
  editMs: number;
  deleteMs: number;
}

/** The parts of a bulk edit or delete, each timed alone in its own transaction (bulk-bench-parts.ts). */
export interface BulkParts {
  count: number;
  /** bulkGet of the rows an edit replaces. */
  readMs: number;
  rawPutMs: number;
  rawDeleteMs: number;
  /** One history row per replaced version: in full, or without its resource (stamp and position only). */
  historyFullMs: number;
  historySmallMs: number;
  /** Every replaced version in full, in one row. */
  historyOneRowMs: number;
  /** SM3 of every audit entry's canonical JSON, no write. */
  auditHashMs: number;
  /** appendAuditMany: hashing and one row per entry. */
  auditRowsMs: number;
  /** The same entries in one row. */
  auditOneRowMs: number;
}
