// What the workbook-worker test page reports back to the test (shared by both sides, no DOM types).
export interface PageImportSummary {
  outcome: 'ok' | 'failed' | 'cancelled' | 'crashed';
  resources?: number;
  items?: number;
  findings?: number;
  replacementChars?: number;
  failureReason?: string;
  failureMessage?: string;
  progress: number[];
  /** Timer ticks of the page's own thread during the import: it stays responsive. */
  ticks: number;
}
