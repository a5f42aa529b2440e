// A key form's work (create, replace, change passphrase): run the key job in its worker, then store the sealed
// keystore with its audit entry only when the job succeeded, so a refusal or a fault leaves the stored key as it was.
import type { LocalText } from '../../../core/i18n/text.ts';
import type { WorkspaceSession } from '../session/workspace-session.ts';
import { storeSigningKey, type KeyChange } from '../storage/keystore-store.ts';
import type { KeystoreJobRequest } from './keystore-job.ts';
import { runKeystoreJobInWorker } from './run-keystore-job.ts';

export type KeyChangeOutcome =
  | { ok: true }
  /** Core refused the request (a wrong passphrase): the clerk can correct it. */
  | { ok: false; refused: LocalText }
  /** The worker failed: a fault in Mulu, shown with the worker's message. */
  | { ok: false; crashed: string };

/** A failure to store (a full disk) is thrown, as every storage write does. */
export async function changeSigningKey(session: WorkspaceSession, change: KeyChange, request: KeystoreJobRequest): Promise<KeyChangeOutcome> {
  const outcome = await runKeystoreJobInWorker(request);
  if (!outcome.ok) return { ok: false, crashed: 'crashed' in outcome ? outcome.crashed : '' };
  if (!outcome.result.ok) return { ok: false, refused: outcome.result.error.message };
  await storeSigningKey(session.ctx, session.id, outcome.result.keystore, change, session.getState().workspace.operatorName);
  return { ok: true };
}
