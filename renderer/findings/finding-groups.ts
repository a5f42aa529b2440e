// Findings arranged for reading: grouped by rule or by resource (department-level findings first: they concern
// the workspace settings, not a resource), filtered by severity and search text. Pure, so 10,000 findings are
// arranged in a few milliseconds and the grouping is unit-tested.
import type { LocalText } from '../../core/i18n/text.ts';
import type { Severity } from '../../core/model/enums.ts';
import { ruleDefinition } from '../../core/rules/definitions.ts';
import type { Finding } from '../../core/rules/types.ts';
import type { RuleId } from '../../core/model/rule-ids.ts';

export type SeverityCounts = Record<Severity, number>;

interface GroupBase {
  /** Unique among the groups of one view. */
  key: string;
  findings: Finding[];
  counts: SeverityCounts;
}

export type FindingGroup =
  | (GroupBase & { kind: 'rule'; ruleId: RuleId; title: LocalText; severity: Severity })
  | (GroupBase & { kind: 'resource'; resourceIndex: number; code?: string; name?: string })
  /** Findings about the catalog's department (no resource): fixed in the workspace settings. */
  | (GroupBase & { kind: 'department' });

export type GroupBy = 'rule' | 'resource';

export interface FindingFilter {
  severities: ReadonlySet<Severity>;
  /** Matched, case-insensitively, against rule, title, resource, place and texts in both languages. */
  text: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function severityCounts(findings: readonly Finding[]): SeverityCounts {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** Department-level findings first, then resource order; stable otherwise (the report's own order). */
function departmentFirst(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => [f, i] as const)
    .sort(([a, i], [b, j]) => (a.resourceIndex ?? -1) - (b.resourceIndex ?? -1) || i - j)
    .map(([f]) => f);
}

type RuleGroup = Extract<FindingGroup, { kind: 'rule' }>;

/** One group per rule: errors before warnings before notices, then by rule id. */
export function groupByRule(findings: readonly Finding[]): FindingGroup[] {
  const byRule = new Map<RuleId, Finding[]>();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  return [...byRule.entries()]
    .map(([ruleId, list]): RuleGroup => {
      const counts = severityCounts(list);
      const severity: Severity = counts.error ? 'error' : counts.warning ? 'warning' : 'info';
      return { kind: 'rule', key: `rule:${ruleId}`, ruleId, title: ruleDefinition(ruleId).title, severity, findings: departmentFirst(list), counts };
    })
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** The department's findings first, then one group per resource in catalog order. */
export function groupByResource(findings: readonly Finding[]): FindingGroup[] {
  const department: Finding[] = [];
  const byResource = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.resourceIndex === undefined) {
      department.push(f);
      continue;
    }
    const list = byResource.get(f.resourceIndex);
    if (list) list.push(f);
    else byResource.set(f.resourceIndex, [f]);
  }
  const groups: FindingGroup[] = [];
  if (department.length) groups.push({ kind: 'department', key: 'department', findings: department, counts: severityCounts(department) });
  for (const [resourceIndex, list] of [...byResource.entries()].sort(([a], [b]) => a - b)) {
    const named = list.find((f) => f.resourceCode || f.resourceName);
    groups.push({
      kind: 'resource',
      key: `resource:${resourceIndex}`,
      resourceIndex,
      ...(named?.resourceCode ? { code: named.resourceCode } : {}),
      ...(named?.resourceName ? { name: named.resourceName } : {}),
      findings: list,
      counts: severityCounts(list),
    });
  }
  return groups;
}

export function groupFindings(findings: readonly Finding[], by: GroupBy): FindingGroup[] {
  return by === 'rule' ? groupByRule(findings) : groupByResource(findings);
}

function haystack(f: Finding): string {
  const title = ruleDefinition(f.ruleId).title;
  return [f.ruleId, title.zh, title.en, f.message.zh, f.message.en, f.hint.zh, f.hint.en, f.resourceCode, f.resourceName, f.location?.cell, f.path]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

export function filterFindings(findings: readonly Finding[], filter: FindingFilter): readonly Finding[] {
  const needle = filter.text.trim().toLowerCase();
  const allSeverities = filter.severities.size === 3;
  if (!needle && allSeverities) return findings;
  return findings.filter((f) => filter.severities.has(f.severity) && (!needle || haystack(f).includes(needle)));
}
