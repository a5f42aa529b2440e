// Runs one key job in its own worker (keystore.worker.ts) and waits for it.
import { startWorkerJob, type JobOutcome } from '../package/worker-job.ts';
import type { KeystoreJobRequest, KeystoreJobResult } from './keystore-job.ts';
import { createKeystoreWorker } from './workers.ts';

export function runKeystoreJobInWorker(request: KeystoreJobRequest): Promise<JobOutcome<KeystoreJobResult>> {
  return startWorkerJob<KeystoreJobRequest, never, KeystoreJobResult>(createKeystoreWorker, request).result;
}
