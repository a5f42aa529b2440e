// mulu trust add <trust.json> <signer.pem> --department-name … --department-uscc … [--valid-from 日期] [--valid-until 日期] [--note …]
// Builds the platform's trust store from registration forms: one accepted key per call, the file created if it is
// missing. Run it after comparing the fingerprint it prints with the one on the signed and stamped form.
import { decodePublicKeyPem, formatFingerprint } from '../../core/crypto/keys.ts';
import { beijingDate } from '../../core/time/beijing-time.ts';
import { addTrustedKey, emptyTrustStore, serializeTrustStore } from '../../core/package/trust-store.ts';
import { fileExists, writeFileAtomic } from '../atomic-write.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_OK, UsageError } from '../exit-codes.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';
import { readText } from '../read-input.ts';
import { readTrustStoreFile } from '../read-trust.ts';

export const USAGE = {
  zh: '用法：mulu trust add <信任库.json> <公钥.pem> --department-name 部门名称 --department-uscc 统一社会信用代码 [--valid-from 2026-11-22] [--valid-until 2028-12-31] [--note 备注]',
  en: 'usage: mulu trust add <trust.json> <signer.pem> --department-name NAME --department-uscc CODE [--valid-from 2026-11-22] [--valid-until 2028-12-31] [--note TEXT]',
};

export async function trustCommand(ctx: CommandContext, now: Date = new Date()): Promise<number> {
  const [sub, storePath, pemPath, ...extra] = ctx.positionals;
  if (sub !== 'add' || !storePath || !pemPath || extra.length) throw new UsageError(USAGE.zh, USAGE.en);
  const { values, err } = ctx;
  const name = values['department-name'];
  const uscc = values['department-uscc'];
  if (name === undefined || uscc === undefined) {
    throw new UsageError(`须给出 --department-name（部门名称）和 --department-uscc（统一社会信用代码）\n${USAGE.zh}`, `--department-name and --department-uscc are required\n${USAGE.en}`);
  }
  if (values.division !== undefined) throw new UsageError('信任库不记录行政区划，请去掉 --division', 'the trust store does not record a division; drop --division');

  await refuseDestructiveOutput(storePath, [pemPath]); // the store itself is updated in place, by design
  const pem = await readText(pemPath, 'pem');
  const decoded = decodePublicKeyPem(pem);
  if (!decoded.ok) throw new UsageError(`${pemPath}：${decoded.message.zh}`, `${pemPath}: ${decoded.message.en}`);
  const file = (await fileExists(storePath)) ? (await readTrustStoreFile(storePath)).file : emptyTrustStore();
  const validFrom = values['valid-from'] ?? beijingDate(now);
  const added = await addTrustedKey(file, {
    departmentName: name,
    departmentUscc: uscc,
    publicKeyPem: pem,
    validFrom,
    ...(values['valid-until'] !== undefined && { validUntil: values['valid-until'] }),
    ...(values.note !== undefined && { note: values.note }),
  });
  if (!added.ok) {
    throw new UsageError(added.messages.map((m) => m.zh).join('\n'), added.messages.map((m) => m.en).join('\n'));
  }
  await writeFileAtomic(storePath, serializeTrustStore(added.file), { mode: 0o644, overwrite: true });

  const { key } = added;
  const until = key.validUntil ?? '长期';
  err.write(
    `已加入信任库 ${storePath}：${key.department!.name}（${key.department!.uscc}），${key.algorithm}，有效期 ${key.validFrom} 至 ${until}\n` +
      `added to ${storePath}: ${key.department!.name} (${key.department!.uscc}), ${key.algorithm}, valid ${key.validFrom} to ${key.validUntil ?? 'open-ended'}\n` +
      `请与登记表核对指纹 / compare with the form's fingerprint:\n  ${formatFingerprint(key.keyId)}\n`,
  );
  return EXIT_OK;
}
