// The packaging worker: validation, comparison with the base and signing of a county catalog take seconds, so they
// run here, off the UI thread (docs/architecture.md, "Workbooks" for why a Web Worker). One request per worker.
import { buildPackage, preparePackage, type PackJobRequest, type PackJobResult, type PackStage } from './package-job.ts';
import { serveWorkerJob } from './worker-job.ts';

serveWorkerJob<PackJobRequest, PackStage, PackJobResult>((request, progress) => (request.kind === 'prepare' ? preparePackage(request, progress) : buildPackage(request, progress)));
