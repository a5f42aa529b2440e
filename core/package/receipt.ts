// Receipts (回执): the receiver's signed statement that it accepted or returned a package, per resource where
// needed, with reasons. The sender imports it to update statuses, so `verifyReceipt` is pure and returns a typed
// result. One JSON file (docs/package-format.md §8):
//
//   {"receipt": {…}, "signature": "<base64>", "signerPem": "-----BEGIN PUBLIC KEY-----…"}
//
// The signature is over the RFC 8785 canonical JSON of `receipt`, as for the manifest. Every value in a receipt is
// a string, an integer, null, an array or an object with ASCII keys, and strings hold no control characters but
// line breaks and tabs, so any JSON tool that sorts keys and writes compactly (`jq -cjS .receipt`) reproduces the
// signed bytes exactly, and stock OpenSSL can check the signature.
//
// The receipt binds the package by the digest of its exact manifest bytes (the same value the next incremental
// package carries as baseManifestDigest), plus its id, department and version for people reading it.
import { decodeBase64, encodeBase64 } from '../crypto/base64.ts';
import { canonicalJsonBytes, type JsonValue } from '../crypto/canonical-json.ts';
import { encodePublicKeyPem, keyIdOf } from '../crypto/keys.ts';
import { sign } from '../crypto/signature.ts';
import { RefusalError, refusalText, type Failure, type TextParams } from '../i18n/refusal.ts';
import type { Catalog } from '../model/catalog.ts';
import { resourceKey } from './catalog-diff.ts';
import { listCodes } from './code-list.ts';
import { compareCodeUnits } from './code-unit-order.ts';
import { isCanonicalInstant, normalizeInstant } from './instant.ts';
import { fileDigest, type PackageManifest } from './manifest.ts';
import { checkDepartmentIdentity, type TrustedKey, type TrustStore } from './trust-store.ts';
import { isMatchingKeyPair, type SigningKey } from './signer-key.ts';
import { checkTrustedSignature, type SignatureRefusal } from './trusted-signature.ts';
import { exactKeys, isRecord } from './strict-fields.ts';
import { describeValue } from '../format/describe-value.ts';
import { parseJsonText } from '../format/json-text.ts';

export const RECEIPT_FORMAT = 'mulu.receipt';
export const RECEIPT_VERSION = 1;
export const RECEIPT_DECISIONS = ['accepted', 'returned'] as const;
export type ReceiptDecision = (typeof RECEIPT_DECISIONS)[number];
/** Where a package sent stands: waiting for the receiver's receipt, or what the receipt decided. */
export type PackageStatus = 'awaitingReceipt' | ReceiptDecision;

export interface ResourceDecision {
  code: string;
  decision: ReceiptDecision;
  /** Required (not blank) when returned. */
  reason: string | null;
}

export interface Receipt {
  format: typeof RECEIPT_FORMAT;
  version: typeof RECEIPT_VERSION;
  packageId: string;
  /** The digest of the package's exact manifest.json bytes with the package's suite: `sm3:<hex>` or `sha256:<hex>`. */
  manifestDigest: string;
  department: { name: string; uscc: string };
  catalogVersion: number;
  decision: ReceiptDecision;
  /** Required (not blank) when the package is returned. */
  reason: string | null;
  /** Per-resource decisions, where needed, in code order. */
  resources: ResourceDecision[];
  receivedAt: string;
  receiver: { name: string; uscc: string; keyId: string };
}

/** The receipt file. */
export interface SignedReceipt {
  receipt: Receipt;
  /** base64 of the signature over the canonical JSON of `receipt` (SM2: DER; Ed25519: 64 bytes). */
  signature: string;
  /** The receiver's public key: a hint only; the verifier's trust store decides. */
  signerPem: string;
}

/** What a receipt refers to: a package's manifest, as read from it. */
export interface ReceiptPackage {
  manifest: PackageManifest;
  manifestBytes: Uint8Array;
}

// ---------------------------------------------------------------------------------------------------------------
// Creating

export type ReceiptRefusal = 'reasonRequired' | 'unknownResource' | 'duplicateResource' | 'invalidTime' | 'invalidReceiver' | 'controlCharacter' | 'keyMismatch';

export class ReceiptError extends RefusalError<ReceiptRefusal> {}

const refusalMessage = refusalText<ReceiptRefusal>({
  reasonRequired: { zh: '退回须写明理由：{what}没有理由。请用 --reason 或在资源意见文件中写明 reason。', en: 'A return needs a reason: {whatEn} has none. Give one with --reason or in the resource decisions file.' },
  unknownResource: { zh: '目录包中没有这些资源代码：{codes}。请核对资源意见文件。', en: 'The package has no resources with these codes: {codes}. Check the resource decisions file.' },
  duplicateResource: { zh: '资源 {codes} 有不止一条意见，每条资源只能有一条。', en: 'Resources {codes} have more than one decision; give one per resource.' },
  invalidTime: { zh: '接收时间「{value}」不是带时区的 ISO 8601 时间（如 2026-11-22T09:00:00+08:00）。', en: 'The receipt time "{value}" is not an ISO 8601 instant with a time zone (for example 2026-11-22T09:00:00+08:00).' },
  invalidReceiver: { zh: '接收单位有误：{problem}', en: 'The receiving unit is invalid: {problem}' },
  controlCharacter: { zh: '{what}含控制字符（换行和制表符除外），请删去。', en: '{whatEn} contains a control character (other than a line break or tab); remove it.' },
  keyMismatch: { zh: '签名私钥与公钥不匹配，或不是回执所写接收单位的密钥。', en: 'The signing private key does not belong to the public key, or is not the key the receipt names.' },
});

function refuse(reason: ReceiptRefusal, params: TextParams = {}): ReceiptError {
  return new ReceiptError(reason, refusalMessage(reason, params));
}

export interface ReceiptInput {
  /** The package decided on; its catalog, when given, is where per-resource codes must be found. */
  package: ReceiptPackage & { catalog?: Catalog };
  decision: ReceiptDecision;
  reason?: string;
  resources?: readonly { code: string; decision: ReceiptDecision; reason?: string | null }[];
  /** When the package was received or decided on; any RFC 3339 time with an offset. Core reads no clock. */
  receivedAt: string;
  /** The receiving unit and the key id it signs with. */
  receiver: { name: string; uscc: string; keyId: string };
}

/**
 * The receipt, checked: a return needs a reason (the package's, and each returned resource's), per-resource codes
 * exist in the package and are decided once. Separate from signing so a command can refuse before it asks for the
 * passphrase. Throws ReceiptError.
 */
export async function buildReceipt(input: ReceiptInput): Promise<Receipt> {
  const { manifest, manifestBytes, catalog } = input.package;
  const receivedAt = normalizeInstant(input.receivedAt);
  if (receivedAt === undefined) throw refuse('invalidTime', { value: input.receivedAt });
  const identity = checkDepartmentIdentity(input.receiver.name, input.receiver.uscc);
  if (!identity.ok) throw refuse('invalidReceiver', { problem: identity.problems[0]!.message });

  const resources = [...(input.resources ?? [])]
    .map((r) => ({ code: r.code, decision: r.decision, reason: blankToNull(r.reason) }))
    .sort((a, b) => compareCodeUnits(a.code, b.code));
  const repeated = resources.filter((r, i) => i > 0 && resources[i - 1]!.code === r.code).map((r) => r.code);
  if (repeated.length) throw refuse('duplicateResource', { codes: listCodes([...new Set(repeated)]) });
  if (catalog) {
    const known = new Set(catalog.resources.map(resourceKey));
    const unknown = resources.filter((r) => !known.has(r.code)).map((r) => r.code);
    if (unknown.length) throw refuse('unknownResource', { codes: listCodes(unknown) });
  }
  const reason = blankToNull(input.reason);
  if (input.decision === 'returned' && reason === null) throw refuse('reasonRequired', { what: '退回的目录包', whatEn: 'the returned package' });
  const unexplained = resources.filter((r) => r.decision === 'returned' && r.reason === null).map((r) => r.code);
  if (unexplained.length) throw refuse('reasonRequired', { what: `退回的资源 ${listCodes(unexplained)}`, whatEn: `returned resources ${listCodes(unexplained)}` });
  const texts = [reason, ...resources.flatMap((r) => [r.code, r.reason]), identity.name, manifest.department.name, manifest.packageId];
  if (texts.some((t) => t !== null && CONTROL.test(t))) throw refuse('controlCharacter', { what: '理由、资源代码或单位名称', whatEn: 'A reason, resource code or unit name' });

  return {
    format: RECEIPT_FORMAT,
    version: RECEIPT_VERSION,
    packageId: manifest.packageId,
    manifestDigest: await fileDigest(manifest.signer.suite, manifestBytes),
    department: { name: manifest.department.name, uscc: manifest.department.uscc },
    catalogVersion: manifest.catalogVersion,
    decision: input.decision,
    reason,
    resources,
    receivedAt,
    receiver: { name: identity.name, uscc: identity.uscc, keyId: input.receiver.keyId },
  };
}

/** The receipt signed with the receiver's key, which must be the key its receiver.keyId names. */
export async function signReceipt(receipt: Receipt, signer: SigningKey): Promise<SignedReceipt> {
  if (!isMatchingKeyPair(signer) || (await keyIdOf(signer.suite, signer.publicKey)) !== receipt.receiver.keyId) throw refuse('keyMismatch');
  const signature = sign({ algorithm: signer.suite, privateKey: signer.privateKey, publicKey: signer.publicKey }, signedBytesOf(receipt));
  return { receipt, signature: encodeBase64(signature), signerPem: encodePublicKeyPem(signer.suite, signer.publicKey) };
}

/** The file text: 2-space JSON with a final line break (the signature covers the canonical form, not this text). */
export function serializeReceipt(signed: SignedReceipt): string {
  return `${JSON.stringify(signed, null, 2)}\n`;
}

/** The exact bytes signed: RFC 8785 canonical JSON of the receipt. */
export function signedBytesOf(receipt: Receipt): Uint8Array {
  return canonicalJsonBytes(receipt as unknown as JsonValue);
}

function blankToNull(text: string | null | undefined): string | null {
  return text === undefined || text === null || text.trim() === '' ? null : text.trim();
}

// ---------------------------------------------------------------------------------------------------------------
// Verifying

export type ReceiptFailureReason = 'receiptInvalid' | SignatureRefusal | 'packageMismatch';

export type ReceiptVerification =
  | { ok: true; receipt: Receipt; receiver: TrustedKey }
  | Failure<ReceiptFailureReason>;

export interface ReceiptVerifyOptions {
  /** The trust store holding the receiver's key (the platform's key, registered with the sender). */
  trust: TrustStore;
  /** The verifier's clock, passed in. */
  at: Date;
  /** The package the receipt must refer to, exactly. */
  package?: ReceiptPackage;
}

const failureMessage = refusalText<'receiptInvalid' | 'packageMismatch'>({
  receiptInvalid: { zh: '不是有效的回执文件（{problem}），文件已损坏或被改动。', en: 'Not a valid receipt ({problem}); the file is damaged or has been altered.' },
  packageMismatch: {
    zh: '回执针对的是目录包 {receiptPackage}（版本 {receiptVersion}，清单摘要 {receiptDigest}），不是所给的目录包 {packageId}（版本 {version}，清单摘要 {digest}）。',
    en: 'The receipt is for package {receiptPackage} (version {receiptVersion}, manifest digest {receiptDigest}), not for the package given, {packageId} (version {version}, manifest digest {digest}).',
  },
});

const RECEIPT_SUBJECT = { zh: '回执', en: 'the receipt' };
const RECEIPT_HINT = { zh: '回执的 signerPem', en: 'the receipt’s signerPem' };

/** Checks, in order: the file's form, trust in the receiver's key, the signature, and (if given) the package. */
export async function verifyReceipt(text: string, options: ReceiptVerifyOptions): Promise<ReceiptVerification> {
  const parsed = parseReceiptFile(text);
  if (!parsed.ok) return invalid(parsed.problem);
  const { receipt, signed: signedBytes, signature, signerPem } = parsed;
  const signed = await checkTrustedSignature(options.trust, options.at, {
    keyId: receipt.receiver.keyId,
    claimed: { uscc: receipt.receiver.uscc },
    hint: { pem: signerPem, where: RECEIPT_HINT },
    subject: RECEIPT_SUBJECT,
    signed: signedBytes,
    signature,
  });
  if (!signed.ok) return signed;
  if (options.package) {
    const { manifest, manifestBytes } = options.package;
    const digest = await fileDigest(manifest.signer.suite, manifestBytes);
    if (digest !== receipt.manifestDigest || manifest.packageId !== receipt.packageId || manifest.catalogVersion !== receipt.catalogVersion || manifest.department.uscc !== receipt.department.uscc) {
      return {
        ok: false,
        reason: 'packageMismatch',
        message: failureMessage('packageMismatch', {
          receiptPackage: receipt.packageId,
          receiptVersion: receipt.catalogVersion,
          receiptDigest: receipt.manifestDigest,
          packageId: manifest.packageId,
          version: manifest.catalogVersion,
          digest,
        }),
      };
    }
  }
  return { ok: true, receipt, receiver: signed.key };
}

function invalid(problem: string): ReceiptVerification {
  return { ok: false, reason: 'receiptInvalid', message: failureMessage('receiptInvalid', { problem }) };
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing (strict: exactly the fields above, with their types)

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const DIGEST = /^(sm3|sha256):[0-9a-f]{64}$/;
const ROOT_KEYS = ['format', 'version', 'packageId', 'manifestDigest', 'department', 'catalogVersion', 'decision', 'reason', 'resources', 'receivedAt', 'receiver'];

type ParsedReceipt = { ok: true; receipt: Receipt; signed: Uint8Array; signature: Uint8Array; signerPem: string } | { ok: false; problem: string };

/** The receipt file read and checked for form only (no signature check: verifyReceipt does that). */
export function parseReceiptFile(text: string): ParsedReceipt {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: 'not JSON' };
  const file = parsed.value;
  if (!isRecord(file)) return { ok: false, problem: 'not a JSON object' };
  const outer = exactKeys(file, ['receipt', 'signature', 'signerPem'], '');
  if (outer) return { ok: false, problem: outer };
  const signature = typeof file.signature === 'string' ? decodeBase64(file.signature) : undefined;
  if (!signature) return { ok: false, problem: '/signature must be canonical base64' };
  if (typeof file.signerPem !== 'string') return { ok: false, problem: '/signerPem must be a string' };
  const r = file.receipt;
  if (!isRecord(r)) return { ok: false, problem: '/receipt must be an object' };
  if (r.format !== RECEIPT_FORMAT) return { ok: false, problem: `/receipt/format is not "${RECEIPT_FORMAT}"` };
  if (r.version !== RECEIPT_VERSION) return { ok: false, problem: `unsupported receipt version ${describeValue(r.version).en}` };
  const problem = receiptProblem(r);
  if (problem) return { ok: false, problem };
  const receipt = r as unknown as Receipt;
  try {
    return { ok: true, receipt, signed: signedBytesOf(receipt), signature, signerPem: file.signerPem };
  } catch {
    return { ok: false, problem: 'no canonical form (a lone surrogate in a string)' };
  }
}

function receiptProblem(r: Record<string, unknown>): string | undefined {
  const keys = exactKeys(r, ROOT_KEYS, '/receipt');
  if (keys) return keys;
  if (!text(r.packageId)) return '/receipt/packageId must be a non-empty string';
  if (typeof r.manifestDigest !== 'string' || !DIGEST.test(r.manifestDigest)) return '/receipt/manifestDigest must be sm3:<hex> or sha256:<hex>';
  const department = party(r.department, ['name', 'uscc'], '/receipt/department');
  if (department) return department;
  if (!Number.isSafeInteger(r.catalogVersion) || (r.catalogVersion as number) < 0) return '/receipt/catalogVersion must be a non-negative integer';
  const decision = decisionProblem(r, '/receipt');
  if (decision) return decision;
  if (!Array.isArray(r.resources)) return '/receipt/resources must be an array';
  for (const [i, d] of r.resources.entries()) {
    const at = `/receipt/resources/${i}`;
    if (!isRecord(d)) return `${at} must be an object`;
    const dk = exactKeys(d, ['code', 'decision', 'reason'], at);
    if (dk) return dk;
    if (!text(d.code)) return `${at}/code must be a non-empty string`;
    if (i > 0 && compareCodeUnits((r.resources[i - 1] as ResourceDecision).code, d.code) >= 0) return `${at}/code is out of order or repeated`;
    const dd = decisionProblem(d, at);
    if (dd) return dd;
  }
  if (!isCanonicalInstant(r.receivedAt)) return '/receipt/receivedAt must be an ISO 8601 UTC instant with milliseconds';
  const receiver = party(r.receiver, ['name', 'uscc', 'keyId'], '/receipt/receiver');
  if (receiver) return receiver;
  if (!DIGEST.test((r.receiver as Receipt['receiver']).keyId)) return '/receipt/receiver/keyId is not a key id';
  return undefined;
}

function decisionProblem(d: Record<string, unknown>, at: string): string | undefined {
  if (!(RECEIPT_DECISIONS as readonly unknown[]).includes(d.decision)) return `${at}/decision must be "accepted" or "returned"`;
  if (d.reason === null) return d.decision === 'returned' ? `${at}/reason is required when returned` : undefined;
  return text(d.reason) ? undefined : `${at}/reason must be null or a non-blank string without control characters`;
}

function party(value: unknown, fields: readonly string[], at: string): string | undefined {
  if (!isRecord(value)) return `${at} must be an object`;
  const keys = exactKeys(value, fields, at);
  if (keys) return keys;
  for (const f of fields) if (!text(value[f])) return `${at}/${f} must be a non-empty string`;
  return undefined;
}

/** A non-blank string without control characters (line breaks and tabs allowed). */
function text(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '' && !CONTROL.test(v);
}
