// The open workspace's signing key as stored (keystore-store.ts), re-read after every change the screens make.
import { useStored } from './use-stored.ts';
import type { WorkspaceSession } from '../services/session/workspace-session.ts';
import { getSigningKey } from '../services/storage/keystore-store.ts';

const readSigningKey = (session: WorkspaceSession) => getSigningKey(session.ctx, session.id);

export const useSigningKey = () => useStored(readSigningKey);
