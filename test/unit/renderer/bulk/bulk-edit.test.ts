// Bulk edits: every field the mass findings name, filled only where empty, overwritten or added to; what depends on
// the field (the 共享方式 category, the 更新周期 description); and only the resources that actually change.
import { describe, expect, it } from 'vitest';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import { shareMethodCategoryOf } from '../../../../core/rules/checks/share-method.ts';
import { applyBulkEdit, BULK_FIELDS, bulkChanges, isListField } from '../../../../renderer/bulk/bulk-edit.ts';
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

  it('offers the fields behind the mass findings, and none that is one resource’s own', () => {
    for (const field of ['providerName', 'providerCode', 'usageRequirements', 'applicationMaterials', 'notOpenReasons', 'shareBasis', 'publishDate', 'secret'] as const) {
      expect(BULK_FIELDS).toContain(field);
    }
    for (const field of ['name', 'code', 'classification', 'items', 'relatedResourceCodes'] as const) expect(BULK_FIELDS).not.toContain(field);
    expect(isListField('shareBasis')).toBe(true);
    expect(isListField('providerName')).toBe(false);
  });

  it('fills a field only where it is empty, leaving what clerks typed', () => {
    const empty = nthResource(0, { usageRequirements: undefined });
    const blank = nthResource(1, { usageRequirements: '  ' });
    const own = nthResource(2, { usageRequirements: '仅用于行政审批' });
    const changed = bulkChanges([empty, blank, own], { field: 'usageRequirements', value: '仅限本部门履职使用', mode: 'fillEmpty' });
    expect(changed.map((r) => [r.id, r.usageRequirements])).toEqual([
      ['res-0001', '仅限本部门履职使用'],
      ['res-0002', '仅限本部门履职使用'],
    ]);
    expect(applyBulkEdit(own, { field: 'usageRequirements', value: '仅限本部门履职使用', mode: 'overwrite' }).usageRequirements).toBe('仅限本部门履职使用');
  });

  it('adds a basis after those a resource has, once', () => {
    const law = { title: '中华人民共和国数据安全法', article: '第三十八条', level: 'law' as const };
    const rule = { title: '泗县政务数据资源管理办法', docNo: '泗政办〔2026〕3号' };
    const r = nthResource(0, { shareBasis: [law] });
    expect(applyBulkEdit(r, { field: 'shareBasis', value: [rule, law], mode: 'append' }).shareBasis).toEqual([law, rule]);
    const again = { ...r, shareBasis: [law, rule] };
    expect(applyBulkEdit(again, { field: 'shareBasis', value: [rule], mode: 'append' })).toBe(again);
    expect(applyBulkEdit(again, { field: 'shareBasis', value: [rule], mode: 'overwrite' }).shareBasis).toEqual([rule]);
  });

  it('sets a yes/no field to 否, which is a value, not a blank', () => {
    const r = nthResource(0, { secret: undefined });
    expect(applyBulkEdit(r, { field: 'secret', value: false, mode: 'fillEmpty' }).secret).toBe(false);
  });

  it('drops a share method type the new category contradicts', () => {
    const r = nthResource(0, { shareMethodCategory: 'platform', shareMethodType: 'interface' });
    const next = applyBulkEdit(r, { field: 'shareMethodCategory', value: 'other' });
    expect(next.shareMethodCategory).toBe('other');
    expect(next).not.toHaveProperty('shareMethodType');
    expect(applyBulkEdit(r, { field: 'shareMethodCategory', value: 'platform' })).toBe(r);
  });
});
