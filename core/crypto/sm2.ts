// SM2 signatures (GB/T 32918.2) through sm-crypto-v2, which runs unchanged in Chromium and Node. Its defaults are
// unsafe for us, so this wrapper fixes them (signing-notes §2.3): always `hash: true` (e = SM3(Z_A ‖ M); without
// it the library signs the raw message, which no one else verifies), always DER, always the GM/T 0009 default
// user ID. OpenSSL 3 verifies the result with `-digest sm3 -pkeyopt distid:1234567812345678`.
// The library's nonce comes from globalThis.crypto.getRandomValues, and its BigInt arithmetic is not
// constant-time: acceptable for a desktop signer that makes one signature per package.
import { sm2 } from 'sm-crypto-v2';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { parseDerSignature } from './sm2-der.ts';
import type { VerifyResult } from './verification.ts';

/** The GM/T 0009 default distinguishing identifier, hashed into Z_A; OpenSSL's own default is the empty ID. */
export const SM2_USER_ID = '1234567812345678';

/** Order n of the SM2 curve (GB/T 32918.5); the interop test checks it against `openssl ecparam -name SM2`. */
export const SM2_ORDER = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;

const STANDARD_OPTIONS = { hash: true, der: true, userId: SM2_USER_ID } as const;

/** privateKey: the 32-byte scalar d; publicKey: the 65-byte uncompressed point 04 ‖ X ‖ Y. */
export interface Sm2KeyPair {
  privateKey: Uint8Array;
  publicKey: Uint8Array;
}

export function generateSm2KeyPair(): Sm2KeyPair {
  for (;;) {
    const pair = sm2.generateKeyPairHex();
    const privateKey = hexToBytes(pair.privateKey);
    if (isValidSm2PrivateKey(privateKey)) return { privateKey, publicKey: hexToBytes(pair.publicKey) };
  }
}

/** 1 ≤ d ≤ n − 2: signing divides by d + 1, so d = n − 1 cannot sign. */
export function isValidSm2PrivateKey(privateKey: Uint8Array): boolean {
  if (privateKey.length !== 32) return false;
  const d = BigInt(`0x${bytesToHex(privateKey)}`);
  return d >= 1n && d <= SM2_ORDER - 2n;
}

export function sm2PublicKeyOf(privateKey: Uint8Array): Uint8Array {
  if (!isValidSm2PrivateKey(privateKey)) throw new RangeError('sm2PublicKeyOf: not a valid SM2 private key');
  return hexToBytes(sm2.getPublicKeyFromPrivateKey(bytesToHex(privateKey)));
}

/** An uncompressed point on the SM2 curve (the form OpenSSL writes into a SubjectPublicKeyInfo). */
export function isValidSm2PublicKey(publicKey: Uint8Array): boolean {
  if (publicKey.length !== 65 || publicKey[0] !== 0x04) return false;
  try {
    return sm2.verifyPublicKey(bytesToHex(publicKey));
  } catch {
    return false;
  }
}

/** The DER signature of `message` (its bytes exactly as given). */
export function sm2Sign(keyPair: Sm2KeyPair, message: Uint8Array): Uint8Array {
  const signature = sm2.doSignature(message, bytesToHex(keyPair.privateKey), { ...STANDARD_OPTIONS, publicKey: bytesToHex(keyPair.publicKey) });
  return hexToBytes(signature);
}

export function sm2Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): VerifyResult {
  if (!isValidSm2PublicKey(publicKey)) return { valid: false, reason: 'invalidPublicKey' };
  const parsed = parseDerSignature(signature, SM2_ORDER);
  if (!parsed.ok) return { valid: false, reason: parsed.reason };
  try {
    return sm2.doVerifySignature(message, bytesToHex(signature), bytesToHex(publicKey), STANDARD_OPTIONS)
      ? { valid: true }
      : { valid: false, reason: 'badSignature' };
  } catch {
    // The checks above remove every input known to make the library throw; anything else is still a rejection.
    return { valid: false, reason: 'badSignature' };
  }
}
