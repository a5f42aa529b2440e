import { describe, expect, it } from 'vitest';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import { fieldPlace, inFormOrder, placeFindings } from '../../../../renderer/resource-form/field-place.ts';
import { FORM_SECTIONS, isFieldShown } from '../../../../renderer/resource-form/form-sections.ts';
import { gridColumnIndex } from '../../../../renderer/resource-form/item-columns.ts';

describe('where a field path lands in the form', () => {
  it('places fields, list entries and grid cells', () => {
    expect(fieldPlace('providerCode')).toEqual({ field: 'providerCode' });
    expect(fieldPlace('resources[12].name')).toEqual({ field: 'name' });
    expect(fieldPlace('shareBasis[1].level')).toEqual({ field: 'shareBasis', entry: 1 });
    expect(fieldPlace('items[3].dataType')).toEqual({ field: 'items', cell: { row: 3, column: gridColumnIndex('dataType') } });
    expect(fieldPlace('resources[2].items[0]')).toEqual({ field: 'items', cell: { row: 0, column: -1 } });
    expect(fieldPlace('shareReview.status')).toEqual({ field: 'shareReview' });
    expect(fieldPlace('survey.storageGB')).toEqual({ field: 'survey' });
    expect(fieldPlace('department.uscc')).toBeUndefined();
  });

  it('gives every finding of the rules a place, and orders them as the form', () => {
    const engine = new RuleEngine({ profile: 'sixian', today: '2025-01-01' });
    const findings = engine.validateResource({ id: 'x', shareType: 'none', openType: 'none', items: [{ name: '', length: 3 }] });
    const placed = placeFindings(findings);
    expect(placed.elsewhere).toEqual([]);
    expect(placed.byRow.get(0)?.map((f) => f.path)).toContain('items[0].name');
    expect(placed.byField.get('shareBasis')?.[0]?.ruleId).toBe('R21');
    const ordered = inFormOrder(findings).map((f) => fieldPlace(f.path)!.field);
    const order = FORM_SECTIONS.flatMap((s) => s.fields.map((f) => f.field));
    expect(ordered.map((f) => order.indexOf(f))).toEqual([...ordered.map((f) => order.indexOf(f))].sort((a, b) => a - b));
  });

  it('shows the fields a rule asks for only when that rule applies, and any field that has a value', () => {
    const spec = (field: string) => FORM_SECTIONS.flatMap((s) => s.fields).find((f) => f.field === field)!;
    expect(isFieldShown(spec('shareBasis'), { id: 'x', items: [], shareType: 'unconditional' })).toBe(false);
    expect(isFieldShown(spec('shareBasis'), { id: 'x', items: [], shareType: 'conditional' })).toBe(true);
    expect(isFieldShown(spec('shareBasis'), { id: 'x', items: [], shareType: 'unconditional', shareBasis: [{ title: '某法' }] })).toBe(true);
    expect(isFieldShown(spec('notOpenNote'), { id: 'x', items: [], openType: 'none', notOpenReasons: ['lawForbids'] })).toBe(true);
    expect(isFieldShown(spec('formatOtherDesc'), { id: 'x', items: [], formatCategory: 'other' })).toBe(true);
    expect(isFieldShown(spec('formatType'), { id: 'x', items: [], formatCategory: 'other' })).toBe(false);
    expect(isFieldShown(spec('desensitized'), { id: 'x', items: [], shareType: 'none', openType: 'conditional' })).toBe(true);
  });

  it('asks for the registration only of a resource in the scope of 授权运营, and places R41–R44 on their fields', () => {
    const spec = (field: string) => FORM_SECTIONS.flatMap((s) => s.fields).find((f) => f.field === field)!;
    expect(isFieldShown(spec('registration'), { id: 'x', items: [] })).toBe(false);
    expect(isFieldShown(spec('registration'), { id: 'x', items: [], authorizedOperation: true })).toBe(true);
    expect(isFieldShown(spec('registration'), { id: 'x', items: [], registration: { code: 'DJ-1' } })).toBe(true);
    const engine = new RuleEngine({ profile: 'national', today: '2026-11-22' });
    const findings = engine.validateResource({
      id: 'x',
      items: [],
      providerName: '甲局',
      leadCollectingDepartment: '乙局',
      workSecret: true,
      shareType: 'unconditional',
      shareCondition: '仅限内部',
      authorizedOperation: true,
    });
    const placed = placeFindings(findings.filter((f) => ['R41', 'R42', 'R43', 'R44'].includes(f.ruleId)));
    expect(placed.elsewhere).toEqual([]);
    expect([...placed.byField.keys()].sort()).toEqual(['leadCollectingDepartment', 'registration', 'shareCondition', 'workSecret']);
  });
});
