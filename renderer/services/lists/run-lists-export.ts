// Starts the lists workbook in its own worker, addressed the way Vite bundles workers.
import type { Catalog } from '../../../core/model/catalog.ts';
import { startWorkerJob, type WorkerJob } from '../workers/worker-job.ts';
import type { ListsExportJob } from './lists-export-job.ts';

const createListsWorker = () => new Worker(new URL('./lists-export.worker.ts', import.meta.url), { type: 'module' });

export function startListsExport(catalog: Catalog, profileId: string, onProgress: (fraction: number) => void): WorkerJob<Uint8Array<ArrayBuffer>> {
  return startWorkerJob<ListsExportJob>(createListsWorker, { catalog, profileId }, { onProgress });
}
