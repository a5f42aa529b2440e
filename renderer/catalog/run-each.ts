// A bulk action over many resources: one storage edit after another (each its own version with its 变更说明), with
// progress after each and a stop between two when cancelled. A failure stops the run and says how far it got.
export interface RunEachResult {
  done: number;
  /** Set when an edit failed; the ones before it are saved. */
  error?: unknown;
  cancelled: boolean;
}

export async function runEach<T>(
  items: readonly T[],
  work: (item: T) => Promise<unknown>,
  onProgress: (done: number) => void,
  signal?: AbortSignal,
): Promise<RunEachResult> {
  let done = 0;
  for (const item of items) {
    if (signal?.aborted) return { done, cancelled: true };
    try {
      await work(item);
    } catch (error) {
      return { done, error, cancelled: false };
    }
    done += 1;
    onProgress(done);
  }
  return { done, cancelled: false };
}
