// 下一个同类问题: following one rule's findings resource by resource from 校验. Pure: the findings are the report's
// as they are now, so a resource just fixed is no longer among them and the count goes down as the clerk works.
import type { RuleId } from '../../core/model/rule-ids.ts';
import type { Finding } from '../../core/rules/types.ts';

export interface NextOfRule {
  /** The first finding of the rule on the next resource after this one (round to the start at the end). */
  finding: Finding | undefined;
  /** Resources other than this one with a finding of the rule. */
  remaining: number;
}

export function nextOfRule(findings: readonly Finding[], ruleId: RuleId, resourceIndex: number | undefined): NextOfRule {
  const first = new Map<number, Finding>();
  for (const f of findings) {
    if (f.ruleId !== ruleId || f.resourceIndex === undefined || f.resourceIndex === resourceIndex || first.has(f.resourceIndex)) continue;
    first.set(f.resourceIndex, f);
  }
  const indexes = [...first.keys()].sort((a, b) => a - b);
  const after = indexes.find((i) => resourceIndex === undefined || i > resourceIndex) ?? indexes[0];
  return { finding: after === undefined ? undefined : first.get(after), remaining: indexes.length };
}
