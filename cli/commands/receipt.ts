// mulu receipt create <pkg.zip> --key receiver-key.json --decision accepted|returned --receiver-name N --receiver-uscc C
//                     [--reason …] [--resources decisions.json] [--trust trust.json] --out receipt.json
// mulu receipt verify <receipt.json> --trust receiver-trust.json [--package pkg.zip] [--format text|json]
// The receiver's signed statement that it accepted or returned a package (core/package/receipt.ts). `create` checks
// everything (reasons, resource codes, the package itself when --trust is given) before it asks for the passphrase.
// `verify` checks the receipt against the trust entry of the receiver's key and, with --package, that it is about
// exactly that package. Exit 0: created / verified. 1: the package failed verification (create accepted) or the
// receipt does not verify. 2: unusable input.
import type { LocalText } from '../../core/i18n/text.ts';
import {
  buildReceipt,
  RECEIPT_DECISIONS,
  ReceiptError,
  serializeReceipt,
  signReceipt,
  verifyReceipt,
  type Receipt,
  type ReceiptDecision,
  type ResourceDecision,
} from '../../core/package/receipt.ts';
import { signWithKeystore } from '../../core/package/keystore-signer.ts';
import { parseResourceDecisions } from '../../core/package/resource-decisions.ts';
import { verifyPackage } from '../../core/package/verify.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import type { CommandContext } from '../command.ts';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from '../exit-codes.ts';
import { readKeystoreFile } from '../keystore-file.ts';
import { refuseDestructiveOutput } from '../output-guard.ts';
import { PASSPHRASE_ENV, processPassphraseSource, readPassphrase, requirePassphraseSource, type KeyCommandSettings } from '../passphrase.ts';
import { readBytes, readText, unusableVersionedFile } from '../read-input.ts';
import { readPackageFile } from '../read-package-file.ts';
import { readTrustArgument } from '../read-trust.ts';
import { formatReceiptSummary } from '../receipt-summary.ts';

export const USAGE = {
  zh:
    '用法：mulu receipt create <目录包.zip> --key <接收方密钥.json> --decision accepted|returned --receiver-name 接收单位名称 --receiver-uscc 统一社会信用代码 [--reason 理由] [--resources <资源意见.json>] [--trust <信任库.json>] --out <回执.json>\n' +
    '      mulu receipt verify <回执.json> --trust <接收方信任库.json|公钥.pem> [--package <目录包.zip>] [--format text|json]',
  en:
    'usage: mulu receipt create <pkg.zip> --key <receiver-key.json> --decision accepted|returned --receiver-name NAME --receiver-uscc CODE [--reason TEXT] [--resources <decisions.json>] [--trust <trust.json>] --out <receipt.json>\n' +
    '       mulu receipt verify <receipt.json> --trust <receiver-trust.json|receiver.pem> [--package <pkg.zip>] [--format text|json]',
};

export async function receiptCommand(ctx: CommandContext, settings: KeyCommandSettings = {}): Promise<number> {
  const [sub, ...rest] = ctx.positionals;
  const subcommand = { ...ctx, positionals: rest };
  if (sub === 'create') return createReceiptFile(subcommand, settings);
  if (sub === 'verify') return verifyReceiptFile(subcommand, settings.now ?? new Date());
  throw new UsageError(USAGE.zh, USAGE.en);
}

async function createReceiptFile({ positionals, values, err }: CommandContext, settings: KeyCommandSettings): Promise<number> {
  const file = positionals[0];
  const { key, decision, out } = values;
  if (!file || positionals.length > 1 || !key || !decision || !out || !values['receiver-name'] || !values['receiver-uscc']) throw new UsageError(USAGE.zh, USAGE.en);
  if (!(RECEIPT_DECISIONS as readonly string[]).includes(decision)) {
    throw new UsageError(`--decision 只能是 accepted（接收）或 returned（退回），收到「${decision}」`, `--decision must be accepted or returned, got "${decision}"`);
  }
  await refuseDestructiveOutput(out, [file, key, values.resources, values.trust]);
  const keyFile = await readKeystoreFile(key);
  const resources = values.resources ? await readDecisions(values.resources) : undefined;
  const bytes = await readBytes(file, 'package');
  const pkg = await readPackageFile(file, bytes);
  const now = settings.now ?? new Date();

  if (values.trust) {
    const verified = await verifyPackage(bytes, { trust: await readTrustArgument(values.trust), at: now });
    if (!verified.ok && decision === 'accepted') {
      err.write(`目录包未通过验证，不能出具接收回执（${verified.reason}）：${verified.message.zh}\nthe package does not verify, so it cannot be accepted (${verified.reason}): ${verified.message.en}\n`);
      return EXIT_FINDINGS;
    }
    if (!verified.ok) err.write(`注意：目录包未通过验证（${verified.reason}），回执将其退回。\nnote: the package does not verify (${verified.reason}); the receipt returns it.\n`);
  } else {
    err.write('注意：未给出 --trust，出具回执前未验证目录包。\nnote: no --trust given, so the package was not verified before the receipt.\n');
  }

  let receipt: Receipt;
  try {
    receipt = await buildReceipt({
      package: pkg,
      decision: decision as ReceiptDecision,
      ...(values.reason !== undefined && { reason: values.reason }),
      ...(resources && { resources }),
      receivedAt: now.toISOString(),
      receiver: { name: values['receiver-name'], uscc: values['receiver-uscc'], keyId: keyFile.keyId },
    });
  } catch (e) {
    throw refusal(e);
  }

  const source = settings.passphrases ?? processPassphraseSource();
  requirePassphraseSource(source, PASSPHRASE_ENV);
  const passphrase = await readPassphrase(source, err, PASSPHRASE_ENV, '口令 / Passphrase: ');
  let signed;
  try {
    signed = await signWithKeystore(keyFile.text, passphrase, async (signer) => serializeReceipt(await signReceipt(receipt, signer)));
  } catch (e) {
    throw refusal(e);
  }
  if (!signed.ok) throw new UsageError(`${key}：${signed.error.message.zh}`, `${key}: ${signed.error.message.en}`);
  const text = signed.value;
  await writeFileAtomic(out, text, { mode: 0o644, overwrite: true });
  err.write(`已写出回执 / wrote the receipt: ${out}\n${formatReceiptSummary(receipt)}`);
  return EXIT_OK;
}

async function verifyReceiptFile({ positionals, values, out }: CommandContext, now: Date): Promise<number> {
  const file = positionals[0];
  if (!file || positionals.length > 1 || !values.trust) throw new UsageError(USAGE.zh, USAGE.en);
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format 只能是 text 或 json，收到「${format}」`, `--format must be text or json, got "${format}"`);
  const trust = await readTrustArgument(values.trust);
  const pkg = values.package ? await readPackageFile(values.package) : undefined;
  const result = await verifyReceipt(await readText(file, 'json'), { trust, at: now, ...(pkg && { package: pkg }) });
  const notes: LocalText[] = [
    ...(trust.source === 'publicKey' ? [{ zh: '注意：--trust 给的是单个公钥，接收单位未经信任库确认。', en: 'note: --trust named a single public key, so the receiving unit is not confirmed by a trust store.' }] : []),
    ...(!pkg ? [{ zh: '注意：未给出 --package，未核对回执所指的是否就是本地的目录包。', en: 'note: no --package given, so it was not checked that the receipt is about a package held here.' }] : []),
  ];
  if (format === 'json') {
    const body = result.ok ? { ok: true, receipt: result.receipt, receiver: { keyId: result.receiver.keyId, department: result.receiver.department ?? null }, notes } : result;
    out.write(`${JSON.stringify(body, null, 2)}\n`);
  } else if (result.ok) {
    out.write(`回执有效 / receipt verified: ${file}\n${formatReceiptSummary(result.receipt)}${notes.map((n) => `${n.zh}\n${n.en}\n`).join('')}`);
  } else {
    out.write(`回执无效 / receipt not verified: ${file}\n  原因 / reason: ${result.reason}\n  ${result.message.zh}\n  ${result.message.en}\n`);
  }
  return result.ok ? EXIT_OK : EXIT_FINDINGS;
}

async function readDecisions(path: string): Promise<ResourceDecision[]> {
  const parsed = parseResourceDecisions(await readText(path, 'json'));
  if (parsed.ok) return parsed.decisions;
  throw unusableVersionedFile({ zh: '资源意见文件', en: 'resource decisions file' }, path, parsed);
}

/** What the receiver must fix in its input is a usage error (exit 2) with the core's message. */
function refusal(e: unknown): unknown {
  return e instanceof ReceiptError ? new UsageError(e.text.zh, e.text.en) : e;
}
