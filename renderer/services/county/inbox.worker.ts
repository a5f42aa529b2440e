// The inbox worker: verifying a batch of unit packages takes seconds at county scale (120 packages, 20,000
// resources), so it runs off the UI thread. One request per worker.
import { serveWorkerJob } from '../workers/worker-job.ts';
import { receiveInbox, type InboxJob } from './inbox-job.ts';

serveWorkerJob<InboxJob>((request) => receiveInbox(request));
