// mulu pack <catalog.json> --key key.json --out pkg.zip [--profile id] [--created-at ISO] [--training]
// Validates the catalog, and only if it has no errors unlocks the key and writes a signed full package
// (core/package/pack.ts). Errors block with exit 1 and the report printed, as `validate` prints it.
import { unlockKeystore } from '../../core/crypto/keystore.ts';
import { packCatalog, PackError } from '../../core/package/pack.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exit-codes.ts';
import { readKeystoreFile } from '../keystore-file.ts';
import { PASSPHRASE_ENV, processPassphraseSource, readPassphrase, requirePassphraseSource, type KeyCommandSettings } from '../passphrase.ts';
import { readCatalog } from '../read-input.ts';
import { formatTextReport } from '../text-report.ts';
import { validateCatalogForCli } from '../validate-catalog.ts';

const USAGE = {
  zh: '用法：mulu pack <目录文件.json> --key <密钥文件.json> --out <目录包.zip> [--profile 规则配置] [--created-at ISO时间] [--training]',
  en: 'usage: mulu pack <catalog.json> --key <key.json> --out <pkg.zip> [--profile id] [--created-at ISO] [--training]',
};

export async function packCommand({ positionals, values, out, err }: CommandContext, settings: KeyCommandSettings = {}): Promise<number> {
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.key || !values.out) throw new UsageError(USAGE.zh, USAGE.en);
  const catalog = await readCatalog(file);
  const keyFile = await readKeystoreFile(values.key); // a damaged key file is refused before anything slow
  const report = await validateCatalogForCli(catalog, values.profile);
  if (report.counts.error > 0) {
    out.write(formatTextReport(report, 'zh'));
    err.write(`目录有 ${report.counts.error} 个错误，未打包。请修正后重试。\nthe catalog has ${report.counts.error} errors; no package was written. Fix them and try again.\n`);
    return EXIT_FINDINGS;
  }
  // The CLI may read the clock (core never does): an explicit time first, then the catalog's own, then now.
  const createdAt = values['created-at'] ?? catalog.updatedAt ?? (settings.now ?? new Date()).toISOString();

  const source = settings.passphrases ?? processPassphraseSource();
  requirePassphraseSource(source, PASSPHRASE_ENV);
  const passphrase = await readPassphrase(source, err, PASSPHRASE_ENV, '口令 / Passphrase: ');
  const unlocked = await unlockKeystore(keyFile.text, passphrase);
  if (!unlocked.ok) throw new UsageError(`${values.key}：${unlocked.error.message.zh}`, `${values.key}: ${unlocked.error.message.en}`);
  const { key } = unlocked;
  let bytes: Uint8Array;
  try {
    bytes = await packCatalog({
      catalog,
      report,
      signer: { suite: key.algorithm, privateKey: key.privateKey, publicKey: key.publicKey },
      createdAt,
      type: values.training === 'true' ? 'training' : 'submission',
    });
  } catch (e) {
    if (!(e instanceof PackError)) throw e;
    // Content the department must change (errors, 涉密 resources) is exit 1, like validation errors.
    if (e.reason === 'reportHasErrors' || e.reason === 'secretResources') {
      err.write(`${e.text.zh}\n${e.text.en}\n`);
      return EXIT_FINDINGS;
    }
    throw new UsageError(e.text.zh, e.text.en);
  } finally {
    key.privateKey.fill(0);
  }
  // A package can always be made again from the catalog, so an existing file is replaced (atomically).
  await writeFileAtomic(values.out, bytes, { mode: 0o644, overwrite: true });
  err.write(
    `已写出${values.training === 'true' ? '培训练习用' : ''}目录包：${values.out}（${bytes.length} 字节，签名公钥 ${key.keyId}）\n` +
      `wrote the ${values.training === 'true' ? 'training ' : ''}package ${values.out} (${bytes.length} bytes, signing key ${key.keyId})\n`,
  );
  return EXIT_OK;
}
