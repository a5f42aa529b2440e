// One request to a dedicated worker, with progress, a result and cancel: the shape the packaging and key workers
// share. The caller creates the worker (the bundler decides how a worker module is addressed), so this runs the
// same in Electron and in the browser build. Cancelling terminates the worker; the jobs that use this store
// nothing themselves, so there is nothing to undo.

/** What a job worker posts: progress any number of times, then one result or one crash report. */
export type JobMessage<P, R> = { type: 'progress'; progress: P } | { type: 'done'; result: R } | { type: 'crashed'; message: string };

export type JobOutcome<R> =
  | { ok: true; result: R }
  /** A fault in Mulu itself, not in the input: shown as such, with the worker's message. */
  | { ok: false; crashed: string }
  | { ok: false; cancelled: true };

export interface WorkerJob<R> {
  result: Promise<JobOutcome<R>>;
  cancel(): void;
}

export function startWorkerJob<Q, P, R>(createWorker: () => Worker, request: Q, onProgress: (progress: P) => void = () => undefined): WorkerJob<R> {
  const worker = createWorker();
  let settle: (outcome: JobOutcome<R>) => void = () => undefined;
  const result = new Promise<JobOutcome<R>>((resolve) => (settle = resolve));
  const finish = (outcome: JobOutcome<R>) => {
    worker.terminate();
    settle(outcome);
  };
  worker.onmessage = ({ data }: MessageEvent<JobMessage<P, R>>) => {
    if (data.type === 'progress') onProgress(data.progress);
    else if (data.type === 'done') finish({ ok: true, result: data.result });
    else finish({ ok: false, crashed: data.message });
  };
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, crashed: event.message });
  };
  worker.postMessage(request);
  return { result, cancel: () => finish({ ok: false, cancelled: true }) };
}

interface WorkerScope {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

/** The worker side: answers each request with `handle`, reporting progress on the way and a thrown error as a crash. */
export function serveWorkerJob<Q, P, R>(handle: (request: Q, progress: (p: P) => void) => Promise<R>): void {
  const scope = self as unknown as WorkerScope;
  const post = (message: JobMessage<P, R>) => scope.postMessage(message);
  scope.onmessage = ({ data }: MessageEvent<Q>) => {
    handle(data, (progress) => post({ type: 'progress', progress })).then(
      (result) => post({ type: 'done', result }),
      (error: unknown) => post({ type: 'crashed', message: error instanceof Error ? error.message : String(error) }),
    );
  };
}
