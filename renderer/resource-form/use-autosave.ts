// Autosave: each committed change is saved after a short pause (one save for a burst of edits), and at once when
// the form loses focus, closes or unmounts, so typed text is never lost on navigation. Saves run one after another,
// each with the draft as it was when it was taken.
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = { status: 'idle' } | { status: 'pending' } | { status: 'saving' } | { status: 'saved'; at: Date } | { status: 'failed'; error: unknown };

export const AUTOSAVE_DELAY_MS = 800;

export interface Autosave<T> {
  state: SaveState;
  /** A change to save after the pause. */
  schedule(value: T): void;
  /** Saves the pending change now; resolves when every save started so far has finished. */
  flush(): Promise<void>;
  /** Forgets the pending change (the draft was replaced from storage, e.g. by undo). */
  discard(): void;
}

export function useAutosave<T>(save: (value: T) => Promise<void>, delayMs = AUTOSAVE_DELAY_MS): Autosave<T> {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  const pending = useRef<{ value: T } | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const mounted = useRef(true);
  const report = useCallback((next: SaveState) => {
    if (mounted.current) setState(next);
  }, []);

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    const taken = pending.current;
    pending.current = undefined;
    if (taken) {
      chain.current = chain.current.then(async () => {
        report({ status: 'saving' });
        try {
          await saveRef.current(taken.value);
          // A change made while this one was saving is still pending: say so rather than "saved".
          report(pending.current ? { status: 'pending' } : { status: 'saved', at: new Date() });
        } catch (error) {
          report({ status: 'failed', error });
        }
      });
    }
    return chain.current;
  }, [report]);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      report({ status: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush, report],
  );

  const discard = useCallback(() => {
    clearTimeout(timer.current);
    pending.current = undefined;
  }, []);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      void flush();
    };
  }, [flush]);

  return { state, schedule, flush, discard };
}
