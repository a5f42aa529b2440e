// React's view of the open workspace session: the session itself (for its operations) and slices of its state.
// A view selects what it shows (useSessionSelector) and re-renders when that slice changes; useSessionState is the
// whole state, for views that show the catalog itself.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { OpenedStorage } from '../services/storage/database.ts';
import type { WorkspaceKind, WorkspaceRow } from '../services/storage/rows.ts';
import type { WorkspaceSetupTarget } from '../services/session/workspace-setup.ts';
import type { SessionState, WorkspaceSession } from '../services/session/workspace-session.ts';

export interface SessionContextValue {
  session: WorkspaceSession;
  /** What opening the storage found: whether the browser keeps it, and the integrity check. */
  storage: Pick<OpenedStorage, 'persisted' | 'integrity'>;
  /** Opens the department workspace or the training sandbox in place of the current one. */
  switchWorkspace(kind: WorkspaceKind): Promise<void>;
  /** Opens that workspace in place of the current one, which stays stored as it is. */
  openWorkspace(id: number): Promise<void>;
  /** The department and county workspaces there are, to switch between. */
  workspaces(): Promise<WorkspaceRow[]>;
  /** Where the new-workspace action creates a workspace (the first-run wizard's target). */
  setup: WorkspaceSetupTarget;
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

/** A slice of the session state; the selector must return a value from the state or a primitive (a new object or
 * array each call would re-render on every change). */
export function useSessionSelector<T>(selector: (state: SessionState) => T): T {
  return useStore(useSession().store, selector);
}

export function useSessionState(): SessionState {
  return useStore(useSession().store);
}
