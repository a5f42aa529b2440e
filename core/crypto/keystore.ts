// The passphrase-protected private key file (docs/package-format.md, "Keystore"). A signing key exists in the clear
// only in memory while a package is being signed; on disk it is always sealed.
//
// KDF: scrypt, not Argon2id (signing-notes §7 allows either), because a key must stay recoverable without Mulu:
// the OpenSSL 3.0 found on our machines has `openssl kdf SCRYPT` but no Argon2 (which arrived in 3.2), and
// node:crypto has scrypt too (the interop test opens a keystore that way). @noble/hashes runs it in audited
// plain JavaScript. Default cost N=2^17, r=8, p=1 (128 MiB, ~0.6 s); the parameters are recorded in the file, so
// a later default never locks out older files.
//
// Telling failures apart for the clerk: a checksum over the whole file reports accidental damage as 'corrupt'
// before any key is derived; a 16-byte passphrase check derived alongside the AES key reports a wrong passphrase as
// 'wrongPassphrase'; and because the whole header is AES-GCM's additional authenticated data, a deliberately edited
// header or ciphertext (checksum recomputed) still fails as 'corrupt'. Editing the salt or cost parameters that way
// changes the derived check and reads as a wrong passphrase; the key stays just as unusable.
import { equalBytes } from '@noble/curves/utils.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { bytesToHex, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { fillLocal, type LocalText } from '../i18n/text.ts';
import { aesGcmDecrypt, aesGcmEncrypt } from './aes-gcm.ts';
import { isSignatureAlgorithm, type SignatureAlgorithm } from './algorithms.ts';
import { decodeBase64, encodeBase64 } from './base64.ts';
import { canonicalJsonBytes, type JsonValue } from './canonical-json.ts';
import { decodeSpki, encodeSpki, keyIdOf } from './keys.ts';
import { sha256 } from './sha256.ts';
import { isValidPrivateKey, publicKeyOf, type KeyPair } from './signature.ts';
import { parseJsonText } from '../format/json-text.ts';

export const KEYSTORE_FORMAT = 'mulu.keystore';
export const KEYSTORE_VERSION = 1;

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
export const DEFAULT_SCRYPT_COST: Readonly<ScryptCost> = { N: 2 ** 17, r: 8, p: 1 };

/** scrypt needs 128·N·r bytes; the cap (twice the default) bounds what a damaged or hostile file can make us allocate. */
const MAX_SCRYPT_MEMORY = 2 ** 28;
const MAX_SCRYPT_P = 16;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const AES_KEY_BYTES = 32;
const CHECK_BYTES = 16;
const GCM_TAG_BYTES = 16;
const PRIVATE_KEY_BYTES = 32;
/**
 * A keystore is ~1 KB. Anything much larger is refused before it is parsed or checksummed: a 40 MB salt once made
 * the checksum's canonical JSON reach 1.5 GB. The CLI also refuses a larger file before reading it.
 */
export const KEYSTORE_MAX_CHARS = 64 * 1024;
/** How much of an existing file `looksLikeKeystore` needs: a keystore names its format in its first line. */
export const KEYSTORE_HEAD_BYTES = 4096;
const KEYSTORE_FORMAT_FIELD = new RegExp(`"format"\\s*:\\s*"${KEYSTORE_FORMAT.replace('.', '\\.')}"`);

/**
 * Whether the start of a file is a Mulu keystore's (JSON whose `format` is mulu.keystore), so that nothing writes
 * over a private key: a look at the head, not a parse, because the file may be anything and large.
 */
export function looksLikeKeystore(head: Uint8Array): boolean {
  // The field is ASCII: one character per byte finds it without a UTF-8 decoder, which core/crypto has none of.
  return KEYSTORE_FORMAT_FIELD.test(String.fromCharCode(...head));
}
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

type KeystoreHeader = {
  format: typeof KEYSTORE_FORMAT;
  version: typeof KEYSTORE_VERSION;
  algorithm: SignatureAlgorithm;
  keyId: string;
  /** base64 of the SubjectPublicKeyInfo DER, so the public key can be exported without the passphrase */
  publicKey: string;
  created: string;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string; passphraseCheck: string };
  cipher: { name: 'AES-256-GCM'; iv: string };
};

export type KeystoreErrorCode = 'wrongPassphrase' | 'corrupt' | 'unsupportedVersion';
export interface KeystoreError {
  code: KeystoreErrorCode;
  message: LocalText;
}

export interface UnlockedKey extends KeyPair {
  keyId: string;
  created: string;
}
export type UnlockResult = { ok: true; key: UnlockedKey } | { ok: false; error: KeystoreError };

export interface KeystoreOptions {
  /** Recorded in the file; defaults to now. */
  created?: Date;
  /** Defaults to DEFAULT_SCRYPT_COST; tests pass a low N. */
  scrypt?: ScryptCost;
}

const ERROR_TEXT: Readonly<Record<KeystoreErrorCode, LocalText>> = {
  wrongPassphrase: {
    zh: '口令不正确。请检查输入法（中/英文、全角/半角）和大写锁定后重试。密钥文件未受影响。',
    en: 'Wrong passphrase. Check the input method (Chinese/English, full-/half-width) and Caps Lock, then try again. The key file is unchanged.',
  },
  corrupt: {
    zh: '密钥文件已损坏或被改动，无法使用。请改用备份的密钥文件；如无备份，需重新生成密钥并向上级平台重新登记公钥。',
    en: 'The key file is damaged or has been altered and cannot be used. Use a backup copy; without one, generate a new key and register its public key with the platform again.',
  },
  unsupportedVersion: {
    zh: '该密钥文件由较新版本的 Mulu 创建（格式版本 {version}），本程序只能读取版本 {supported}。请升级 Mulu 后再打开。',
    en: 'This key file was made by a newer Mulu (format version {version}); this program reads version {supported} only. Upgrade Mulu to open it.',
  },
};

/** Seals a key pair under a passphrase; returns the keystore file text. Throws RangeError on programmer errors. */
export async function createKeystore(
  privateKey: Uint8Array,
  publicKey: Uint8Array,
  algorithm: SignatureAlgorithm,
  passphrase: string,
  options: KeystoreOptions = {},
): Promise<string> {
  if (!isValidPrivateKey(algorithm, privateKey) || !equalBytes(publicKeyOf(algorithm, privateKey), publicKey)) {
    throw new RangeError('createKeystore: the public key does not belong to the private key');
  }
  if (passphrase.length === 0) throw new RangeError('createKeystore: the passphrase is empty');
  const cost = options.scrypt ?? DEFAULT_SCRYPT_COST;
  if (!isAcceptableCost(cost)) throw new RangeError('createKeystore: scrypt cost out of range');

  const salt = randomBytes(SALT_BYTES);
  const iv = randomBytes(IV_BYTES);
  const derived = await deriveKeys(passphrase, salt, cost);
  const header: KeystoreHeader = {
    format: KEYSTORE_FORMAT,
    version: KEYSTORE_VERSION,
    algorithm,
    keyId: await keyIdOf(algorithm, publicKey),
    publicKey: encodeBase64(encodeSpki(algorithm, publicKey)),
    created: (options.created ?? new Date()).toISOString(),
    kdf: { name: 'scrypt', N: cost.N, r: cost.r, p: cost.p, salt: encodeBase64(salt), passphraseCheck: encodeBase64(derived.check) },
    cipher: { name: 'AES-256-GCM', iv: encodeBase64(iv) },
  };
  try {
    const sealed = await aesGcmEncrypt(derived.aesKey, iv, canonicalJsonBytes(header), privateKey);
    const body = { ...header, ciphertext: encodeBase64(sealed) };
    return `${JSON.stringify({ ...body, checksum: checksumOf(body) }, null, 2)}\n`;
  } finally {
    derived.aesKey.fill(0);
  }
}

export async function unlockKeystore(json: string, passphrase: string): Promise<UnlockResult> {
  const parsed = await parseKeystore(json);
  if (!parsed.ok) return parsed;
  const { header, publicKey, salt, check, iv, sealed } = parsed;
  const derived = await deriveKeys(passphrase, salt, header.kdf);
  try {
    if (!equalBytes(derived.check, check)) return failure('wrongPassphrase');
    const privateKey = await aesGcmDecrypt(derived.aesKey, iv, canonicalJsonBytes(header), sealed);
    const algorithm = header.algorithm;
    if (!privateKey || !isValidPrivateKey(algorithm, privateKey) || !equalBytes(publicKeyOf(algorithm, privateKey), publicKey)) {
      return failure('corrupt');
    }
    return { ok: true, key: { algorithm, privateKey, publicKey, keyId: header.keyId, created: header.created } };
  } finally {
    derived.aesKey.fill(0);
  }
}

/** Re-seals the key under a new passphrase with a fresh salt and IV; the key, its id and creation time are kept. */
export async function changePassphrase(
  json: string,
  oldPassphrase: string,
  newPassphrase: string,
  options: Pick<KeystoreOptions, 'scrypt'> = {},
): Promise<{ ok: true; json: string } | { ok: false; error: KeystoreError }> {
  const unlocked = await unlockKeystore(json, oldPassphrase);
  if (!unlocked.ok) return unlocked;
  const { key } = unlocked;
  try {
    const created = new Date(key.created);
    return { ok: true, json: await createKeystore(key.privateKey, key.publicKey, key.algorithm, newPassphrase, { ...options, created }) };
  } finally {
    key.privateKey.fill(0);
  }
}

/** What a keystore holds in the clear: enough to show, export or register the public key without the passphrase. */
export interface KeystoreInfo {
  algorithm: SignatureAlgorithm;
  keyId: string;
  publicKey: Uint8Array;
  created: string;
}

/** The clear parts, after the same checks unlocking makes before it derives anything (so "damaged" means the same). */
export async function readKeystoreInfo(json: string): Promise<{ ok: true; info: KeystoreInfo } | { ok: false; error: KeystoreError }> {
  const parsed = await parseKeystore(json);
  if (!parsed.ok) return parsed;
  const { header, publicKey } = parsed;
  return { ok: true, info: { algorithm: header.algorithm, keyId: header.keyId, publicKey, created: header.created } };
}

type ParsedKeystore =
  | { ok: true; header: KeystoreHeader; publicKey: Uint8Array; salt: Uint8Array; check: Uint8Array; iv: Uint8Array; sealed: Uint8Array }
  | { ok: false; error: KeystoreError };

/** Everything that can be checked without the passphrase. */
async function parseKeystore(json: string): Promise<ParsedKeystore> {
  if (json.length > KEYSTORE_MAX_CHARS) return failure('corrupt');
  const parsed = parseJsonText(json);
  if (!parsed.ok) return failure('corrupt');
  const file = parsed.value;
  if (!isRecord(file) || file.format !== KEYSTORE_FORMAT) return failure('corrupt');
  if (Number.isInteger(file.version) && (file.version as number) > KEYSTORE_VERSION) {
    return { ok: false, error: { code: 'unsupportedVersion', message: fillLocal(ERROR_TEXT.unsupportedVersion, { version: file.version as number, supported: KEYSTORE_VERSION }) } };
  }
  const { checksum, ...body } = file;
  if (typeof checksum !== 'string' || checksum !== checksumOf(body as JsonValue)) return failure('corrupt');

  const { version, algorithm, keyId, publicKey, created, kdf, cipher, ciphertext } = body;
  if (!hasExactKeys(body, ['format', 'version', 'algorithm', 'keyId', 'publicKey', 'created', 'kdf', 'cipher', 'ciphertext'])) return failure('corrupt');
  if (!hasExactKeys(kdf, ['name', 'N', 'r', 'p', 'salt', 'passphraseCheck']) || kdf.name !== 'scrypt') return failure('corrupt');
  if (!hasExactKeys(cipher, ['name', 'iv']) || cipher.name !== 'AES-256-GCM') return failure('corrupt');
  const cost = { N: kdf.N, r: kdf.r, p: kdf.p };
  const spki = base64Field(publicKey);
  const decoded = spki && decodeSpki(spki);
  const salt = base64Field(kdf.salt, SALT_BYTES);
  const check = base64Field(kdf.passphraseCheck, CHECK_BYTES);
  const iv = base64Field(cipher.iv, IV_BYTES);
  const sealed = base64Field(ciphertext, PRIVATE_KEY_BYTES + GCM_TAG_BYTES);
  if (
    version !== KEYSTORE_VERSION ||
    !isSignatureAlgorithm(algorithm) ||
    !decoded?.ok ||
    decoded.algorithm !== algorithm ||
    typeof keyId !== 'string' ||
    keyId !== (await keyIdOf(algorithm, decoded.publicKey)) ||
    typeof created !== 'string' ||
    !isInstant(created) ||
    !isAcceptableCost(cost) ||
    !salt ||
    !check ||
    !iv ||
    !sealed
  ) {
    return failure('corrupt');
  }
  const header: KeystoreHeader = {
    format: KEYSTORE_FORMAT,
    version: KEYSTORE_VERSION,
    algorithm,
    keyId,
    publicKey: publicKey as string,
    created,
    kdf: { name: 'scrypt', ...cost, salt: kdf.salt as string, passphraseCheck: kdf.passphraseCheck as string },
    cipher: { name: 'AES-256-GCM', iv: cipher.iv as string },
  };
  return { ok: true, header, publicKey: decoded.publicKey, salt, check, iv, sealed };
}

async function deriveKeys(passphrase: string, salt: Uint8Array, cost: ScryptCost): Promise<{ aesKey: Uint8Array; check: Uint8Array }> {
  // NFC, as RFC 8265's OpaqueString profile does, so the same passphrase typed through different input methods
  // gives the same bytes; full- and half-width forms stay distinct characters.
  const derived = await scryptAsync(utf8ToBytes(passphrase.normalize('NFC')), salt, { N: cost.N, r: cost.r, p: cost.p, dkLen: AES_KEY_BYTES + CHECK_BYTES });
  const keys = { aesKey: derived.slice(0, AES_KEY_BYTES), check: derived.slice(AES_KEY_BYTES) };
  derived.fill(0);
  return keys;
}

function isAcceptableCost(cost: { N: unknown; r: unknown; p: unknown }): cost is ScryptCost {
  const { N, r, p } = cost;
  return (
    Number.isInteger(N) && Number.isInteger(r) && Number.isInteger(p) &&
    (N as number) >= 2 && ((N as number) & ((N as number) - 1)) === 0 &&
    (r as number) >= 1 && (p as number) >= 1 && (p as number) <= MAX_SCRYPT_P &&
    128 * (N as number) * (r as number) <= MAX_SCRYPT_MEMORY
  );
}

function checksumOf(body: JsonValue): string | undefined {
  try {
    return `sha256:${bytesToHex(sha256(canonicalJsonBytes(body)))}`;
  } catch {
    return undefined; // JSON.parse can produce lone surrogates, which have no canonical form
  }
}

function isInstant(text: string): boolean {
  return ISO_INSTANT.test(text) && !Number.isNaN(Date.parse(text)) && new Date(text).toISOString() === text;
}

function base64Field(value: unknown, length?: number): Uint8Array | undefined {
  const bytes = typeof value === 'string' ? decodeBase64(value) : undefined;
  return bytes && (length === undefined || bytes.length === length) ? bytes : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasExactKeys(value: unknown, keys: readonly string[]): value is Record<string, unknown> {
  return isRecord(value) && Object.keys(value).length === keys.length && keys.every((k) => Object.hasOwn(value, k));
}

function failure(code: Exclude<KeystoreErrorCode, 'unsupportedVersion'>): { ok: false; error: KeystoreError } {
  return { ok: false, error: { code, message: ERROR_TEXT[code] } };
}
