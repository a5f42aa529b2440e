// One request to a dedicated worker, one outcome: the shape every workbook job shares (dry run, annotated copy).
// The worker is created by the caller (the bundler decides how a worker module is addressed) and terminated when
// the job settles, so cancelling stops it at once and a worker never outlives its job.

export type WorkerJobOutcome<T> =
  | T
  | { ok: false; cancelled: true }
  /** A fault in Mulu itself, not in the file: shown as such, with the worker's message. */
  | { ok: false; crashed: string };

export interface WorkerJob<T> {
  result: Promise<WorkerJobOutcome<T>>;
  /** Stops the work at once; the result resolves as cancelled. */
  cancel(): void;
}

/**
 * Posts `request` (`transfer` moves its buffers instead of copying them) and hands every message to `onMessage`,
 * which calls `finish` with the outcome once the worker has said its last word.
 */
export function startWorkerJob<Request, Message, T>(
  createWorker: () => Worker,
  request: Request | Promise<Request>,
  transfer: (request: Request) => Transferable[],
  onMessage: (message: Message, finish: (outcome: T) => void) => void,
): WorkerJob<T> {
  const worker = createWorker();
  let settled = false;
  let settle: (outcome: WorkerJobOutcome<T>) => void = () => undefined;
  const result = new Promise<WorkerJobOutcome<T>>((resolve) => (settle = resolve));
  const finish = (outcome: WorkerJobOutcome<T>) => {
    if (settled) return;
    settled = true;
    worker.terminate();
    settle(outcome);
  };
  worker.onmessage = ({ data }: MessageEvent<Message>) => onMessage(data, finish);
  worker.onerror = (event) => {
    event.preventDefault();
    finish({ ok: false, crashed: event.message });
  };
  void Promise.resolve(request).then(
    (ready) => {
      if (!settled) worker.postMessage(ready, transfer(ready));
    },
    (error: unknown) => finish({ ok: false, crashed: error instanceof Error ? error.message : String(error) }),
  );
  return { result, cancel: () => finish({ ok: false, cancelled: true }) };
}
