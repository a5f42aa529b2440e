// One request to a dedicated Web Worker, answered by progress any number of times and then one result: the shape
// every heavy job shares (workbook dry run, annotated copy, packaging, keys). `startWorkerJob` is the page side,
// `serveWorkerJob` the worker side; a job's types are named once (`WorkerJobTypes`) and used by both. The caller
// creates the worker (the bundler decides how a worker module is addressed), so this runs the same in Electron and
// in the browser build. The worker is terminated when the job settles, so cancelling stops the work at once and a
// worker never outlives its job; none of these jobs stores anything, so there is nothing to undo.

/** A job's request, progress report and result, for both ends. Expected refusals belong in the result. */
export interface WorkerJobTypes<Request, Progress, Result> {
  request: Request;
  progress: Progress;
  result: Result;
}

type AnyJob = WorkerJobTypes<unknown, unknown, unknown>;

/** What the worker posts: progress any number of times, then one result or one crash report. */
export type WorkerJobMessage<J extends AnyJob> =
  | { type: 'progress'; progress: J['progress'] }
  | { type: 'done'; result: J['result'] }
  | { type: 'crashed'; message: string };

export type WorkerJobOutcome<R> =
  | { ok: true; result: R }
  /** A fault in Mulu itself, not in the input: shown as such, with the worker's message. */
  | { ok: false; crashed: string }
  | { ok: false; cancelled: true };

export interface WorkerJob<R> {
  result: Promise<WorkerJobOutcome<R>>;
  /** Stops the work at once; the result resolves as cancelled. */
  cancel(): void;
}

/** Method syntax makes the event parameter bivariant, so a DOM Worker (whose handlers take a full MessageEvent or ErrorEvent) fits. */
type Handler<E> = { handle(event: E): void }['handle'];

/** What a job needs of a dedicated worker: a DOM `Worker` has all of it. Only buffers are ever transferred. */
export interface JobWorker {
  onmessage: Handler<{ data: unknown }> | null;
  onerror: Handler<{ message: string; preventDefault(): void }> | null;
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  terminate(): void;
}

export interface WorkerJobOptions<J extends AnyJob> {
  onProgress?: (progress: J['progress']) => void;
  /** The request's buffers to move to the worker rather than copy; they are unusable on this side afterwards. */
  transfer?: (request: J['request']) => ArrayBuffer[];
}

/** Starts a job in a new worker. A request still being read (a promise) is posted once ready; if it fails, that is a crash. */
export function startWorkerJob<J extends AnyJob>(
  createWorker: () => JobWorker,
  request: J['request'] | Promise<J['request']>,
  { onProgress, transfer }: WorkerJobOptions<J> = {},
): WorkerJob<J['result']> {
  const worker = createWorker();
  let settled = false;
  let settle: (outcome: WorkerJobOutcome<J['result']>) => void = () => undefined;
  const result = new Promise<WorkerJobOutcome<J['result']>>((resolve) => (settle = resolve));
  const finish = (outcome: WorkerJobOutcome<J['result']>) => {
    if (settled) return;
    settled = true;
    worker.terminate();
    settle(outcome);
  };
  worker.onmessage = ({ data }) => {
    const message = data as WorkerJobMessage<J>;
    if (settled) return;
    if (message.type === 'progress') onProgress?.(message.progress);
    else if (message.type === 'done') finish({ ok: true, result: message.result });
    else finish({ ok: false, crashed: message.message });
  };
  // An uncaught error in the worker script (it failed to load, or threw outside the job): a crash, not a page error.
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, crashed: event.message });
  };
  void Promise.resolve(request).then(
    (ready) => {
      if (!settled) worker.postMessage(ready, transfer?.(ready) ?? []);
    },
    (error: unknown) => finish({ ok: false, crashed: errorMessage(error) }),
  );
  return { result, cancel: () => finish({ ok: false, cancelled: true }) };
}

interface WorkerScope {
  onmessage: ((event: { data: unknown }) => void) | null;
  postMessage(message: unknown, transfer?: ArrayBuffer[]): void;
}

/**
 * The worker side: answers the request with `handle`, posting its progress on the way, then the result (`transfer`
 * names the result's buffers to move rather than copy) or, if `handle` throws, a crash report with its message.
 */
export function serveWorkerJob<J extends AnyJob>(
  handle: (request: J['request'], progress: (progress: J['progress']) => void) => Promise<J['result']>,
  transfer: (result: J['result']) => ArrayBuffer[] = () => [],
): void {
  // In a dedicated worker the global scope is the worker's own.
  const scope = globalThis as unknown as WorkerScope;
  const post = (message: WorkerJobMessage<J>, buffers: ArrayBuffer[] = []) => scope.postMessage(message, buffers);
  scope.onmessage = ({ data }) => {
    Promise.resolve()
      .then(() => handle(data as J['request'], (progress) => post({ type: 'progress', progress })))
      .then((result) => post({ type: 'done', result }, transfer(result)))
      // A result that cannot be posted (not cloneable) is a crash too, so the page is never left waiting.
      .catch((error: unknown) => post({ type: 'crashed', message: errorMessage(error) }));
  };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
