// What the UI and the annotated-workbook worker say to each other, typed once for both ends (workers/worker-job.ts).
import type { Finding } from '../../../core/rules/types.ts';
import type { WorkbookFailure } from '../../../core/xlsx/xlsx-reader.ts';
import type { WorkerJobTypes } from '../workers/worker-job.ts';

export interface WorkbookAnnotateRequest {
  /** A copy of the clerk's workbook (transferred); the original file is never touched. */
  bytes: ArrayBuffer;
  /** The dry run's findings for the same bytes, each placed on its cell. */
  findings: Finding[];
}

/** The marked copy (its buffer transferred back) and how many findings it marks, or why the workbook cannot be read. */
export type AnnotateResult = { ok: true; bytes: Uint8Array<ArrayBuffer>; marked: number } | { ok: false; failure: WorkbookFailure };

export type WorkbookAnnotateJob = WorkerJobTypes<WorkbookAnnotateRequest, never, AnnotateResult>;
