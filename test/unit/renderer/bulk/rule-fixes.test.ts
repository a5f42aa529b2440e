// 按此规则批量修正: the correction offered for a rule's findings, the resources it answers, and that applying it
// through bulk edit makes exactly those findings go away (and leaves the ones it does not claim to fix).
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/model/catalog.ts';
import { bulkChanges } from '../../../../renderer/bulk/bulk-edit.ts';
import { ruleFixTargets } from '../../../../renderer/bulk/rule-fixes.ts';
import { allFindings, basis, engineFor, nthResource, validCatalog } from '../../../harness/catalog-builders.ts';

const engine = engineFor('anhui');
const findingsOf = (resources: Resource[]) => allFindings(engine, validCatalog({ resources }));

describe('fix by rule', () => {
  const conditional = { shareType: 'conditional' as const, shareCondition: '仅限履职使用', shareReview: { status: 'approved' as const } };
  const resources = [
    nthResource(0, { ...conditional, shareBasis: undefined }),
    // No level at all: both "incomplete" (not this fix's) and "no accepted level" (this fix's).
    nthResource(1, { ...conditional, shareBasis: [basis({ level: undefined })] }),
    nthResource(2, { ...conditional, shareBasis: [basis({ level: 'normativeDocument' })] }),
    nthResource(3, { providerName: undefined, abstract: undefined }),
    nthResource(4, { providerName: '  ' }),
  ];

  it('adds a basis to every resource without one of an accepted level, and leaves an incomplete basis to its resource', () => {
    const findings = findingsOf(resources);
    const [target, ...more] = ruleFixTargets('R21', findings);
    expect(more).toEqual([]);
    expect(target!.field).toBe('shareBasis');
    expect(target!.mode).toBe('append');
    expect(target!.findings.map((f) => f.resourceIndex)).toEqual([0, 1, 2]);

    const chosen = target!.findings.map((f) => resources[f.resourceIndex!]!);
    const changed = bulkChanges(chosen, { field: target!.field, value: [basis()], mode: target!.mode });
    const after = resources.map((r) => changed.find((c) => c.id === r.id) ?? r);
    const left = findingsOf(after).filter((f) => f.ruleId === 'R21');
    expect(left.map((f) => [f.resourceIndex, f.path])).toEqual([[1, 'resources[1].shareBasis[0]']]);
  });

  it('offers one correction per missing field for 必填项, the field with most resources first', () => {
    const targets = ruleFixTargets('R01', findingsOf(resources));
    expect(targets.map((t) => [t.field, t.mode, t.findings.map((f) => f.resourceIndex)])).toEqual([
      ['providerName', 'fillEmpty', [3, 4]],
      ['abstract', 'fillEmpty', [3]],
    ]);
  });

  it('offers nothing for a rule whose fix depends on each resource, nor for a field bulk edit cannot set', () => {
    const findings = findingsOf([nthResource(0), nthResource(1, { code: nthResource(0).code }), nthResource(2, { items: [] })]);
    expect(findings.some((f) => f.ruleId === 'R02')).toBe(true);
    expect(ruleFixTargets('R02', findings)).toEqual([]);
    // 没有信息项 is an R01 finding on items: the grid is no bulk field.
    expect(findings.some((f) => f.ruleId === 'R01' && f.path.endsWith('.items'))).toBe(true);
    expect(ruleFixTargets('R01', findings)).toEqual([]);
  });
});
