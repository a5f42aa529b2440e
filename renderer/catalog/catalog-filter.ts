// The list's filters and search, as one value and one pure function over the rows (fast enough for 20,000 rows on
// every keystroke: a few comparisons per row, search keys computed once per resource).
import type { OpenType, ReviewStatus, ShareType } from '../../core/model/enums.ts';
import type { RuleId } from '../../core/model/rule-ids.ts';
import type { CatalogFindings } from '../services/session/catalog-findings.ts';
import type { CatalogRow } from './catalog-rows.ts';
import { underClassification } from './classification-filter.ts';
import { matchesQuery, normalizeQuery, searchKeysOf } from './search-keys.ts';

export const SEVERITY_FILTERS = ['errors', 'warnings', 'clean'] as const;
/** 有错误 / 有警告 / 无问题 (no error and no warning; notices do not count). */
export type SeverityFilter = (typeof SEVERITY_FILTERS)[number];

/** The 共享审核 status of the resource (shareReview.status), or not filled in. */
export type ReviewFilter = ReviewStatus | 'unset';

export interface CatalogFilter {
  shareType?: ShareType;
  openType?: OpenType;
  /** A node of the classification tree: the resources under it. */
  classification?: string;
  severity?: SeverityFilter;
  review?: ReviewFilter;
  /** Resources with a finding of this rule (their own or a cross-record one). */
  rule?: RuleId;
  /** Name, code or pinyin initials of the name. */
  query?: string;
}

export function isFiltering(filter: CatalogFilter): boolean {
  const { query, ...rest } = filter;
  return Object.values(rest).some((v) => v !== undefined) || normalizeQuery(query ?? '') !== '';
}

function severityMatches(row: CatalogRow, severity: SeverityFilter): boolean {
  // A resource not checked yet (right after start or an import) is in none of them until it is.
  if (!row.checked) return false;
  switch (severity) {
    case 'errors':
      return row.errors > 0;
    case 'warnings':
      return row.warnings > 0;
    case 'clean':
      return row.errors === 0 && row.warnings === 0;
  }
}

/** Which resources (by id) each rule has a finding on. */
export type ResourcesByRule = ReadonlyMap<RuleId, ReadonlySet<string>>;

export function resourcesByRule(findings: CatalogFindings): ResourcesByRule {
  const byRule = new Map<RuleId, Set<string>>();
  const add = (ruleId: RuleId, id: string) => {
    const ids = byRule.get(ruleId);
    if (ids) ids.add(id);
    else byRule.set(ruleId, new Set([id]));
  };
  for (const [id, list] of findings.own) for (const f of list) add(f.ruleId, id);
  for (const { finding, resourceId } of findings.crossRecord) if (resourceId !== undefined) add(finding.ruleId, resourceId);
  return byRule;
}

const NONE: ReadonlySet<string> = new Set();

/** `byRule` is needed only when the filter names a rule. */
export function filterRows(rows: readonly CatalogRow[], filter: CatalogFilter, byRule?: ResourcesByRule): readonly CatalogRow[] {
  if (!isFiltering(filter)) return rows;
  const { shareType, openType, classification, severity, review } = filter;
  const withRule = filter.rule === undefined ? undefined : (byRule?.get(filter.rule) ?? NONE);
  const query = normalizeQuery(filter.query ?? '');
  return rows.filter((row) => {
    const r = row.resource;
    if (shareType !== undefined && r.shareType !== shareType) return false;
    if (openType !== undefined && r.openType !== openType) return false;
    if (review !== undefined && (r.shareReview?.status ?? 'unset') !== review) return false;
    if (severity !== undefined && !severityMatches(row, severity)) return false;
    if (withRule && !withRule.has(row.id)) return false;
    if (classification !== undefined && !underClassification(r, classification)) return false;
    return query === '' || matchesQuery(searchKeysOf(r), query);
  });
}
