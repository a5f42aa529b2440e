// The receiver's public key (the county platform's), kept for the workspace once the clerk has compared its
// fingerprint: receipts are verified against it from then on.
import type { TrustedKey } from '../../../core/package/trust-store.ts';
import type { WorkspaceSession } from '../session/workspace-session.ts';
import { storeReceiverKey, type ReceiverKey } from '../storage/keystore-store.ts';

export function keepReceiverKey(session: WorkspaceSession, key: Pick<TrustedKey, 'keyId' | 'publicKeyPem'>): Promise<ReceiverKey> {
  return storeReceiverKey(session.ctx, session.id, { pem: key.publicKeyPem, keyId: key.keyId }, session.getState().workspace.operatorName);
}
