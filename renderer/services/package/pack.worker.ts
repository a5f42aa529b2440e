// The packaging worker: validation, comparison with the base and signing of a county catalog take seconds, so they
// run here, off the UI thread (docs/decisions/0004-workbook-jobs-in-web-workers.md for why a Web Worker). One request per worker.
import { serveWorkerJob } from '../workers/worker-job.ts';
import { buildPackage, preparePackage, type PackJob, type PrepareJob } from './package-job.ts';

serveWorkerJob<PrepareJob | PackJob>((request, progress) => (request.kind === 'prepare' ? preparePackage(request, progress) : buildPackage(request, progress)));
