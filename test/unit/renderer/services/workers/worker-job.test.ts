// The shared worker-job protocol, both ends in one process: a fake Worker carries messages to the worker side
// (serveWorkerJob on a stubbed global scope) and back through structuredClone with its transfer list, as a browser
// does, and stops delivering once terminated. Progress, the one outcome, transfers, crashes, the worker's error
// event and cancel.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serveWorkerJob, startWorkerJob, type JobWorker, type WorkerJobTypes } from '../../../../../renderer/services/workers/worker-job.ts';

type SumJob = WorkerJobTypes<{ numbers: ArrayBuffer; label: string }, { done: number }, { label: string; sum: number; bytes: ArrayBuffer }>;

/** The worker's global scope as serveWorkerJob sees it. */
interface Scope {
  onmessage: ((event: { data: unknown }) => void) | null;
}

class FakeWorker implements JobWorker {
  onmessage: JobWorker['onmessage'] = null;
  onerror: JobWorker['onerror'] = null;
  terminated = false;
  posted = 0;

  constructor() {
    // What the worker side posts reaches this page a task later; a terminated worker posts nothing more, but what
    // it posted before is already on its way.
    vi.stubGlobal('postMessage', (message: unknown, transfer: ArrayBuffer[] = []) => {
      const copy = structuredClone(message, { transfer });
      if (!this.terminated) setTimeout(() => this.onmessage?.({ data: copy }));
    });
  }

  postMessage(message: unknown, transfer: ArrayBuffer[]): void {
    this.posted++;
    const copy = structuredClone(message, { transfer });
    if (!this.terminated) setTimeout(() => (globalThis as unknown as Scope).onmessage?.({ data: copy }));
  }

  terminate(): void {
    this.terminated = true;
  }

  /** An uncaught error in the worker script, as the browser reports it on the Worker object. */
  fail(message: string): { defaultPrevented: boolean } {
    const event = { message, defaultPrevented: false, preventDefault: () => void (event.defaultPrevented = true) };
    this.onerror?.(event);
    return event;
  }
}

const numbers = (...values: number[]) => new Float64Array(values).buffer;
const never = new Promise<never>(() => undefined);

beforeEach(() => vi.stubGlobal('onmessage', null));
afterEach(() => vi.unstubAllGlobals());

describe('worker jobs', () => {
  it('reports progress in order, then the result; buffers move both ways and the worker is terminated', async () => {
    let workerSide: ArrayBuffer | undefined;
    serveWorkerJob<SumJob>(
      async ({ numbers: buffer, label }, progress) => {
        const values = new Float64Array(buffer);
        let sum = 0;
        for (const [i, value] of values.entries()) {
          sum += value;
          progress({ done: i + 1 });
        }
        workerSide = new Float64Array([sum]).buffer;
        return { label: label.toUpperCase(), sum, bytes: workerSide };
      },
      (result) => [result.bytes],
    );
    const worker = new FakeWorker();
    const request = { numbers: numbers(1.5, 2, 3), label: '目录' };
    const progress: number[] = [];
    const job = startWorkerJob<SumJob>(() => worker, request, { onProgress: ({ done }) => progress.push(done), transfer: (r) => [r.numbers] });
    const outcome = await job.result;
    expect(request.numbers.byteLength).toBe(0); // moved, not copied
    expect(progress).toEqual([1, 2, 3]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.label).toBe('目录');
    expect(outcome.result.sum).toBe(6.5);
    expect(new Float64Array(outcome.result.bytes)).toEqual(new Float64Array([6.5]));
    expect(workerSide?.byteLength).toBe(0); // moved back, not copied
    expect(worker.terminated).toBe(true);
  });

  it('copies what is not named for transfer', async () => {
    serveWorkerJob<SumJob>(async ({ numbers: buffer, label }) => ({ label, sum: 0, bytes: buffer }));
    const request = { numbers: numbers(1), label: 'x' };
    const outcome = await startWorkerJob<SumJob>(() => new FakeWorker(), request).result;
    expect(request.numbers.byteLength).toBe(8);
    expect(outcome.ok && outcome.result.bytes.byteLength).toBe(8);
  });

  it('reports an error thrown by the job, even synchronously, as a crash with its message', async () => {
    serveWorkerJob<SumJob>(() => {
      throw new Error('规则表缺失');
    });
    const worker = new FakeWorker();
    expect(await startWorkerJob<SumJob>(() => worker, { numbers: numbers(), label: '' }).result).toEqual({ ok: false, crashed: '规则表缺失' });
    expect(worker.terminated).toBe(true);

    serveWorkerJob<SumJob>(() => Promise.reject(new Error('磁盘已满')));
    expect(await startWorkerJob<SumJob>(() => new FakeWorker(), { numbers: numbers(), label: '' }).result).toEqual({ ok: false, crashed: '磁盘已满' });
  });

  it('reports a result that cannot be posted as a crash rather than leaving the page waiting', async () => {
    const uncloneable = { label: 'x', sum: 0, bytes: new ArrayBuffer(0), later: () => 1 };
    serveWorkerJob<SumJob>(async () => uncloneable);
    const outcome = await startWorkerJob<SumJob>(() => new FakeWorker(), { numbers: numbers(), label: '' }).result;
    expect(outcome.ok).toBe(false);
    expect('crashed' in outcome && outcome.crashed).toMatch(/clone/i);
  });

  it("turns the worker's error event into a crash with its message, handled so it is no page error", async () => {
    serveWorkerJob<SumJob>(() => never);
    const worker = new FakeWorker();
    const job = startWorkerJob<SumJob>(() => worker, { numbers: numbers(), label: '' });
    const event = worker.fail('Uncaught SyntaxError: Unexpected token');
    expect(event.defaultPrevented).toBe(true);
    expect(await job.result).toEqual({ ok: false, crashed: 'Uncaught SyntaxError: Unexpected token' });
    expect(worker.terminated).toBe(true);
  });

  it('cancels at once: terminated, cancelled, and nothing reported afterwards, not even what was on its way', async () => {
    let report: ((progress: { done: number }) => void) | undefined;
    serveWorkerJob<SumJob>((_request, progress) => {
      report = progress;
      progress({ done: 1 });
      return never;
    });
    const worker = new FakeWorker();
    const progress: number[] = [];
    const job = startWorkerJob<SumJob>(() => worker, { numbers: numbers(), label: '' }, { onProgress: ({ done }) => progress.push(done) });
    await vi.waitFor(() => expect(progress).toEqual([1]));
    report?.({ done: 2 }); // on its way when the clerk cancels
    job.cancel();
    expect(worker.terminated).toBe(true);
    worker.fail('late');
    expect(await job.result).toEqual({ ok: false, cancelled: true });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(progress).toEqual([1]);
  });

  it('posts a request still being read once it is ready, never after a cancel, and crashes if it cannot be read', async () => {
    serveWorkerJob<SumJob>(async ({ label }) => ({ label, sum: 0, bytes: new ArrayBuffer(0) }));
    const ready = startWorkerJob<SumJob>(() => new FakeWorker(), Promise.resolve({ numbers: numbers(), label: '稍后' })).result;
    expect(await ready).toMatchObject({ ok: true, result: { label: '稍后' } });

    let release: (request: SumJob['request']) => void = () => undefined;
    const worker = new FakeWorker();
    const job = startWorkerJob<SumJob>(() => worker, new Promise<SumJob['request']>((resolve) => (release = resolve)));
    job.cancel();
    release({ numbers: numbers(), label: '' });
    expect(await job.result).toEqual({ ok: false, cancelled: true });
    await Promise.resolve();
    expect(worker.posted).toBe(0);

    const unreadable = new FakeWorker();
    const failed = await startWorkerJob<SumJob>(() => unreadable, Promise.reject(new Error('文件无法读取'))).result;
    expect(failed).toEqual({ ok: false, crashed: '文件无法读取' });
    expect(unreadable.posted).toBe(0);
    expect(unreadable.terminated).toBe(true);
  });
});
