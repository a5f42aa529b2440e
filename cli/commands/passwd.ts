// mulu passwd <key.json>
// Changes a keystore's passphrase: the key, its id and creation time stay; the salt and IV are new, and the file is
// sealed at the current default cost (older files move up to it). The old passphrase is checked before the new one
// is asked for, and nothing is written unless every step succeeded.
import { createKeystore, DEFAULT_SCRYPT_COST, unlockKeystore } from '../../core/crypto/keystore.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_OK, UsageError } from '../exit-codes.ts';
import { readKeystoreFile } from '../keystore-file.ts';
import { NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, processPassphraseSource, readNewPassphrase, readPassphrase, requirePassphraseSource, type KeyCommandSettings } from '../passphrase.ts';
import { KEYSTORE_FILE_MODE } from './keygen.ts';

export const USAGE = {
  zh: `用法：mulu passwd <密钥文件.json>（当前口令取自 ${PASSPHRASE_ENV}，新口令取自 ${NEW_PASSPHRASE_ENV}，未设置时在终端提示输入）`,
  en: `usage: mulu passwd <key.json> (current passphrase from ${PASSPHRASE_ENV}, new from ${NEW_PASSPHRASE_ENV}, else prompted at the terminal)`,
};

export async function passwdCommand({ positionals, err }: CommandContext, settings: KeyCommandSettings = {}): Promise<number> {
  const path = positionals[0];
  if (!path || positionals.length > 1) {
    throw new UsageError(USAGE.zh, USAGE.en);
  }
  const source = settings.passphrases ?? processPassphraseSource();
  const file = await readKeystoreFile(path); // a damaged file is refused before anyone types a passphrase
  // Without a terminal both passphrases must come from the environment; say so before the slow unlock.
  requirePassphraseSource(source, PASSPHRASE_ENV);
  requirePassphraseSource(source, NEW_PASSPHRASE_ENV);

  const oldPassphrase = await readPassphrase(source, err, PASSPHRASE_ENV, '当前口令 / Current passphrase: ');
  const unlocked = await unlockKeystore(file.text, oldPassphrase);
  if (!unlocked.ok) throw new UsageError(`${path}：${unlocked.error.message.zh}`, `${path}: ${unlocked.error.message.en}`);
  const { key } = unlocked;
  let text: string;
  try {
    const newPassphrase = await readNewPassphrase(source, err, NEW_PASSPHRASE_ENV, '新口令 / New passphrase: ', '再次输入新口令 / Repeat new passphrase: ');
    text = await createKeystore(key.privateKey, key.publicKey, key.algorithm, newPassphrase, { scrypt: settings.scrypt ?? DEFAULT_SCRYPT_COST, created: new Date(key.created) });
  } finally {
    key.privateKey.fill(0);
  }
  await writeFileAtomic(path, text, { mode: KEYSTORE_FILE_MODE, overwrite: true });
  err.write(`口令已更改：${path}（密钥与密钥标识 ${key.keyId} 不变，无需重新登记公钥）\npassphrase changed: ${path} (same key and key id ${key.keyId}; no new registration needed)\n`);
  return EXIT_OK;
}
