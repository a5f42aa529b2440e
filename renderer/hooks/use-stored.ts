// What a screen reads from the open workspace's storage: loading, then the value or the error. It is read again on
// reload() (after a change the screen made) and when another workspace opens; a read that ends after that is
// dropped, so an older answer never replaces a newer one.
import { useCallback, useEffect, useState } from 'react';
import { useSession } from './use-session.ts';
import type { WorkspaceSession } from '../services/session/workspace-session.ts';

export type Stored<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/** `read` should be one function for good (defined at module level): a new one is a new read. */
export function useStored<T>(read: (session: WorkspaceSession) => Promise<T>): { state: Stored<T>; reload(): void } {
  const session = useSession();
  const [state, setState] = useState<Stored<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    read(session).then(
      (value) => live && setState({ status: 'ready', value }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [read, session, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
