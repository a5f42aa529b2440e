// The parts of a keystore kept in the clear (algorithm, key id, public key, creation time), read without the
// passphrase: `mulu pubkey` needs nothing more, and `mulu passwd` refuses a damaged file before asking for a
// passphrase. Opening the private key stays with core/crypto/keystore.ts; the checks here mirror its public ones
// (format, version, checksum, key id ↔ public key) so both commands call the same file damaged.
import { bytesToHex } from '@noble/hashes/utils.js';
import { isSignatureAlgorithm, type SignatureAlgorithm } from '../core/crypto/algorithms.ts';
import { decodeBase64 } from '../core/crypto/base64.ts';
import { canonicalJsonBytes, type JsonValue } from '../core/crypto/canonical-json.ts';
import { decodeSpki, keyIdOf } from '../core/crypto/keys.ts';
import { KEYSTORE_FORMAT, KEYSTORE_VERSION } from '../core/crypto/keystore.ts';
import { sha256 } from '../core/crypto/sha256.ts';
import { UsageError } from './exit-codes.ts';
import { readText } from './read-input.ts';

export interface KeystoreFile {
  /** The exact text read, for unlocking and for proving a failed command left the file alone. */
  text: string;
  algorithm: SignatureAlgorithm;
  keyId: string;
  publicKey: Uint8Array;
  created: string;
}

export async function readKeystoreFile(path: string): Promise<KeystoreFile> {
  const text = await readText(path);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw notAKeystore(path);
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file)) throw notAKeystore(path);
  const { checksum, ...body } = file as Record<string, unknown>;
  if (body.format !== KEYSTORE_FORMAT) throw notAKeystore(path);
  if (Number.isInteger(body.version) && (body.version as number) > KEYSTORE_VERSION) {
    throw new UsageError(
      `密钥文件 ${path} 由较新版本的 Mulu 创建（格式版本 ${String(body.version)}），本程序只能读取版本 ${KEYSTORE_VERSION}。请升级 Mulu 后再打开。`,
      `${path} was made by a newer Mulu (format version ${String(body.version)}); this program reads version ${KEYSTORE_VERSION} only. Upgrade Mulu to open it.`,
    );
  }
  if (body.version !== KEYSTORE_VERSION || typeof checksum !== 'string' || checksum !== checksumOf(body as JsonValue)) throw damaged(path);
  const { algorithm, keyId, publicKey, created } = body;
  const spki = typeof publicKey === 'string' ? decodeBase64(publicKey) : undefined;
  const decoded = spki && decodeSpki(spki);
  if (!isSignatureAlgorithm(algorithm) || !decoded?.ok || decoded.algorithm !== algorithm || typeof created !== 'string') throw damaged(path);
  if (keyId !== (await keyIdOf(algorithm, decoded.publicKey))) throw damaged(path);
  return { text, algorithm, keyId, publicKey: decoded.publicKey, created };
}

function checksumOf(body: JsonValue): string | undefined {
  try {
    return `sha256:${bytesToHex(sha256(canonicalJsonBytes(body)))}`;
  } catch {
    return undefined; // lone surrogates have no canonical form
  }
}

function notAKeystore(path: string): UsageError {
  return new UsageError(`${path} 不是 Mulu 密钥文件（应由 mulu keygen 生成）`, `${path} is not a Mulu key file (made by mulu keygen)`);
}

function damaged(path: string): UsageError {
  return new UsageError(
    `密钥文件已损坏或被改动，无法使用：${path}。请改用备份的密钥文件；如无备份，需重新生成密钥并向上级平台重新登记公钥。`,
    `The key file ${path} is damaged or has been altered and cannot be used. Use a backup copy; without one, generate a new key and register its public key with the platform again.`,
  );
}
