// mulu verify <pkg.zip> --trust <trust.json|signer.pem> [--format text|json] [--allow-training]
// Exit 0: the package verified. 1: it did not (the first failure, with its reason). 2: the arguments or the trust
// file are unusable — the package was not judged at all.
import { verifyPackage } from '../../core/package/verify.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exit-codes.ts';
import { formatManifestSummary } from '../package-summary.ts';
import { readBytes } from '../read-input.ts';
import { readTrustArgument } from '../read-trust.ts';

const USAGE = {
  zh: '用法：mulu verify <目录包.zip> --trust <信任库.json|公钥.pem> [--format text|json] [--allow-training]',
  en: 'usage: mulu verify <pkg.zip> --trust <trust.json|signer.pem> [--format text|json] [--allow-training]',
};

const QUICK_CHECK = {
  zh: '注意：--trust 给的是单个公钥，目录包所称的部门未经信任库确认。',
  en: 'note: --trust named a single public key, so the department the package claims is not confirmed by a trust store.',
};

export async function verifyCommand({ positionals, values, out }: CommandContext, settings: { now?: Date } = {}): Promise<number> {
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.trust) throw new UsageError(USAGE.zh, USAGE.en);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到「${format}」`, `--format must be text or json, got "${format}"`);
  const trust = await readTrustArgument(values.trust);
  const bytes = await readBytes(file);
  const result = await verifyPackage(bytes, { trust, at: settings.now ?? new Date(), allowTraining: values['allow-training'] === 'true' });
  const quick = trust.source === 'publicKey';

  if (format === 'json') {
    const body = result.ok
      ? { ok: true, manifest: result.manifest, ...(quick && { note: QUICK_CHECK }) }
      : { ok: false, reason: result.reason, ...(result.containerReason && { containerReason: result.containerReason }), ...(result.entry !== undefined && { entry: result.entry }), message: result.message };
    out.write(`${JSON.stringify(body, null, 2)}\n`);
  } else if (result.ok) {
    out.write(`验证通过 / verified: ${file}\n${formatManifestSummary(result.manifest)}${quick ? `${QUICK_CHECK.zh}\n${QUICK_CHECK.en}\n` : ''}`);
  } else {
    out.write(`验证未通过 / verification failed: ${file}\n  原因 / reason: ${result.reason}${result.containerReason ? ` (${result.containerReason})` : ''}\n  ${result.message.zh}\n  ${result.message.en}\n`);
  }
  return result.ok ? EXIT_OK : EXIT_FINDINGS;
}
