// Asking the annotated-workbook worker for a marked copy of the clerk's workbook (worker-job.ts).
import type { Finding } from '../../core/rules/types.ts';
import type { WorkbookFailure } from '../../core/xlsx/xlsx-reader.ts';
import type { WorkbookAnnotateMessage, WorkbookAnnotateRequest } from './workbook-annotate-messages.ts';
import { startWorkerJob, type WorkerJob } from './worker-job.ts';

export type AnnotateResult = { ok: true; bytes: Uint8Array; marked: number } | { ok: false; failure: WorkbookFailure };

/** `bytes` is copied for the worker, so the caller's copy of the workbook stays usable. */
export function startAnnotation(createWorker: () => Worker, bytes: Uint8Array, findings: readonly Finding[]): WorkerJob<AnnotateResult> {
  const copy = bytes.slice().buffer;
  return startWorkerJob<WorkbookAnnotateRequest, WorkbookAnnotateMessage, AnnotateResult>(
    createWorker,
    { bytes: copy, findings: [...findings] },
    (request) => [request.bytes],
    (data, finish) => {
      if (data.type === 'done') finish({ ok: true, bytes: new Uint8Array(data.bytes), marked: data.marked });
      else finish({ ok: false, failure: data.failure });
    },
  );
}
