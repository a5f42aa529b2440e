// The parts of a keystore kept in the clear (algorithm, key id, public key, creation time), read without the
// passphrase: `mulu pubkey` needs nothing more, and `mulu passwd` refuses a damaged file before asking for a
// passphrase. The checks are core's (readKeystoreInfo, the same ones unlocking makes); this file only tells a file
// that is no keystore at all from a damaged one, and names the file in the message.
import type { SignatureAlgorithm } from '../core/crypto/algorithms.ts';
import { KEYSTORE_FORMAT, KEYSTORE_VERSION, readKeystoreInfo } from '../core/crypto/keystore.ts';
import { UsageError } from './exit-codes.ts';
import { readText } from './read-input.ts';
import { parseJsonText } from '../core/format/json-text.ts';

export interface KeystoreFile {
  /** The exact text read, for unlocking and for proving a failed command left the file alone. */
  text: string;
  algorithm: SignatureAlgorithm;
  keyId: string;
  publicKey: Uint8Array;
  created: string;
}

export async function readKeystoreFile(path: string): Promise<KeystoreFile> {
  const text = await readText(path, 'keystore');
  const parsed = parseJsonText(text);
  if (!parsed.ok) throw notAKeystore(path);
  const file = parsed.value;
  if (typeof file !== 'object' || file === null || Array.isArray(file) || (file as { format?: unknown }).format !== KEYSTORE_FORMAT) throw notAKeystore(path);
  const read = await readKeystoreInfo(text);
  if (read.ok) return { text, ...read.info };
  if (read.error.code === 'unsupportedVersion') {
    const version = String((file as { version?: unknown }).version);
    throw new UsageError(
      `密钥文件 ${path} 由较新版本的 Mulu 创建（格式版本 ${version}），本程序只能读取版本 ${KEYSTORE_VERSION}。请升级 Mulu 后再打开。`,
      `${path} was made by a newer Mulu (format version ${version}); this program reads version ${KEYSTORE_VERSION} only. Upgrade Mulu to open it.`,
    );
  }
  throw damaged(path);
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
