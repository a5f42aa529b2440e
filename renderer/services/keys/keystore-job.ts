// What the key worker does, as plain functions over core: generate a key pair and seal it under a passphrase, or
// re-seal a key under a new one. scrypt makes both take seconds on purpose (core/crypto/keystore.ts), so they run
// in a worker; the private key never leaves it, only the sealed keystore text does.
import type { SignatureAlgorithm } from '../../../core/crypto/algorithms.ts';
import { changePassphrase, createKeystore, type KeystoreError, type ScryptCost } from '../../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../../core/crypto/signature.ts';
import type { WorkerJobTypes } from '../workers/worker-job.ts';

export type KeystoreJobRequest =
  | { kind: 'create'; algorithm: SignatureAlgorithm; passphrase: string; created: string; scrypt?: ScryptCost }
  | { kind: 'change'; keystore: string; oldPassphrase: string; newPassphrase: string; scrypt?: ScryptCost };

export type KeystoreJobResult = { ok: true; keystore: string } | { ok: false; error: KeystoreError };

/** The key worker's job, for both ends (workers/worker-job.ts); it reports no progress. */
export type KeystoreJob = WorkerJobTypes<KeystoreJobRequest, never, KeystoreJobResult>;

export async function runKeystoreJob(request: KeystoreJobRequest): Promise<KeystoreJobResult> {
  const cost = request.scrypt ? { scrypt: request.scrypt } : {};
  if (request.kind === 'change') {
    const changed = await changePassphrase(request.keystore, request.oldPassphrase, request.newPassphrase, cost);
    return changed.ok ? { ok: true, keystore: changed.json } : changed;
  }
  const pair = generateKeyPair(request.algorithm);
  try {
    return { ok: true, keystore: await createKeystore(pair.privateKey, pair.publicKey, request.algorithm, request.passphrase, { ...cost, created: new Date(request.created) }) };
  } finally {
    pair.privateKey.fill(0);
  }
}
