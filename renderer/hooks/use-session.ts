// React's view of the open workspace session: the session itself (for its operations) and its state, which
// re-renders subscribers whenever the catalog, its findings or the save time change.
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { OpenedStorage } from '../services/storage/database.ts';
import type { WorkspaceKind } from '../services/storage/rows.ts';
import type { SessionState, WorkspaceSession } from '../services/session/workspace-session.ts';

export interface SessionContextValue {
  session: WorkspaceSession;
  /** What opening the storage found: whether the browser keeps it, and the integrity check. */
  storage: Pick<OpenedStorage, 'persisted' | 'integrity'>;
  /** Opens the department workspace or the training sandbox in place of the current one. */
  switchWorkspace(kind: WorkspaceKind): Promise<void>;
}

export const SessionContext = createContext<SessionContextValue | undefined>(undefined);

export function useSessionContext(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside SessionContext');
  return value;
}

export function useSession(): WorkspaceSession {
  return useSessionContext().session;
}

export function useSessionState(): SessionState {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, session.getState);
}
