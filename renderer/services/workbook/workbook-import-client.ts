// Starting and cancelling a workbook dry run from the UI, in its worker (workers/worker-job.ts), the same in
// Electron and in the browser build.
import { startWorkerJob, type JobWorker, type WorkerJob } from '../workers/worker-job.ts';
import type { DryRunResult, WorkbookImportJob, WorkbookImportRequest } from './workbook-import-messages.ts';

export function startWorkbookImport(
  createWorker: () => JobWorker,
  file: Blob,
  options: Omit<WorkbookImportRequest, 'bytes'>,
  onProgress: (fraction: number, sheet?: string) => void,
): WorkerJob<DryRunResult> {
  return startWorkerJob<WorkbookImportJob>(
    createWorker,
    file.arrayBuffer().then((bytes) => ({ ...options, bytes })),
    { onProgress: ({ fraction, sheet }) => onProgress(fraction, sheet), transfer: (request) => [request.bytes] },
  );
}
