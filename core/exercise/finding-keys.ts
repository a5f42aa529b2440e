// Where a finding is, independent of the order of resources: the rule, the resource's id and the path inside it.
// Planting records the keys each mistake produced; grading looks for them in the trainee's catalog, so a trainee who
// adds, deletes or reorders other resources is graded on the same places.
import type { Catalog } from '../model/catalog.ts';
import type { CatalogRuleId } from '../model/rule-ids.ts';
import type { Finding } from '../rules/types.ts';
import { RuleEngine } from '../rules/engine.ts';

export interface FindingKey {
  ruleId: CatalogRuleId;
  /** The resource's id; null for a finding about the catalog as a whole. */
  resourceId: string | null;
  /** Inside the resource ("items[3].length"), or the catalog path for a catalog finding. */
  path: string;
}

const RESOURCE_PREFIX = /^resources\[\d+\]\.?/;

/** The rules as an exercise runs them: its profile, on its check date (so 发布日期在将来 means the same on every PC). */
export function exerciseEngine(profile: string, checkDate: string): RuleEngine {
  return new RuleEngine({ profile, today: checkDate });
}

export function findingKey(f: Finding, catalog: Catalog): FindingKey {
  const resource = f.resourceIndex === undefined ? undefined : catalog.resources[f.resourceIndex];
  // The engine's catalog findings only ever carry catalog rule ids; workbook rules belong to the import.
  return { ruleId: f.ruleId as CatalogRuleId, resourceId: resource?.id ?? null, path: resource ? f.path.replace(RESOURCE_PREFIX, '') : f.path };
}

export function keyText(k: FindingKey): string {
  return `${k.ruleId}|${k.resourceId ?? ''}|${k.path}`;
}

/** Errors and warnings count; infos are advice, not mistakes. */
export function gradedFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info');
}
