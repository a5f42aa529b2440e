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
