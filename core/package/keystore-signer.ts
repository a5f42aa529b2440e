// Signing with a key sealed in a keystore: unlock it with the passphrase, hand the key to one signing step, and
// wipe the private key whatever happens — the key exists in the clear only for that step. `mulu pack`, `mulu
// receipt create` and the app's packaging worker all sign this way.
import { unlockKeystore, type KeystoreError } from '../crypto/keystore.ts';
import type { SigningKey } from './signer-key.ts';

export interface KeystoreSigner extends SigningKey {
  keyId: string;
}

export type KeystoreSigning<T> = { ok: true; value: T; keyId: string } | { ok: false; error: KeystoreError };

/** A wrong passphrase or a damaged keystore is a result; whatever `use` throws (e.g. a PackError) is rethrown. */
export async function signWithKeystore<T>(keystore: string, passphrase: string, use: (signer: KeystoreSigner) => Promise<T>): Promise<KeystoreSigning<T>> {
  const unlocked = await unlockKeystore(keystore, passphrase);
  if (!unlocked.ok) return unlocked;
  const { key } = unlocked;
  try {
    const value = await use({ suite: key.algorithm, privateKey: key.privateKey, publicKey: key.publicKey, keyId: key.keyId });
    return { ok: true, value, keyId: key.keyId };
  } finally {
    key.privateKey.fill(0);
  }
}
