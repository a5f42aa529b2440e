// Bulk runs: in order, progress after each edit, stop between two when cancelled, and a failure that says how far
// the run got.
import { describe, expect, it } from 'vitest';
import { runEach } from '../../../renderer/catalog/run-each.ts';

describe('runEach', () => {
  it('runs every item in order and reports progress after each', async () => {
    const seen: string[] = [];
    const progress: number[] = [];
    const result = await runEach(['a', 'b', 'c'], async (x) => seen.push(x), (n) => progress.push(n));
    expect(result).toEqual({ done: 3, cancelled: false });
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(progress).toEqual([1, 2, 3]);
  });

  it('stops between two items once cancelled', async () => {
    const stop = new AbortController();
    const seen: number[] = [];
    const result = await runEach([1, 2, 3, 4], async (x) => {
      seen.push(x);
      if (x === 2) stop.abort();
    }, () => undefined, stop.signal);
    expect(result).toEqual({ done: 2, cancelled: true });
    expect(seen).toEqual([1, 2]);
  });

  it('stops at the first failure with the count of those done before', async () => {
    const failure = new Error('磁盘已满');
    const result = await runEach([1, 2, 3], async (x) => {
      if (x === 2) throw failure;
    }, () => undefined);
    expect(result).toEqual({ done: 1, error: failure, cancelled: false });
  });
});
