// Runs one packaging request in its own worker (pack.worker.ts), reporting its stages; cancel terminates it.
import { startWorkerJob, type WorkerJob } from '../workers/worker-job.ts';
import type { PackJob, PackRequest, PackStage, Packed, PrepareJob, Prepared, PrepareRequest } from './package-job.ts';
import { createPackWorker } from './workers.ts';

export function startPrepare(request: PrepareRequest, onStage: (stage: PackStage) => void): WorkerJob<Prepared> {
  return startWorkerJob<PrepareJob>(createPackWorker, request, { onProgress: onStage });
}

export function startPack(request: PackRequest, onStage: (stage: PackStage) => void): WorkerJob<Packed> {
  return startWorkerJob<PackJob>(createPackWorker, request, { onProgress: onStage });
}
