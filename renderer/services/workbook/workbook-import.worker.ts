// The workbook-import worker: reads and validates a workbook off the UI thread, in Electron's sandboxed renderer
// and in plain Chromium alike (docs/decisions/0004-workbook-jobs-in-web-workers.md). One request per worker; the UI cancels by
// terminating it, which is safe because nothing is stored before the dry run is confirmed.
import { loadDivisionTable } from '../../../core/codes/division.ts';
import { checkWorkbook } from '../../../core/workbook/check-workbook.ts';
import type { ImportProgress } from '../../../core/workbook/import-workbook.ts';
import { nextTask } from '../tasks/next-task.ts';
import { serveWorkerJob } from '../workers/worker-job.ts';
import type { WorkbookImportJob } from './workbook-import-messages.ts';

serveWorkerJob<WorkbookImportJob>(async (request, progress) => {
  // One message per whole percent or new sheet: the reader reports every 16 KB it inflates, over a thousand times
  // at county scale, and each message is a render on the page competing with this worker for the processor.
  let posted: { percent: number; sheet?: string } | undefined;
  const report = ({ fraction, sheet }: ImportProgress) => {
    const percent = Math.floor(fraction * 100);
    if (posted?.percent === percent && posted.sheet === sheet) return;
    posted = { percent, ...(sheet ? { sheet } : {}) };
    progress({ fraction, ...(sheet ? { sheet } : {}) });
  };
  const checked = await checkWorkbook(new Uint8Array(request.bytes), {
    ...(request.profile ? { profile: request.profile } : {}),
    ...(request.department ? { department: request.department } : {}),
    ...(request.today ? { today: request.today } : {}),
    divisions: await loadDivisionTable(),
    onProgress: report,
    // Progress messages go out while the read is still running.
    yieldControl: nextTask,
  });
  if (!checked.ok) return { ok: false, failure: checked };
  return { ok: true, dryRun: { catalog: checked.imported.catalog, report: checked.report, stats: checked.imported.stats } };
});
