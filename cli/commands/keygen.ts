// mulu keygen [--alg sm2|ed25519] --out key.json [--force] [--department-name … --department-uscc … [--division …]]
// Generates a signing key pair and seals it in a passphrase-protected keystore (core/crypto/keystore.ts). The
// keystore holds no department: its format is a closed, checksummed set of fields; the department options only
// fill in the registration form printed at once, while the key pair is known to belong together.
import { dirname, resolve } from 'node:path';
import type { SignatureAlgorithm } from '../../core/crypto/algorithms.ts';
import { encodePublicKeyPem, formatFingerprint, keyIdOf } from '../../core/crypto/keys.ts';
import { createKeystore, DEFAULT_SCRYPT_COST } from '../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../core/crypto/signature.ts';
import { fileExists, refuseExisting, writeFileAtomic } from '../atomic-write.ts';
import type { CommandContext } from '../command.ts';
import { readDepartmentOptions } from '../department-options.ts';
import { EXIT_OK, UsageError } from '../exit-codes.ts';
import { PASSPHRASE_ENV, processPassphraseSource, readNewPassphrase, type KeyCommandSettings } from '../passphrase.ts';
import { formatRegistrationForm } from '../../core/crypto/registration-form.ts';

/** Owner read/write only: the key is encrypted, but there is no reason to let other users copy it and guess. */
export const KEYSTORE_FILE_MODE = 0o600;

export const USAGE = {
  zh: '用法：mulu keygen [--alg sm2|ed25519] --out <密钥文件.json> [--force] [--department-name 部门名称 --department-uscc 统一社会信用代码 [--division 行政区划代码]]',
  en: 'usage: mulu keygen [--alg sm2|ed25519] --out <key.json> [--force] [--department-name NAME --department-uscc CODE [--division CODE]]',
};

export function algorithmOption(raw: string | undefined): SignatureAlgorithm {
  const alg = (raw ?? 'sm2').toLowerCase();
  if (alg === 'sm2' || alg === 'sm2-with-sm3') return 'SM2-with-SM3';
  if (alg === 'ed25519') return 'Ed25519';
  throw new UsageError(`--alg 只能是 sm2（默认，商用密码）或 ed25519，收到「${raw ?? ''}」`, `--alg must be sm2 (default) or ed25519, got "${raw ?? ''}"`);
}

export async function keygenCommand({ positionals, values, out, err }: CommandContext, settings: KeyCommandSettings = {}): Promise<number> {
  const path = values.out;
  if (!path || positionals.length > 0) throw new UsageError(USAGE.zh, USAGE.en);
  const algorithm = algorithmOption(values.alg);
  const department = await readDepartmentOptions(values, err);
  const overwrite = values.force === 'true';
  // Checked before the passphrase is asked for, so nobody types one for nothing; the write checks again.
  if (!overwrite && (await fileExists(path))) throw refuseExisting(path);
  if (!(await fileExists(dirname(resolve(path))))) throw new UsageError(`无法写入 ${path}：所在文件夹不存在`, `cannot write ${path}: the folder does not exist`);

  const passphrase = await readNewPassphrase(
    settings.passphrases ?? processPassphraseSource(),
    err,
    PASSPHRASE_ENV,
    '设置口令 / New passphrase: ',
    '再次输入口令 / Repeat passphrase: ',
  );
  const pair = generateKeyPair(algorithm);
  let text: string;
  try {
    text = await createKeystore(pair.privateKey, pair.publicKey, algorithm, passphrase, { scrypt: settings.scrypt ?? DEFAULT_SCRYPT_COST, created: settings.now ?? new Date() });
  } finally {
    pair.privateKey.fill(0);
  }
  await writeFileAtomic(path, text, { mode: KEYSTORE_FILE_MODE, overwrite });

  const keyId = await keyIdOf(algorithm, pair.publicKey);
  const created = (JSON.parse(text) as { created: string }).created;
  err.write(
    `已生成 ${algorithm} 密钥，私钥已用口令加密保存在 ${path}。请另存备份：丢失此文件或忘记口令，只能重新生成密钥并重新登记公钥。\n` +
      `Generated an ${algorithm} key; the private key is sealed under the passphrase in ${path}. Keep a backup copy: without the file or the passphrase, a new key must be generated and registered again.\n`,
  );
  if (department) {
    out.write(formatRegistrationForm({ department, algorithm, keyId, publicKeyPem: encodePublicKeyPem(algorithm, pair.publicKey), created }));
  } else {
    out.write(`密钥标识 Key id: ${keyId}\n公钥指纹 Fingerprint: ${formatFingerprint(keyId)}\n`);
    err.write(`打印公钥登记表 / to print the registration form: mulu pubkey ${path} --form registration --department-name … --department-uscc …\n`);
  }
  return EXIT_OK;
}
