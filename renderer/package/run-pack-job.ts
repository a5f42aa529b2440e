// Runs one packaging request in its own worker (pack.worker.ts), reporting its stages; cancel terminates it.
import type { PackJobRequest, PackJobResult, PackStage, Packed, PackRequest, Prepared, PrepareRequest } from './package-job.ts';
import { startWorkerJob, type WorkerJob } from './worker-job.ts';
import { createPackWorker } from './workers.ts';

export function startPrepare(request: PrepareRequest, onStage: (stage: PackStage) => void): WorkerJob<Prepared> {
  return startWorkerJob<PackJobRequest, PackStage, PackJobResult>(createPackWorker, request, onStage) as WorkerJob<Prepared>;
}

export function startPack(request: PackRequest, onStage: (stage: PackStage) => void): WorkerJob<Packed> {
  return startWorkerJob<PackJobRequest, PackStage, PackJobResult>(createPackWorker, request, onStage) as WorkerJob<Packed>;
}
