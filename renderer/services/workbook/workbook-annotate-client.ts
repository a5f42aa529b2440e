// Asking the annotated-workbook worker for a marked copy of the clerk's workbook (workers/worker-job.ts).
import type { Finding } from '../../../core/rules/types.ts';
import { startWorkerJob, type JobWorker, type WorkerJob } from '../workers/worker-job.ts';
import type { AnnotateResult, WorkbookAnnotateJob } from './workbook-annotate-messages.ts';

/** `bytes` is copied for the worker, so the caller's copy of the workbook stays usable. */
export function startAnnotation(createWorker: () => JobWorker, bytes: Uint8Array, findings: readonly Finding[]): WorkerJob<AnnotateResult> {
  return startWorkerJob<WorkbookAnnotateJob>(createWorker, { bytes: bytes.slice().buffer, findings: [...findings] }, { transfer: (request) => [request.bytes] });
}
