// Starting and cancelling a workbook dry run from the UI. The worker is created by the caller (the bundler decides
// how a worker module is addressed), so this runs the same in Electron and in the browser build.
import type { ImportFailure } from '../../core/workbook/import-failures.ts';
import type { WorkbookDryRun, WorkbookImportMessage, WorkbookImportRequest } from './workbook-import-messages.ts';

export type WorkbookImportOutcome =
  | { ok: true; dryRun: WorkbookDryRun }
  | { ok: false; failure: ImportFailure }
  | { ok: false; cancelled: true }
  /** A fault in Mulu itself, not in the workbook: shown as such, with the worker's message. */
  | { ok: false; crashed: string };

export interface WorkbookImport {
  result: Promise<WorkbookImportOutcome>;
  /** Stops the read at once; the result resolves as cancelled. */
  cancel(): void;
}

export function startWorkbookImport(
  createWorker: () => Worker,
  file: Blob,
  options: Omit<WorkbookImportRequest, 'bytes'>,
  onProgress: (fraction: number, sheet?: string) => void,
): WorkbookImport {
  const worker = createWorker();
  let settle: (outcome: WorkbookImportOutcome) => void = () => undefined;
  const result = new Promise<WorkbookImportOutcome>((resolve) => (settle = resolve));
  const finish = (outcome: WorkbookImportOutcome) => {
    worker.terminate();
    settle(outcome);
  };
  worker.onmessage = ({ data }: MessageEvent<WorkbookImportMessage>) => {
    if (data.type === 'progress') onProgress(data.fraction, data.sheet);
    else if (data.type === 'done') finish({ ok: true, dryRun: data.dryRun });
    else finish({ ok: false, failure: data.failure });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, crashed: event.message });
  };
  void file.arrayBuffer().then((bytes) => worker.postMessage({ ...options, bytes } satisfies WorkbookImportRequest, [bytes]));
  return { result, cancel: () => finish({ ok: false, cancelled: true }) };
}
