// The annotated-workbook worker: copies the clerk's workbook with every finding marked (core's
// writeAnnotatedWorkbook) off the UI thread, in Electron and in plain Chromium alike. One request per worker; the
// UI cancels by terminating it, which is safe because the result only exists once it is posted back.
import { concatBytes } from '@noble/hashes/utils.js';
import { createWorkbookWriter } from '../../../core/workbook/export-workbook.ts';
import { writeAnnotatedWorkbook } from '../../../core/workbook/annotate-workbook.ts';
import { serveWorkerJob } from '../workers/worker-job.ts';
import type { WorkbookAnnotateJob } from './workbook-annotate-messages.ts';

serveWorkerJob<WorkbookAnnotateJob>(
  async ({ bytes, findings }) => {
    const chunks: Uint8Array[] = [];
    const writer = createWorkbookWriter((chunk) => void chunks.push(chunk));
    const written = await writeAnnotatedWorkbook(new Uint8Array(bytes), findings, writer);
    if (!written.ok) return { ok: false, failure: written };
    writer.finish();
    // concatBytes allocates a buffer of exactly the copy's size, so moving the whole buffer moves only the copy.
    return { ok: true, bytes: concatBytes(...chunks) as Uint8Array<ArrayBuffer>, marked: written.marked };
  },
  (result) => (result.ok ? [result.bytes.buffer] : []),
);
