// The open workspace's signing key as stored (keystore-store.ts), re-read after every change the screens make.
import { useCallback, useEffect, useState } from 'react';
import { getSigningKey, type StoredSigningKey } from '../storage/keystore-store.ts';
import { useSession } from '../session/use-session.ts';

export type SigningKeyState = { status: 'loading' } | { status: 'ready'; key: StoredSigningKey | undefined } | { status: 'failed'; error: unknown };

export function useSigningKey(): { state: SigningKeyState; reload(): void } {
  const session = useSession();
  const [state, setState] = useState<SigningKeyState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    getSigningKey(session.ctx, session.id).then(
      (key) => live && setState({ status: 'ready', key }),
      (error: unknown) => live && setState({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [session, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, reload };
}
