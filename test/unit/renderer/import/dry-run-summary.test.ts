// The dry run's headline numbers, from a real dry run of a workbook with a cell the importer cannot read.
import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { isWorkbookRuleId } from '../../../../core/model/rule-ids.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { checkWorkbook } from '../../../../core/workbook/check-workbook.ts';
import { exportWorkbook } from '../../../../core/workbook/export-workbook.ts';
import { summarizeDryRun } from '../../../../renderer/import/dry-run-summary.ts';

describe('dry-run summary', () => {
  it('counts resources, items, severities, and workbook findings apart from rule findings', async () => {
    const catalog = generateCatalog({ resources: 80, seed: 4, profile: 'anhui' });
    const checked = await checkWorkbook(exportWorkbook(catalog, { profile: loadProfile('anhui') }), { profile: 'anhui', today: '2026-11-22' });
    if (!checked.ok) throw new Error(checked.message.zh);
    const dryRun = { catalog: checked.imported.catalog, report: checked.report, stats: checked.imported.stats };
    // One workbook finding added to the real ones, as the reader reports a cell it cannot read.
    const w = { ...checked.report.findings[0]!, ruleId: 'W01' as const, location: { sheet: '资源', row: 5, column: 'F', cell: '资源!F5' } };
    const withParse = { ...dryRun, report: { ...dryRun.report, findings: [...dryRun.report.findings, w], counts: { ...dryRun.report.counts, total: dryRun.report.counts.total + 1 } } };
    const summary = summarizeDryRun(withParse);
    expect(summary.resources).toBe(80);
    expect(summary.items).toBe(catalog.resources.reduce((n, r) => n + r.items.length, 0));
    const parse = withParse.report.findings.filter((f) => isWorkbookRuleId(f.ruleId)).length;
    expect(parse).toBeGreaterThan(0);
    expect(summary.parse).toBe(parse);
    expect(summary.rules).toBe(withParse.report.findings.length - parse);
    expect(summary.rules).toBeGreaterThan(0);
  });
});
