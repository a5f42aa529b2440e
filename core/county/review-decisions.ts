// The county authority's decision on a reviewed package: per added or changed resource 通过 or 退回 with a reason, a
// restricted share or open attribute passed only with an explicit 审核确定. A withdrawn resource needs no decision:
// the unit stops cataloguing it, and a receipt can name only resources the package holds. The decisions become
// today's receipt (core/package/receipt.ts) and the unit's accepted resources: the package's minus those returned,
// so a returned resource never enters the county catalog.
import { fillLocal, type LocalText } from '../i18n/text.ts';
import type { Resource } from '../model/catalog.ts';
import { resourceKey } from '../package/catalog-diff.ts';
import type { ReceiptDecision, ReceiptInput } from '../package/receipt.ts';
import { needsAttributeReview, type ReviewChange } from './review-changes.ts';

export interface ResourceReview {
  decision: ReceiptDecision;
  /** Required (not blank) when returned. */
  reason?: string;
  /** 审核确定: the authority confirmed a restricted share or open attribute. */
  attributesConfirmed?: boolean;
}

/** The changes that take a decision: every one but a withdrawal. */
export const decidable = (changes: readonly ReviewChange[]): ReviewChange[] => changes.filter((c) => c.kind !== 'withdrawn');

const PROBLEM_TEXT = {
  undecided: { zh: '还有 {count} 条资源没有审核意见（通过或退回）：{codes}', en: '{count} resources have no decision (pass or return) yet: {codes}' },
  noReason: { zh: '退回须写明理由：{codes} 没有理由', en: 'A return needs a reason: {codes} has none' },
  unconfirmed: { zh: '共享或开放属性为有条件或不予的资源须勾选“审核确定”后才能通过：{codes}', en: 'Resources whose share or open type is conditional or none pass only once “attributes confirmed” is ticked: {codes}' },
} as const satisfies Record<string, LocalText>;

const codes = (list: readonly ReviewChange[]) => list.slice(0, 5).map((c) => c.code).join('、') + (list.length > 5 ? ' …' : '');

/** What stops the decision being recorded, in words for the clerk; empty when it can be. */
export function reviewProblems(changes: readonly ReviewChange[], decisions: ReadonlyMap<string, ResourceReview>): LocalText[] {
  const open = decidable(changes);
  const undecided = open.filter((c) => !decisions.has(c.code));
  const noReason = open.filter((c) => decisions.get(c.code)?.decision === 'returned' && !decisions.get(c.code)!.reason?.trim());
  const unconfirmed = open.filter((c) => decisions.get(c.code)?.decision === 'accepted' && needsAttributeReview(c.resource!) && !decisions.get(c.code)!.attributesConfirmed);
  const problems: LocalText[] = [];
  if (undecided.length) problems.push(fillLocal(PROBLEM_TEXT.undecided, { count: undecided.length, codes: codes(undecided) }));
  if (noReason.length) problems.push(fillLocal(PROBLEM_TEXT.noReason, { codes: codes(noReason) }));
  if (unconfirmed.length) problems.push(fillLocal(PROBLEM_TEXT.unconfirmed, { codes: codes(unconfirmed) }));
  return problems;
}

/** The package is returned as a whole only when every resource decided on is returned. */
export function packageDecision(changes: readonly ReviewChange[], decisions: ReadonlyMap<string, ResourceReview>): ReceiptDecision {
  const open = decidable(changes);
  return open.length > 0 && open.every((c) => decisions.get(c.code)?.decision === 'returned') ? 'returned' : 'accepted';
}

export const WHOLE_RETURN_REASON: LocalText = { zh: '所审核的 {count} 条资源均退回，理由见各资源的审核意见。', en: 'All {count} resources reviewed are returned; see each resource’s reason.' };

/** The receipt's decisions, in the form buildReceipt takes: one per resource decided on. */
export function receiptDecisions(changes: readonly ReviewChange[], decisions: ReadonlyMap<string, ResourceReview>): Pick<ReceiptInput, 'decision' | 'reason' | 'resources'> {
  const open = decidable(changes);
  const decision = packageDecision(changes, decisions);
  return {
    decision,
    ...(decision === 'returned' && { reason: fillLocal(WHOLE_RETURN_REASON, { count: open.length }).zh }),
    resources: open.map((c) => {
      const d = decisions.get(c.code)!;
      return { code: c.code, decision: d.decision, reason: d.decision === 'returned' ? (d.reason ?? null) : null };
    }),
  };
}

/** The unit's resources the county holds after the decision: the package's, less every one returned. */
export function acceptedResources(packageResources: readonly Resource[], decisions: ReadonlyMap<string, ResourceReview>): Resource[] {
  return packageResources.filter((r) => decisions.get(resourceKey(r))?.decision !== 'returned');
}
