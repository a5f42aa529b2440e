import { describe, expect, it } from 'vitest';
import { buildReport, sortFindings } from '../../../../core/report/validation-report.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import type { Finding } from '../../../../core/rules/types.ts';
import type { RuleId } from '../../../../core/model/rule-ids.ts';
import { validCatalog } from '../../../harness/catalog-builders.ts';

const f = (path: string, severity: Finding['severity'], resourceIndex?: number, ruleId: RuleId = 'R01'): Finding => ({
  ruleId,
  severity,
  path,
  resourceIndex,
  message: { zh: '', en: '' },
  hint: { zh: '', en: '' },
  citations: [],
});

describe('validation report', () => {
  it('orders by resource, then severity, then path with numbers compared as numbers; catalog findings last', () => {
    const sorted = sortFindings([
      f('department.uscc', 'error'),
      f('resources[1].items[14].name', 'error', 1),
      f('resources[1].items[2].name', 'error', 1),
      f('resources[1].abstract', 'warning', 1),
      f('resources[0].code', 'warning', 0),
    ]);
    expect(sorted.map((x) => x.path)).toEqual([
      'resources[0].code',
      'resources[1].items[2].name',
      'resources[1].items[14].name',
      'resources[1].abstract',
      'department.uscc',
    ]);
  });

  it('counts by severity and by rule', () => {
    const catalog = validCatalog();
    const report = buildReport(catalog, loadProfile('anhui'), [f('a', 'error', 0, 'R04'), f('b', 'error', 0, 'R04'), f('c', 'warning', 0, 'R28')]);
    expect(report.counts).toEqual({ error: 2, warning: 1, info: 0, total: 3 });
    expect(report.rules.map((r) => [r.id, r.count])).toEqual([
      ['R04', 2],
      ['R28', 1],
    ]);
    expect(report.catalog.resources).toBe(catalog.resources.length);
  });
});
