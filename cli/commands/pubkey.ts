// mulu pubkey <key.json> [--form pem|registration] [--out file] [--department-name … --department-uscc … [--division …]]
// Exports the public key from a keystore without the passphrase (it is stored in the clear), as PEM for OpenSSL
// and the platform, or as the printable registration form (公钥登记表).
import { encodePublicKeyPem, formatFingerprint } from '../../core/crypto/keys.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import type { CommandContext } from '../command.ts';
import { readDepartmentOptions } from '../department-options.ts';
import { EXIT_OK, UsageError } from '../exit-codes.ts';
import { readKeystoreFile } from '../keystore-file.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';
import { formatRegistrationForm } from '../../core/crypto/registration-form.ts';

export const USAGE = {
  zh: '用法：mulu pubkey <密钥文件.json> [--form pem|registration] [--out 输出文件] [--department-name 部门名称 --department-uscc 统一社会信用代码 [--division 行政区划代码]]',
  en: 'usage: mulu pubkey <key.json> [--form pem|registration] [--out file] [--department-name NAME --department-uscc CODE [--division CODE]]',
};

export async function pubkeyCommand({ positionals, values, out, err }: CommandContext): Promise<number> {
  const path = positionals[0];
  if (!path || positionals.length > 1) throw new UsageError(USAGE.zh, USAGE.en);
  const form = values.form ?? 'pem';
  if (form !== 'pem' && form !== 'registration') throw new UsageError(`--form 只能是 pem 或 registration（公钥登记表），收到「${form}」`, `--form must be pem or registration, got "${form}"`);
  const department = await readDepartmentOptions(values, err);
  if (department && form === 'pem') {
    throw new UsageError('部门信息只用于公钥登记表，请加 --form registration', 'department options only go on the registration form; add --form registration');
  }

  if (values.out) await refuseDestructiveOutput(values.out, [path]);
  const key = await readKeystoreFile(path);
  const publicKeyPem = encodePublicKeyPem(key.algorithm, key.publicKey);
  const text =
    form === 'pem'
      ? publicKeyPem
      : formatRegistrationForm({ ...(department && { department }), algorithm: key.algorithm, keyId: key.keyId, publicKeyPem, created: key.created });

  if (values.out) {
    // A public key or a form is not secret, and regenerating it is harmless, so an existing file is replaced.
    await writeFileAtomic(values.out, text, { mode: 0o644, overwrite: true });
    err.write(`已写出${form === 'pem' ? '公钥' : '公钥登记表'}：${values.out}（指纹 ${formatFingerprint(key.keyId)}）\nwrote the ${form === 'pem' ? 'public key' : 'registration form'} to ${values.out} (fingerprint ${formatFingerprint(key.keyId)})\n`);
  } else {
    out.write(text);
  }
  return EXIT_OK;
}
