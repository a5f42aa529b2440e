// Starting and cancelling a workbook dry run from the UI, in its worker (worker-job.ts), the same in Electron and
// in the browser build.
import type { ImportFailure } from '../../core/workbook/import-failures.ts';
import type { WorkbookDryRun, WorkbookImportMessage, WorkbookImportRequest } from './workbook-import-messages.ts';
import { startWorkerJob, type WorkerJob, type WorkerJobOutcome } from './worker-job.ts';

/** What the worker itself can answer: the dry run, or why the workbook cannot be imported. */
export type DryRunResult = { ok: true; dryRun: WorkbookDryRun } | { ok: false; failure: ImportFailure };
export type WorkbookImportOutcome = WorkerJobOutcome<DryRunResult>;
export type WorkbookImport = WorkerJob<DryRunResult>;

export function startWorkbookImport(
  createWorker: () => Worker,
  file: Blob,
  options: Omit<WorkbookImportRequest, 'bytes'>,
  onProgress: (fraction: number, sheet?: string) => void,
): WorkbookImport {
  return startWorkerJob<WorkbookImportRequest, WorkbookImportMessage, DryRunResult>(
    createWorker,
    file.arrayBuffer().then((bytes) => ({ ...options, bytes })),
    (request) => [request.bytes],
    (data, finish) => {
      if (data.type === 'progress') onProgress(data.fraction, data.sheet);
      else if (data.type === 'done') finish({ ok: true, dryRun: data.dryRun });
      else finish({ ok: false, failure: data.failure });
    },
  );
}
