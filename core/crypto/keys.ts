// Public keys as they leave Mulu: SubjectPublicKeyInfo (RFC 5280) in PEM for registration with the platform and
// for OpenSSL, a key id that names the key in manifests and trust stores, and a fingerprint a person can read
// aloud or compare on paper.
//
// SPKI forms are exactly the ones OpenSSL 3 writes (signing-notes §4): for SM2, id-ecPublicKey
// (1.2.840.10045.2.1) with the named curve sm2 (1.2.156.10197.1.301) and the uncompressed point; for Ed25519,
// id-Ed25519 (1.3.101.112, RFC 8410). DER is deterministic, so each is a fixed prefix followed by the key, and
// matching the prefix byte for byte is a complete strict parse. Other spellings — the SM2 signature OID
// 1.2.156.10197.1.301.1 as algorithm, compressed points, explicit curve parameters — are refused.
import { bytesToHex, concatBytes, hexToBytes } from '@noble/hashes/utils.js';
import { digestAlgorithmOf, SIGNATURE_ALGORITHMS, type SignatureAlgorithm } from './algorithms.ts';
import { digestBytes } from './digest.ts';
import { decodePem, encodePem } from './pem.ts';
import { isValidPublicKey } from './signature.ts';
import type { LocalText } from '../i18n/text.ts';

const SPKI_PREFIX: Readonly<Record<SignatureAlgorithm, Uint8Array>> = {
  'SM2-with-SM3': hexToBytes('3059301306072a8648ce3d020106082a811ccf5501822d034200'),
  Ed25519: hexToBytes('302a300506032b6570032100'),
};
const PUBLIC_KEY_LENGTH: Readonly<Record<SignatureAlgorithm, number>> = { 'SM2-with-SM3': 65, Ed25519: 32 };
const PEM_LABEL = 'PUBLIC KEY';

export type PublicKeyProblem = 'notPem' | 'unsupportedKeyType' | 'invalidKey';

export type PublicKeyDecoding =
  | { ok: true; algorithm: SignatureAlgorithm; publicKey: Uint8Array }
  | { ok: false; reason: PublicKeyProblem; message: LocalText };

const PROBLEM_TEXT: Readonly<Record<PublicKeyProblem, LocalText>> = {
  notPem: {
    zh: '不是公钥 PEM 文件：应恰好包含一段 -----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY-----',
    en: 'not a public key PEM: expected exactly one -----BEGIN PUBLIC KEY----- … -----END PUBLIC KEY----- block',
  },
  unsupportedKeyType: {
    zh: '不支持的公钥类型：只接受 SM2（id-ecPublicKey + sm2 曲线，未压缩点）和 Ed25519 公钥',
    en: 'unsupported key type: only SM2 (id-ecPublicKey with the sm2 curve, uncompressed point) and Ed25519 keys are accepted',
  },
  invalidKey: {
    zh: '公钥数值无效（不是曲线上的合法点）',
    en: 'the public key value is invalid (not a valid curve point)',
  },
};

export function encodeSpki(algorithm: SignatureAlgorithm, publicKey: Uint8Array): Uint8Array {
  if (publicKey.length !== PUBLIC_KEY_LENGTH[algorithm]) throw new RangeError(`encodeSpki: ${algorithm} public keys are ${PUBLIC_KEY_LENGTH[algorithm]} bytes`);
  return concatBytes(SPKI_PREFIX[algorithm], publicKey);
}

export function decodeSpki(der: Uint8Array): PublicKeyDecoding {
  for (const algorithm of SIGNATURE_ALGORITHMS) {
    const prefix = SPKI_PREFIX[algorithm];
    if (der.length !== prefix.length + PUBLIC_KEY_LENGTH[algorithm] || !prefix.every((b, i) => der[i] === b)) continue;
    const publicKey = der.slice(prefix.length);
    return isValidPublicKey(algorithm, publicKey) ? { ok: true, algorithm, publicKey } : failure('invalidKey');
  }
  return failure('unsupportedKeyType');
}

export function encodePublicKeyPem(algorithm: SignatureAlgorithm, publicKey: Uint8Array): string {
  return encodePem(PEM_LABEL, encodeSpki(algorithm, publicKey));
}

export function decodePublicKeyPem(text: string): PublicKeyDecoding {
  const der = decodePem(PEM_LABEL, text);
  return der ? decodeSpki(der) : failure('notPem');
}

/**
 * `sm3:<hex>` (SM2 keys) or `sha256:<hex>` (Ed25519 keys): the suite's digest of the SPKI DER, as
 * `openssl pkey -pubin -in key.pem -outform DER | openssl dgst -sm3` (or -sha256) prints it.
 */
export async function keyIdOf(algorithm: SignatureAlgorithm, publicKey: Uint8Array): Promise<string> {
  const digestAlgorithm = digestAlgorithmOf(algorithm);
  const digest = await digestBytes(digestAlgorithm, encodeSpki(algorithm, publicKey));
  return `${digestAlgorithm === 'SM3' ? 'sm3' : 'sha256'}:${bytesToHex(digest)}`;
}

/** The key id's digest in groups of four hex digits ("66c7 f0f4 62ee …"), for reading aloud and paper forms. */
export function formatFingerprint(keyId: string): string {
  const hex = keyId.slice(keyId.indexOf(':') + 1);
  return (hex.match(/.{1,4}/g) ?? []).join(' ');
}

function failure(reason: PublicKeyProblem): PublicKeyDecoding {
  return { ok: false, reason, message: PROBLEM_TEXT[reason] };
}
