// 下一个同类问题: the next resource with the rule's finding after the one open, round to the start, never the same
// resource, and how many are left.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../core/rules/types.ts';
import { nextOfRule } from '../../../../renderer/findings/next-finding.ts';

const finding = (ruleId: Finding['ruleId'], resourceIndex: number, path = 'shareBasis'): Finding => ({
  ruleId,
  severity: 'error',
  path: `resources[${resourceIndex}].${path}`,
  resourceIndex,
  message: { zh: '', en: '' },
  hint: { zh: '', en: '' },
  citations: [],
});

describe('next finding of a rule', () => {
  const findings = [finding('R21', 2), finding('R09', 3), finding('R21', 5, 'shareBasis[0].level'), finding('R21', 5), finding('R21', 9), finding('R26', 11)];

  it('goes to the next resource with the rule, skipping other rules and a second finding on one resource', () => {
    expect(nextOfRule(findings, 'R21', 2)).toEqual({ finding: findings[2], remaining: 2 });
    expect(nextOfRule(findings, 'R21', 5).finding).toBe(findings[4]);
  });

  it('goes round to the first after the last, and from a resource that no longer has the finding', () => {
    expect(nextOfRule(findings, 'R21', 9).finding).toBe(findings[0]);
    expect(nextOfRule(findings, 'R21', 4)).toEqual({ finding: findings[2], remaining: 3 });
  });

  it('has nothing left when the open resource was the last with the rule', () => {
    expect(nextOfRule(findings, 'R26', 11)).toEqual({ finding: undefined, remaining: 0 });
  });
});
