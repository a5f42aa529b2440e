// The validation report: what `mulu validate --format json` prints and what packages carry. Its shape is
// a contract for other tools (docs/catalog-format.md#validation-report), so it is versioned.
import type { Catalog } from '../model/catalog.ts';
import type { Severity } from '../model/enums.ts';
import type { LocalText } from '../i18n/text.ts';
import type { Profile } from '../profiles/profile.ts';
import { ruleDefinition } from '../rules/definitions.ts';
import type { Finding } from '../rules/types.ts';
import type { RuleId } from '../model/rule-ids.ts';

export const REPORT_FORMAT = 'mulu.validation-report';
export const REPORT_VERSION = 1;

export interface ValidationReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  profile: { id: string; name: LocalText };
  catalog: { department: string; resources: number; items: number };
  counts: Record<Severity, number> & { total: number };
  rules: { id: string; title: LocalText; severity: Severity; count: number }[];
  findings: Finding[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
// items[2] before items[14]: paths compare with their numbers as numbers.
const PATH_ORDER = new Intl.Collator('en', { numeric: true });

/** Resource order first (catalog-level findings last), then severity, then path. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.resourceIndex ?? Infinity) - (b.resourceIndex ?? Infinity) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      PATH_ORDER.compare(a.path, b.path) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

export function buildReport(catalog: Catalog, profile: Profile, findings: Finding[]): ValidationReport {
  const counts = { error: 0, warning: 0, info: 0, total: findings.length };
  const perRule = new Map<RuleId, { severity: Severity; count: number }>();
  for (const f of findings) {
    counts[f.severity]++;
    const r = perRule.get(f.ruleId);
    if (r) r.count++;
    else perRule.set(f.ruleId, { severity: f.severity, count: 1 });
  }
  let items = 0;
  for (const r of catalog.resources) items += r.items.length;
  return {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    profile: { id: profile.id, name: profile.name },
    catalog: { department: catalog.department.name, resources: catalog.resources.length, items },
    counts,
    rules: [...perRule.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, r]) => ({ id, title: ruleDefinition(id).title, severity: r.severity, count: r.count })),
    findings: sortFindings(findings),
  };
}
