// The workspace key, unlocked by signWithKeystore (core/package/keystore-signer.ts) for one backup, as the signer the
// backup writer takes. The private key lives only inside signWithKeystore's callback, which wipes it after.
import { encodePublicKeyPem } from '../crypto/keys.ts';
import { sign } from '../crypto/signature.ts';
import type { KeystoreSigner } from '../package/keystore-signer.ts';
import type { BackupSigner } from './backup-writer.ts';

export function backupSignerOf(key: KeystoreSigner): BackupSigner {
  return {
    algorithm: key.suite,
    keyId: key.keyId,
    publicKeyPem: encodePublicKeyPem(key.suite, key.publicKey),
    sign: (message) => sign({ algorithm: key.suite, privateKey: key.privateKey, publicKey: key.publicKey }, message),
  };
}
