// The signing key a caller hands over: the public key must be the one its private key gives, so that what is signed
// names the key that really signed it (a mismatch would make a package or receipt nobody can verify).
import type { SignatureAlgorithm } from '../crypto/algorithms.ts';
import { publicKeyOf } from '../crypto/signature.ts';

export interface SigningKey {
  suite: SignatureAlgorithm;
  privateKey: Uint8Array;
  publicKey: Uint8Array;
}

export function isMatchingKeyPair(key: SigningKey): boolean {
  try {
    const derived = publicKeyOf(key.suite, key.privateKey);
    return derived.length === key.publicKey.length && derived.every((b, i) => b === key.publicKey[i]);
  } catch {
    return false; // not a valid private key for the suite
  }
}
