// Signing and verifying by suite name, so packaging, the keystore and the CLI never branch on the algorithm.
import type { SignatureAlgorithm } from './algorithms.ts';
import { ed25519PublicKeyOf, ed25519Sign, ed25519Verify, generateEd25519KeyPair, isValidEd25519PrivateKey, isValidEd25519PublicKey } from './ed25519.ts';
import { generateSm2KeyPair, isValidSm2PrivateKey, isValidSm2PublicKey, sm2PublicKeyOf, sm2Sign, sm2Verify } from './sm2.ts';
import type { VerifyResult } from './verification.ts';

export interface KeyPair {
  algorithm: SignatureAlgorithm;
  privateKey: Uint8Array;
  publicKey: Uint8Array;
}

export function generateKeyPair(algorithm: SignatureAlgorithm): KeyPair {
  return { algorithm, ...(algorithm === 'SM2-with-SM3' ? generateSm2KeyPair() : generateEd25519KeyPair()) };
}

export function isValidPrivateKey(algorithm: SignatureAlgorithm, privateKey: Uint8Array): boolean {
  return algorithm === 'SM2-with-SM3' ? isValidSm2PrivateKey(privateKey) : isValidEd25519PrivateKey(privateKey);
}

export function isValidPublicKey(algorithm: SignatureAlgorithm, publicKey: Uint8Array): boolean {
  return algorithm === 'SM2-with-SM3' ? isValidSm2PublicKey(publicKey) : isValidEd25519PublicKey(publicKey);
}

/** The public key belonging to a valid private key (throws RangeError for an invalid one). */
export function publicKeyOf(algorithm: SignatureAlgorithm, privateKey: Uint8Array): Uint8Array {
  return algorithm === 'SM2-with-SM3' ? sm2PublicKeyOf(privateKey) : ed25519PublicKeyOf(privateKey);
}

/** SM2: DER SEQUENCE{r, s}; Ed25519: 64 bytes R ‖ S. */
export function sign(keyPair: KeyPair, message: Uint8Array): Uint8Array {
  return keyPair.algorithm === 'SM2-with-SM3' ? sm2Sign(keyPair, message) : ed25519Sign(keyPair, message);
}

export function verify(algorithm: SignatureAlgorithm, publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): VerifyResult {
  return algorithm === 'SM2-with-SM3' ? sm2Verify(publicKey, message, signature) : ed25519Verify(publicKey, message, signature);
}
