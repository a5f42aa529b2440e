// Grouping and filtering the catalog's findings as 校验 shows them, over the findings of a real generated catalog.
import { describe, expect, it } from 'vitest';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import type { Finding } from '../../../../core/rules/types.ts';
import { filterFindings, groupByResource, groupByRule, severityCounts } from '../../../../renderer/findings/finding-groups.ts';

const catalog = generateCatalog({ resources: 300, seed: 5, profile: 'anhui' });
const engine = new RuleEngine({ profile: 'anhui', today: '2026-11-22' });
const findings = engine.validateCatalog(catalog);
const RANK = { error: 0, warning: 1, info: 2 };

/** A department-level finding (no resource), as the department checks report them. */
const departmentFinding: Finding = {
  ruleId: findings[0]!.ruleId,
  severity: 'error',
  path: 'department.uscc',
  message: { zh: '统一社会信用代码校验位错误', en: 'bad check character' },
  hint: { zh: '核对营业执照', en: 'check the licence' },
  citations: [],
};

describe('finding groups', () => {
  it('has findings of several rules and severities to group', () => {
    expect(new Set(findings.map((f) => f.ruleId)).size).toBeGreaterThan(3);
    expect(severityCounts(findings).error).toBeGreaterThan(0);
  });

  it('groups by rule: every finding once, errors first, then by rule id, with counts and titles', () => {
    const groups = groupByRule(findings);
    expect(groups.flatMap((g) => g.findings)).toHaveLength(findings.length);
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
    const keys = groups.map((g) => (g.kind === 'rule' ? [RANK[g.severity], g.ruleId] : [9, '']));
    expect(keys).toEqual([...keys].sort((a, b) => (a[0] as number) - (b[0] as number) || String(a[1]).localeCompare(String(b[1]))));
    for (const g of groups) {
      if (g.kind !== 'rule') throw new Error('rule groups only');
      expect(g.findings.every((f) => f.ruleId === g.ruleId)).toBe(true);
      expect(g.counts).toEqual(severityCounts(g.findings));
      expect(g.title.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('puts department-level findings first inside a rule group', () => {
    const group = groupByRule([...findings, departmentFinding]).find((g) => g.kind === 'rule' && g.ruleId === departmentFinding.ruleId)!;
    expect(group.findings[0]).toBe(departmentFinding);
    expect(group.findings.length).toBeGreaterThan(1);
  });

  it('groups by resource: the department first, then resources in catalog order, named by code and name', () => {
    const groups = groupByResource([...findings, departmentFinding]);
    expect(groups[0]).toMatchObject({ kind: 'department', findings: [departmentFinding] });
    const resources = groups.slice(1);
    const indexes = resources.map((g) => (g.kind === 'resource' ? g.resourceIndex : -1));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    expect(new Set(indexes).size).toBe(indexes.length);
    for (const g of resources) {
      if (g.kind !== 'resource') throw new Error('resource groups only');
      expect(g.findings.every((f) => f.resourceIndex === g.resourceIndex)).toBe(true);
      expect(g.name).toBe(catalog.resources[g.resourceIndex]!.name);
    }
    expect(groups.flatMap((g) => g.findings)).toHaveLength(findings.length + 1);
  });

  it('filters by severity and by text in either language, case-insensitively', () => {
    const all = new Set(['error', 'warning', 'info'] as const);
    expect(filterFindings(findings, { severities: all, text: '' })).toBe(findings);
    const errors = filterFindings(findings, { severities: new Set(['error']), text: '' });
    expect(errors).toHaveLength(severityCounts(findings).error);
    const some = findings.find((f) => f.resourceName)!;
    const byName = filterFindings(findings, { severities: all, text: ` ${some.resourceName} ` });
    expect(byName.length).toBeGreaterThan(0);
    expect(byName.every((f) => f.resourceName?.includes(some.resourceName!) || f.message.zh.includes(some.resourceName!) || f.hint.zh.includes(some.resourceName!))).toBe(true);
    const byRule = filterFindings(findings, { severities: all, text: some.ruleId.toLowerCase() });
    expect(byRule).toContain(some);
    const english = filterFindings([departmentFinding], { severities: all, text: 'CHECK THE' });
    expect(english).toEqual([departmentFinding]);
    expect(filterFindings(findings, { severities: all, text: '没有这样的文字zzz' })).toEqual([]);
  });

  it('filters by the workbook cell of an imported finding', () => {
    const located: Finding = { ...departmentFinding, location: { sheet: '资源', row: 27, column: 'F', cell: '资源!F27' } };
    const all = new Set(['error', 'warning', 'info'] as const);
    expect(filterFindings([...findings, located], { severities: all, text: '资源!f27' })).toEqual([located]);
  });
});
