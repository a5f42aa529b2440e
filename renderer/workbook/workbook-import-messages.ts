// The messages between the UI and the workbook-import worker, typed once for both ends.
import type { Catalog, Department } from '../../core/model/catalog.ts';
import type { ValidationReport } from '../../core/report/validation-report.ts';
import type { ImportFailure } from '../../core/workbook/import-failures.ts';
import type { ImportStats } from '../../core/workbook/import-workbook.ts';

export interface WorkbookImportRequest {
  /** The workbook file's bytes; transferred, not copied. */
  bytes: ArrayBuffer;
  profile?: string;
  department?: Department;
  /** YYYY-MM-DD for the date rules; the worker's clock otherwise. */
  today?: string;
}

/** The dry run's outcome: nothing is stored until the user confirms it. */
export interface WorkbookDryRun {
  catalog: Catalog;
  report: ValidationReport;
  stats: ImportStats;
}

export type WorkbookImportMessage =
  | { type: 'progress'; fraction: number; sheet?: string }
  | { type: 'done'; dryRun: WorkbookDryRun }
  | { type: 'failed'; failure: ImportFailure };
