// Where the catalog stands, from the session's catalog and findings (no storage reads): resources and items,
// counts by share and open type, how many resources have every required field filled, which required fields are
// missing most often, and the open findings by severity.
// Completeness is read from the required-content findings (R01 national set, conditional fields and items; R20 the
// profile's own), so it agrees with 校验 and honours the conditions core applies (格式类型 unless self-describing …).
import type { Catalog } from '../../core/model/catalog.ts';
import { OPEN_TYPES, SEVERITIES, SHARE_TYPES, type OpenType, type Severity, type ShareType } from '../../core/model/enums.ts';
import type { Finding } from '../../core/rules/types.ts';

export const REQUIRED_CONTENT_RULES: ReadonlySet<string> = new Set(['R01', 'R20']);

/** A resource without the field: counted apart, never guessed into a type. */
export const UNSET = 'unset';

export interface CatalogOverview {
  resources: number;
  items: number;
  byShareType: Record<ShareType | typeof UNSET, number>;
  byOpenType: Record<OpenType | typeof UNSET, number>;
  /** Resources with every required field filled. */
  complete: number;
  /** Required fields by how many resources miss them, most first (item fields as `items.<field>`). */
  missing: { field: string; resources: number }[];
  findings: Record<Severity, number>;
}

function countBy<K extends string>(keys: readonly K[], values: Iterable<K | undefined>): Record<K | typeof UNSET, number> {
  const counts = Object.fromEntries([...keys, UNSET].map((k) => [k, 0])) as Record<K | typeof UNSET, number>;
  for (const v of values) counts[v ?? UNSET]++;
  return counts;
}

/** `resources[3].items[2].name` → `items.name`; `resources[3].shareType` → `shareType`. */
export function requiredFieldOf(path: string): string {
  return path.replace(/^resources\[\d+\]\.?/, '').replace(/\[\d+\]/g, '') || 'items';
}

export function catalogOverview(catalog: Catalog, findings: readonly Finding[]): CatalogOverview {
  const { resources } = catalog;
  const incomplete = new Set<number>();
  const missingBy = new Map<string, Set<number>>();
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) {
    bySeverity[f.severity]++;
    if (!REQUIRED_CONTENT_RULES.has(f.ruleId) || f.resourceIndex === undefined) continue;
    incomplete.add(f.resourceIndex);
    const field = requiredFieldOf(f.path);
    const set = missingBy.get(field) ?? new Set<number>();
    set.add(f.resourceIndex);
    missingBy.set(field, set);
  }
  return {
    resources: resources.length,
    items: resources.reduce((n, r) => n + r.items.length, 0),
    byShareType: countBy(SHARE_TYPES, resources.map((r) => r.shareType)),
    byOpenType: countBy(OPEN_TYPES, resources.map((r) => r.openType)),
    complete: resources.length - incomplete.size,
    missing: [...missingBy].map(([field, set]) => ({ field, resources: set.size })).sort((a, b) => b.resources - a.resources || a.field.localeCompare(b.field)),
    findings: bySeverity,
  };
}
