// Reviewing one verified package (审核): its changes against what the county accepted of the unit (the unit's latest
// decision), every finding of the county's profile on it, and then the decision — checked, signed as a receipt with
// the county key after the passphrase, and stored with the resources the county keeps. Nothing is stored when a
// decision is incomplete, the passphrase is wrong or the key is missing. The key is unlocked on the page thread for
// the one signature, as the backup does (about a second with the keystore's scrypt cost).
import type { Attribution } from '../../../core/county/attribution.ts';
import { acceptedVersion } from '../../../core/county/receive-packages.ts';
import { reviewChanges, type ReviewChange } from '../../../core/county/review-changes.ts';
import { acceptedResources, decidable, receiptDecisions, reviewProblems, type ResourceReview } from '../../../core/county/review-decisions.ts';
import { RefusalError } from '../../../core/i18n/refusal.ts';
import { fillLocal, type LocalText } from '../../../core/i18n/text.ts';
import type { Catalog } from '../../../core/model/catalog.ts';
import { resourceKey } from '../../../core/package/catalog-diff.ts';
import { signWithKeystore } from '../../../core/package/keystore-signer.ts';
import type { PackageManifest } from '../../../core/package/manifest.ts';
import { readPackage, readPayloadCatalog } from '../../../core/package/read-package.ts';
import { buildReceipt, serializeReceipt, signReceipt } from '../../../core/package/receipt.ts';
import type { RuleEngine } from '../../../core/rules/engine.ts';
import type { Finding } from '../../../core/rules/types.ts';
import { beijingDate } from '../../../core/time/beijing-time.ts';
import { fileNamePart } from '../package/package-plan.ts';
import type { Platform, SavedFile } from '../platform/platform.ts';
import type { InboxRow, ReviewRow } from '../storage/county-rows.ts';
import { getSigningKey } from '../storage/keystore-store.ts';
import { latestReviews, listReviews, recordReview } from '../storage/reviews.ts';
import type { StorageContext } from '../storage/storage-context.ts';

export interface PackageReview {
  inbox: InboxRow;
  attribution: Attribution;
  catalog: Catalog;
  manifest: PackageManifest;
  manifestBytes: Uint8Array;
  changes: ReviewChange[];
  unchanged: number;
  /** The version of the unit the changes are against (its latest decision), if any. */
  baseVersion?: number;
  /** The county profile's findings on the package, by resource code; those about no resource under ''. */
  findings: Map<string, Finding[]>;
}

const TEXT = {
  unreadable: { zh: '无法读取收件箱中保存的该目录包（{problem}）。', en: 'The package kept in the inbox cannot be read ({problem}).' },
  notAccepted: { zh: '该目录包没有通过验证，不能审核。', en: 'This package did not verify and cannot be reviewed.' },
  superseded: { zh: '已审核该单位第 {version} 版，这个第 {own} 版不能再审核。', en: 'Version {version} of this unit was already reviewed; this version {own} can no longer be.' },
  duplicates: { zh: '目录包中资源代码重复：{codes}，无法逐条审核。', en: 'The package repeats resource codes {codes}; it cannot be reviewed resource by resource.' },
  decided: { zh: '该目录包已经审核过，审核意见不能更改。', en: 'This package has been reviewed already; the decision cannot be changed.' },
  noKey: { zh: '本单位还没有签名密钥，无法签发回执。请先在“密钥”中创建密钥。', en: 'This workspace has no signing key to sign the receipt; create one under Keys first.' },
  wrongPassphrase: { zh: '口令不正确，审核意见没有保存。', en: 'Wrong passphrase; the decision was not saved.' },
  damagedKey: { zh: '签名密钥已损坏，无法签发回执；审核意见没有保存。', en: 'The signing key is damaged; no receipt signed and the decision not saved.' },
} as const satisfies Record<string, LocalText>;

export type OpenReviewResult = { ok: true; review: PackageReview } | { ok: false; message: LocalText };

export async function openPackageReview(ctx: StorageContext, workspaceId: number, engine: RuleEngine, inbox: InboxRow): Promise<OpenReviewResult> {
  if (inbox.verdict.verdict !== 'accepted') return { ok: false, message: TEXT.notAccepted };
  const read = readPackage(inbox.bytes);
  if (!read.ok) return { ok: false, message: fillLocal(TEXT.unreadable, { problem: read.message.zh }) };
  const payload = readPayloadCatalog(read.contents);
  if (!payload.ok) return { ok: false, message: fillLocal(TEXT.unreadable, { problem: payload.message.zh }) };
  const { manifest, manifestBytes } = read.contents;
  const { catalog: _catalog, chainBase: _chain, carried: _carried, ...attribution } = await acceptedVersion(inbox.verdict.file, { manifest, manifestBytes, catalog: payload.catalog });
  const base = latestReviews(await listReviews(ctx, workspaceId)).get(attribution.unit.uscc);
  if (base && base.attribution.version >= attribution.version) return { ok: false, message: fillLocal(TEXT.superseded, { version: base.attribution.version, own: attribution.version }) };
  const changes = reviewChanges(base?.resources ?? [], payload.catalog, manifest.changes);
  if (!changes.ok) return { ok: false, message: fillLocal(TEXT.duplicates, { codes: changes.duplicates.join('、') }) };
  const findings = new Map<string, Finding[]>();
  for (const finding of engine.validateCatalog(payload.catalog)) {
    const resource = finding.resourceIndex === undefined ? undefined : payload.catalog.resources[finding.resourceIndex];
    const key = resource ? resourceKey(resource) : '';
    findings.set(key, [...(findings.get(key) ?? []), finding]);
  }
  return {
    ok: true,
    review: { inbox, attribution, catalog: payload.catalog, manifest, manifestBytes, changes: changes.changes, unchanged: changes.unchanged, findings, ...(base && { baseVersion: base.attribution.version }) },
  };
}

export interface Decider {
  ctx: StorageContext;
  workspaceId: number;
  operator: string;
  /** The county authority, as the receipt names its receiver. */
  receiver: { name: string; uscc: string };
}

export type DecideOutcome = { ok: true; row: ReviewRow } | { ok: false; messages: LocalText[] };

export async function decidePackage(who: Decider, review: PackageReview, decisions: ReadonlyMap<string, ResourceReview>, passphrase: string): Promise<DecideOutcome> {
  const problems = reviewProblems(review.changes, decisions);
  if (problems.length) return { ok: false, messages: problems };
  const key = await getSigningKey(who.ctx, who.workspaceId);
  if (!key) return { ok: false, messages: [TEXT.noKey] };
  const decided = receiptDecisions(review.changes, decisions);
  let text: string;
  try {
    const receipt = await buildReceipt({
      package: { manifest: review.manifest, manifestBytes: review.manifestBytes, catalog: review.catalog },
      ...decided,
      receivedAt: who.ctx.now(),
      receiver: { ...who.receiver, keyId: key.keyId },
    });
    const signed = await signWithKeystore(key.keystore, passphrase, (signer) => signReceipt(receipt, signer));
    if (!signed.ok) return { ok: false, messages: [signed.error.code === 'wrongPassphrase' ? TEXT.wrongPassphrase : TEXT.damagedKey] };
    text = serializeReceipt(signed.value);
  } catch (error) {
    if (error instanceof RefusalError) return { ok: false, messages: [error.text as LocalText] };
    throw error;
  }
  const open = decidable(review.changes);
  const returned = open.filter((c) => decisions.get(c.code)!.decision === 'returned').length;
  const kept = Object.fromEntries(open.map((c) => [c.code, decisions.get(c.code)!]));
  const stored = await recordReview(who.ctx, {
    workspaceId: who.workspaceId,
    inboxId: review.inbox.id,
    attribution: review.attribution,
    decisions: kept,
    decision: decided.decision,
    accepted: open.length - returned,
    returned,
    decidedAt: who.ctx.now(),
    operator: who.operator,
    resources: acceptedResources(review.catalog.resources, decisions),
    receipt: text,
  });
  if (!stored.ok) return { ok: false, messages: [stored.reason === 'decided' ? TEXT.decided : TEXT.notAccepted] };
  return { ok: true, row: stored.row };
}

/** The receipt file as the unit receives it, offered for saving (again, whenever asked). */
export function saveReceipt(platform: Platform, row: ReviewRow): Promise<SavedFile | null> {
  const { unit, version } = row.attribution;
  const name = `${fileNamePart(unit.name)}-第${version}版-回执-${beijingDate(row.decidedAt).replaceAll('-', '')}.json`;
  return platform.saveFile(name, new TextEncoder().encode(row.receipt));
}
