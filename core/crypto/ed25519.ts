// Ed25519 (RFC 8032) through @noble/curves, verifying with zip215: false — the strict RFC 8032 rules OpenSSL
// applies (canonical encodings, S < L, no small-order public key); noble's default, ZIP-215, accepts more.
// Signatures are 64 raw bytes R ‖ S; EdDSA has no DER form.
import { ed25519 } from '@noble/curves/ed25519.js';
import type { VerifyResult } from './verification.ts';

/** privateKey: the 32-byte RFC 8032 secret (seed); publicKey: the 32-byte encoded point A. */
export interface Ed25519KeyPair {
  privateKey: Uint8Array;
  publicKey: Uint8Array;
}

const STRICT = { zip215: false } as const;
const SIGNATURE_LENGTH = 64;

export function generateEd25519KeyPair(): Ed25519KeyPair {
  const { secretKey, publicKey } = ed25519.keygen();
  return { privateKey: secretKey, publicKey };
}

export function isValidEd25519PrivateKey(privateKey: Uint8Array): boolean {
  return privateKey.length === 32;
}

export function ed25519PublicKeyOf(privateKey: Uint8Array): Uint8Array {
  if (!isValidEd25519PrivateKey(privateKey)) throw new RangeError('ed25519PublicKeyOf: not a valid Ed25519 private key');
  return ed25519.getPublicKey(privateKey);
}

/** A canonically encoded curve point that is not of small order (such keys make forgeries possible). */
export function isValidEd25519PublicKey(publicKey: Uint8Array): boolean {
  if (publicKey.length !== 32) return false;
  try {
    return !ed25519.Point.fromBytes(publicKey, STRICT.zip215).isSmallOrder();
  } catch {
    return false;
  }
}

export function ed25519Sign(keyPair: Ed25519KeyPair, message: Uint8Array): Uint8Array {
  return ed25519.sign(message, keyPair.privateKey);
}

export function ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): VerifyResult {
  if (!isValidEd25519PublicKey(publicKey)) return { valid: false, reason: 'invalidPublicKey' };
  if (signature.length !== SIGNATURE_LENGTH) return { valid: false, reason: 'malformedSignature' };
  if (littleEndian(signature.subarray(32)) >= ed25519.Point.Fn.ORDER) return { valid: false, reason: 'signatureOutOfRange' };
  try {
    return ed25519.verify(signature, message, publicKey, STRICT) ? { valid: true } : { valid: false, reason: 'badSignature' };
  } catch {
    return { valid: false, reason: 'badSignature' };
  }
}

function littleEndian(bytes: Uint8Array): bigint {
  let value = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) value = (value << 8n) | BigInt(bytes[i]!);
  return value;
}
