// mulu verify <pkg.zip> --trust <trust.json|signer.pem> [--base previous.zip] [--format text|json] [--allow-training]
// Exit 0: the package verified. 1: it did not (the first failure, with its reason). 2: the arguments or the trust
// file are unusable — the package was not judged at all. With --base (the package the verifier already holds from
// this department) the base is verified too and the package must continue it; without it, an incremental
// package's chain is reported as not checked. A county package's trust chain is checked end to end
// (core/county/county-package-verify.ts): its roster, every embedded unit package, every resource's source.
import { COUNTY_STEP } from '../../core/county/county-package-failures.ts';
import { isCountyPackage, verifyChained } from '../../core/county/county-package-verify.ts';
import { EMBEDDED_PREFIX } from '../../core/county/county-roster.ts';
import { FAILURE_STEP, type PackageFailureReason } from '../../core/package/package-failures.ts';
import type { ChainStatus } from '../../core/package/verify.ts';
import type { LocalText } from '../../core/i18n/text.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exit-codes.ts';
import { formatManifestSummary } from '../package-summary.ts';
import { readBytes } from '../read-input.ts';
import { readTrustArgument } from '../read-trust.ts';

export const USAGE = {
  zh: '用法：mulu verify <目录包.zip> --trust <信任库.json|公钥.pem> [--base <上一版目录包.zip>] [--format text|json] [--allow-training]',
  en: 'usage: mulu verify <pkg.zip> --trust <trust.json|signer.pem> [--base <previous.zip>] [--format text|json] [--allow-training]',
};

const QUICK_CHECK = {
  zh: '注意：--trust 给的是单个公钥，目录包所称的部门未经信任库确认。',
  en: 'note: --trust named a single public key, so the department the package claims is not confirmed by a trust store.',
};

const CHAIN_TEXT: Readonly<Record<ChainStatus, LocalText | undefined>> = {
  none: undefined,
  notChecked: {
    zh: '注意：这是增量目录包，未给出上一版目录包（--base），版本链（基础版本和清单摘要、变更清单）未核对。',
    en: 'note: this is an incremental package and no base was given (--base), so its chain (base version and manifest digest, change list) was not checked.',
  },
  verified: { zh: '版本链：已核对，本包基于所给的上一版目录包，变更清单与两版差异一致。', en: 'chain: checked; the package continues the base given, and its change list matches the difference.' },
  newerThanBase: { zh: '版本链：全量目录包，版本新于所给的上一版目录包。', en: 'chain: a full package, newer than the base given.' },
};

function countyNote(files: readonly { path: string }[]): LocalText {
  const n = files.filter((f) => f.path.startsWith(EMBEDDED_PREFIX)).length;
  return {
    zh: `县级目录包：单位公钥名册的县级签名已核对，内嵌的 ${n} 个单位目录包均按名册中的公钥验证通过，县级目录的每条资源都与其来源目录包一致。`,
    en: `county package: the county's signature over the unit roster checked; the ${n} embedded unit packages verify with the roster's keys, and every county resource matches its source package.`,
  };
}

export async function verifyCommand({ positionals, values, out }: CommandContext, settings: { now?: Date } = {}): Promise<number> {
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.trust) throw new UsageError(USAGE.zh, USAGE.en);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到「${format}」`, `--format must be text or json, got "${format}"`);
  const trust = await readTrustArgument(values.trust);
  const base = values.base ? await readBytes(values.base, 'package') : undefined;
  const bytes = await readBytes(file, 'package');
  const result = await verifyChained(bytes, { trust, at: settings.now ?? new Date(), allowTraining: values['allow-training'] === 'true', ...(base && { base }) });
  const notes = result.ok ? [...(trust.source === 'publicKey' ? [QUICK_CHECK] : []), ...(CHAIN_TEXT[result.chain] ? [CHAIN_TEXT[result.chain]!] : []), ...(isCountyPackage(result) ? [countyNote(result.manifest.files)] : [])] : [];
  const step = result.ok ? undefined : result.reason in FAILURE_STEP ? FAILURE_STEP[result.reason as PackageFailureReason] : COUNTY_STEP;

  if (format === 'json') {
    // `department` is the trust store's name for the signer (null for a single public key); the manifest's is only its claim.
    const body = result.ok ? { ok: true, chain: result.chain, department: result.signer.department ?? null, manifest: result.manifest, notes } : { ...result, step };
    out.write(`${JSON.stringify(body, null, 2)}\n`);
  } else if (result.ok) {
    out.write(`验证通过 / verified: ${file}\n${formatManifestSummary(result.manifest, result.signer.department)}${notes.map((n) => `${n.zh}\n${n.en}\n`).join('')}`);
  } else {
    const base = 'base' in result && result.base ? `\n  上一版的原因 / base reason: ${result.base.reason}${result.base.containerReason ? ` (${result.base.containerReason})` : ''}` : '';
    const container = 'containerReason' in result && result.containerReason ? ` (${result.containerReason})` : '';
    out.write(`验证未通过 / verification failed: ${file}\n  原因 / reason: ${result.reason}${container}（步骤 / step: ${step}）${base}\n  ${result.message.zh}\n  ${result.message.en}\n`);
  }
  return result.ok ? EXIT_OK : EXIT_FINDINGS;
}
