// What the UI and the workbook-import worker say to each other, typed once for both ends (workers/worker-job.ts).
import type { Catalog, Department } from '../../../core/model/catalog.ts';
import type { ValidationReport } from '../../../core/report/validation-report.ts';
import type { ImportFailure } from '../../../core/workbook/import-failures.ts';
import type { ImportStats } from '../../../core/workbook/import-workbook.ts';
import type { WorkerJobTypes } from '../workers/worker-job.ts';

export interface WorkbookImportRequest {
  /** The workbook file's bytes; transferred, not copied. */
  bytes: ArrayBuffer;
  profile?: string;
  department?: Department;
  /** YYYY-MM-DD for the date rules; the worker's clock otherwise. */
  today?: string;
}

export interface WorkbookImportProgress {
  fraction: number;
  sheet?: string;
}

/** The dry run's outcome: nothing is stored until the user confirms it. */
export interface WorkbookDryRun {
  catalog: Catalog;
  report: ValidationReport;
  stats: ImportStats;
}

/** What the worker itself can answer: the dry run, or why the workbook cannot be imported. */
export type DryRunResult = { ok: true; dryRun: WorkbookDryRun } | { ok: false; failure: ImportFailure };

export type WorkbookImportJob = WorkerJobTypes<WorkbookImportRequest, WorkbookImportProgress, DryRunResult>;
