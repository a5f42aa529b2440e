// The messages between the UI and the annotated-workbook worker, typed once for both ends.
import type { Finding } from '../../core/rules/types.ts';
import type { WorkbookFailure } from '../../core/xlsx/xlsx-reader.ts';

export interface WorkbookAnnotateRequest {
  /** A copy of the clerk's workbook (transferred); the original file is never touched. */
  bytes: ArrayBuffer;
  /** The dry run's findings for the same bytes, each placed on its cell. */
  findings: Finding[];
}

export type WorkbookAnnotateMessage =
  | { type: 'done'; bytes: ArrayBuffer; marked: number }
  | { type: 'failed'; failure: WorkbookFailure };
