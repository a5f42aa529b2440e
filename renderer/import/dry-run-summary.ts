// The dry run's headline numbers: what would be imported, and how many findings come from reading the workbook
// (W01–W09: cells that could not be read as the column requires) against the catalog rules.
import type { Severity } from '../../core/model/enums.ts';
import { isWorkbookRuleId } from '../../core/model/rule-ids.ts';
import type { WorkbookDryRun } from '../services/workbook/workbook-import-messages.ts';

export interface DryRunSummary {
  resources: number;
  items: number;
  counts: Record<Severity, number> & { total: number };
  /** Findings about the workbook itself (W01–W09). */
  parse: number;
  /** Findings of the catalog rules on the imported catalog. */
  rules: number;
}

export function summarizeDryRun({ report, stats }: WorkbookDryRun): DryRunSummary {
  const parse = report.findings.filter((f) => isWorkbookRuleId(f.ruleId)).length;
  return { resources: stats.resources, items: stats.items, counts: report.counts, parse, rules: report.counts.total - parse };
}
