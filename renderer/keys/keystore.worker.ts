// The key worker: generating and re-sealing keys (scrypt, seconds of CPU) off the UI thread. One request per worker.
import { serveWorkerJob } from '../package/worker-job.ts';
import { runKeystoreJob, type KeystoreJobRequest, type KeystoreJobResult } from './keystore-job.ts';

serveWorkerJob<KeystoreJobRequest, never, KeystoreJobResult>((request) => runKeystoreJob(request));
