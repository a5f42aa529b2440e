// The lists-workbook worker (lists-export-job.ts); one request per worker, cancelled by terminating it.
import { serveWorkerJob } from '../workers/worker-job.ts';
import { listsWorkbookBytes, type ListsExportJob } from './lists-export-job.ts';

serveWorkerJob<ListsExportJob>(
  async (request, progress) => listsWorkbookBytes(request, progress),
  (bytes) => [bytes.buffer],
);
