// Bulk edits: the field and what depends on it (the 共享方式 category, the 更新周期 description), and only the
// resources that actually change.
import { describe, expect, it } from 'vitest';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import { shareMethodCategoryOf } from '../../../../core/rules/checks/share-method.ts';
import { applyBulkEdit, bulkChanges } from '../../../../renderer/catalog/bulk-edit.ts';
import { nthResource } from '../../../harness/catalog-builders.ts';

const engine = new RuleEngine({ profile: 'anhui', today: '2026-11-22' });
const ruleIds = (r: Parameters<RuleEngine['validateResource']>[0]) => engine.validateResource(r, 'resources[0]', 0).map((f) => f.ruleId);

describe('bulk edit', () => {
  it('sets the update cycle and drops a description only 不定期 and 其他 need', () => {
    const r = nthResource(0, { updateCycle: 'irregular', updateCycleNote: '业务发生变化后5个工作日内更新' });
    const next = applyBulkEdit(r, { field: 'updateCycle', value: 'monthly', note: '不会保留' });
    expect(next.updateCycle).toBe('monthly');
    expect(next).not.toHaveProperty('updateCycleNote');
    expect(r.updateCycle).toBe('irregular');
  });

  it('gives 不定期 the description typed, or keeps the resource its own', () => {
    const own = nthResource(0, { updateCycle: 'other', updateCycleNote: '随案件办结更新' });
    expect(applyBulkEdit(own, { field: 'updateCycle', value: 'irregular' })).toMatchObject({ updateCycle: 'irregular', updateCycleNote: '随案件办结更新' });
    expect(applyBulkEdit(own, { field: 'updateCycle', value: 'irregular', note: ' 每季度末 ' })).toMatchObject({ updateCycleNote: '每季度末' });
    const without = applyBulkEdit(nthResource(1, { updateCycle: 'daily', updateCycleNote: undefined }), { field: 'updateCycle', value: 'irregular' });
    expect(without).not.toHaveProperty('updateCycleNote');
    // Left without a description, the rule engine says so (the edit never hides a finding).
    expect(ruleIds(without)).toContain('R09');
  });

  it('sets the share method type with the category the vocabulary gives it', () => {
    expect(shareMethodCategoryOf('interface')).toBe('platform');
    expect(shareMethodCategoryOf('disk')).toBe('other');
    const r = nthResource(0, { shareMethodCategory: 'platform', shareMethodType: 'interface' });
    // R08 (type within its category) would fire had only the type changed.
    expect(ruleIds({ ...r, shareMethodType: 'email' })).toContain('R08');
    const next = applyBulkEdit(r, { field: 'shareMethodType', value: 'email' });
    expect(next).toMatchObject({ shareMethodCategory: 'other', shareMethodType: 'email' });
    expect(ruleIds(next)).not.toContain('R08');
  });

  it('sets or clears the provider’s internal office', () => {
    const r = nthResource(0);
    expect(applyBulkEdit(r, { field: 'providerInnerDept', value: ' 政策法规股 ' }).providerInnerDept).toBe('政策法规股');
    expect(applyBulkEdit(r, { field: 'providerInnerDept', value: '' })).not.toHaveProperty('providerInnerDept');
  });

  it('returns the same resource when it already has the values, and changes only the others', () => {
    const same = nthResource(0, { updateCycle: 'monthly', updateCycleNote: undefined });
    expect(applyBulkEdit(same, { field: 'updateCycle', value: 'monthly' })).toBe(same);
    const stale = nthResource(1, { updateCycle: 'monthly', updateCycleNote: '' });
    const other = nthResource(2, { updateCycle: 'yearly' });
    const changed = bulkChanges([same, stale, other], { field: 'updateCycle', value: 'monthly' });
    expect(changed.map((r) => [r.id, r.updateCycle, 'updateCycleNote' in r])).toEqual([
      ['res-0002', 'monthly', false],
      ['res-0003', 'monthly', false],
    ]);
  });
});
