// The key worker: generating and re-sealing keys (scrypt, seconds of CPU) off the UI thread. One request per worker.
import { serveWorkerJob } from '../workers/worker-job.ts';
import { runKeystoreJob, type KeystoreJob } from './keystore-job.ts';

serveWorkerJob<KeystoreJob>((request) => runKeystoreJob(request));
