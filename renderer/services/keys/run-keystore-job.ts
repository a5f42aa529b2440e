// Runs one key job in its own worker (keystore.worker.ts) and waits for it.
import { startWorkerJob, type WorkerJobOutcome } from '../workers/worker-job.ts';
import type { KeystoreJob, KeystoreJobRequest, KeystoreJobResult } from './keystore-job.ts';
import { createKeystoreWorker } from './workers.ts';

export function runKeystoreJobInWorker(request: KeystoreJobRequest): Promise<WorkerJobOutcome<KeystoreJobResult>> {
  return startWorkerJob<KeystoreJob>(createKeystoreWorker, request).result;
}
