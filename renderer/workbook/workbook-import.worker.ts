// The workbook-import worker: reads and validates a workbook off the UI thread, in Electron's sandboxed renderer
// and in plain Chromium alike (docs/architecture.md, "Workbooks"). One request per worker; the UI cancels by
// terminating it, which is safe because nothing is stored before the dry run is confirmed.
import { loadDivisionTable } from '../../core/codes/division.ts';
import { checkWorkbook } from '../../core/workbook/check-workbook.ts';
import type { WorkbookImportMessage, WorkbookImportRequest } from './workbook-import-messages.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkbookImportRequest>) => void) | null;
  postMessage(message: WorkbookImportMessage): void;
}
const scope = self as unknown as WorkerScope;

/** A macrotask, so progress messages go out while the read is still running. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

scope.onmessage = async ({ data }) => {
  const checked = await checkWorkbook(new Uint8Array(data.bytes), {
    ...(data.profile ? { profile: data.profile } : {}),
    ...(data.department ? { department: data.department } : {}),
    ...(data.today ? { today: data.today } : {}),
    divisions: await loadDivisionTable(),
    onProgress: ({ fraction, sheet }) => scope.postMessage({ type: 'progress', fraction, ...(sheet ? { sheet } : {}) }),
    yieldControl: breathe,
  });
  if (!checked.ok) scope.postMessage({ type: 'failed', failure: checked });
  else scope.postMessage({ type: 'done', dryRun: { catalog: checked.imported.catalog, report: checked.report, stats: checked.imported.stats } });
};
