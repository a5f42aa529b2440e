// The county workspace's roster and inbox, read from storage and again after each change the screen made; the
// operations are bound to the open session here, so the county screens never reach into storage themselves.
import { useMemo } from 'react';
import type { RosterUnit } from '../../core/county/roster.ts';
import { assessCountyWorkspace } from '../services/county/county-assessment.ts';
import { receiveIntoInbox } from '../services/county/receive-into-inbox.ts';
import { createInboxWorker } from '../services/county/workers.ts';
import type { PickedEntry } from '../services/platform/platform.ts';
import type { WorkspaceSession } from '../services/session/workspace-session.ts';
import { listInbox } from '../services/storage/inbox.ts';
import { addUnitKey, importRoster, importTrustedKeys, listRoster, revokeUnitKey } from '../services/storage/roster.ts';
import type { TrustedDepartment } from '../../core/package/trust-store.ts';
import { useSession } from './use-session.ts';
import { useStored } from './use-stored.ts';

const readRoster = (session: WorkspaceSession) => listRoster(session.ctx, session.id);
const readInbox = (session: WorkspaceSession) => listInbox(session.ctx, session.id);

const readAssessment = (session: WorkspaceSession) => assessCountyWorkspace(session.ctx, session.getState().workspace, new Date());

export const useRoster = () => useStored(readRoster);
/** The 考核 sheet as of now: the roster, the inbox's accepted packages and the county's receipts. */
export const useCountyAssessment = () => useStored(readAssessment);
export const useInbox = () => useStored(readInbox);

export type NewUnitKey = Parameters<typeof addUnitKey>[2];

/** The county operations, bound to the open workspace and its operator. */
export function useCountyActions() {
  const session = useSession();
  return useMemo(() => {
    const { ctx, id } = session;
    const operator = () => session.getState().workspace.operatorName;
    return {
      importRoster: (units: readonly RosterUnit[], source: string) => importRoster(ctx, id, units, source, operator()),
      addKey: (input: NewUnitKey) => addUnitKey(ctx, id, input, operator()),
      importKeys: (departments: readonly TrustedDepartment[], source: string) => importTrustedKeys(ctx, id, departments, source, operator()),
      revokeKey: (uscc: string, keyId: string) => revokeUnitKey(ctx, id, uscc, keyId, operator()),
      receive: (picked: readonly PickedEntry[]) => receiveIntoInbox(ctx, id, picked, operator(), createInboxWorker),
    };
  }, [session]);
}
