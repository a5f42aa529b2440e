// The list's filters and search, as one value and one pure function over the rows (fast enough for 20,000 rows on
// every keystroke: a few comparisons per row, search keys computed once per resource).
import type { OpenType, ReviewStatus, ShareType } from '../../core/model/enums.ts';
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

export function filterRows(rows: readonly CatalogRow[], filter: CatalogFilter): readonly CatalogRow[] {
  if (!isFiltering(filter)) return rows;
  const { shareType, openType, classification, severity, review } = filter;
  const query = normalizeQuery(filter.query ?? '');
  return rows.filter((row) => {
    const r = row.resource;
    if (shareType !== undefined && r.shareType !== shareType) return false;
    if (openType !== undefined && r.openType !== openType) return false;
    if (review !== undefined && (r.shareReview?.status ?? 'unset') !== review) return false;
    if (severity !== undefined && !severityMatches(row, severity)) return false;
    if (classification !== undefined && !underClassification(r, classification)) return false;
    return query === '' || matchesQuery(searchKeysOf(r), query);
  });
}
