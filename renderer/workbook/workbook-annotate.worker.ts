// The annotated-workbook worker: copies the clerk's workbook with every finding marked (core's
// writeAnnotatedWorkbook) off the UI thread, in Electron and in plain Chromium alike. One request per worker; the
// UI cancels by terminating it, which is safe because the result only exists once it is posted back.
import { concatBytes } from '@noble/hashes/utils.js';
import { createWorkbookWriter } from '../../core/workbook/export-workbook.ts';
import { writeAnnotatedWorkbook } from '../../core/workbook/annotate-workbook.ts';
import type { WorkbookAnnotateMessage, WorkbookAnnotateRequest } from './workbook-annotate-messages.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkbookAnnotateRequest>) => void) | null;
  postMessage(message: WorkbookAnnotateMessage, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data }) => {
  const chunks: Uint8Array[] = [];
  const writer = createWorkbookWriter((chunk) => void chunks.push(chunk));
  const written = await writeAnnotatedWorkbook(new Uint8Array(data.bytes), data.findings, writer);
  if (!written.ok) {
    scope.postMessage({ type: 'failed', failure: written });
    return;
  }
  writer.finish();
  const { buffer } = concatBytes(...chunks);
  scope.postMessage({ type: 'done', bytes: buffer as ArrayBuffer, marked: written.marked }, [buffer]);
};
