// Where the 导入 section stands, kept per open workspace outside the view: a dry run or a commit goes on, and its
// report stays, while the clerk looks at another section and comes back.
import { useCallback, useSyncExternalStore } from 'react';
import type { LocalText } from '../../core/i18n/text.ts';
import type { PickedFile } from '../services/platform/platform.ts';
import type { WorkspaceSession } from '../services/session/workspace-session.ts';
import type { WorkbookDryRun } from '../services/workbook/workbook-import-messages.ts';

export type ImportStage =
  | { step: 'start'; notice?: 'cancelled' }
  | { step: 'reading'; file: PickedFile; fraction: number; sheet?: string; cancel: () => void }
  /** The file could not be imported (its reason), or Mulu itself failed (`crashed`). */
  | { step: 'failed'; fileName: string; reason: LocalText }
  | { step: 'failed'; fileName: string; crashed: string }
  | { step: 'report'; file: PickedFile; dryRun: WorkbookDryRun; notice?: 'commitCancelled'; commitError?: string }
  | { step: 'committing'; file: PickedFile; dryRun: WorkbookDryRun; staged: number; total: number; abort: AbortController }
  | { step: 'done'; fileName: string; resources: number; items: number };

interface StageStore {
  stage: ImportStage;
  listeners: Set<() => void>;
}

function setStoreStage(store: StageStore, next: ImportStage | ((current: ImportStage) => ImportStage)): void {
  store.stage = typeof next === 'function' ? next(store.stage) : next;
  for (const listener of store.listeners) listener();
}

const stores = new WeakMap<WorkspaceSession, StageStore>();

function storeOf(session: WorkspaceSession): StageStore {
  let store = stores.get(session);
  if (!store) stores.set(session, (store = { stage: { step: 'start' }, listeners: new Set() }));
  return store;
}

export type SetStage = (next: ImportStage | ((current: ImportStage) => ImportStage)) => void;

export function useImportStage(session: WorkspaceSession): [ImportStage, SetStage] {
  const store = storeOf(session);
  const stage = useSyncExternalStore(
    useCallback(
      (listener: () => void) => {
        store.listeners.add(listener);
        return () => store.listeners.delete(listener);
      },
      [store],
    ),
    () => store.stage,
  );
  const setStage = useCallback<SetStage>((next) => setStoreStage(store, next), [store]);
  return [stage, setStage];
}
