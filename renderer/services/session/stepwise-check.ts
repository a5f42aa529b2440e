// Checking a whole catalog after it is on screen rather than before: each resource's own findings in steps with a
// pause for the page between them (20,000 resources take about a second at once), then, in one step, whatever
// changed meanwhile and the cross-record checks. Edits made during the steps keep the findings their save gave them,
// so what is finally shown is current.
import type { Catalog, Resource } from '../../../core/model/catalog.ts';
import type { RuleEngine } from '../../../core/rules/engine.ts';
import type { Finding } from '../../../core/rules/types.ts';
import { nextTask } from '../tasks/next-task.ts';
import { crossRecordFindings, type CatalogFindings } from './catalog-findings.ts';

/** Resources checked per step. */
export const CHECK_STEP = 500;

/** Each resource's own findings, by id, with the object they were made for. Undefined when `signal` stopped it. */
export async function checkInSteps(engine: RuleEngine, resources: readonly Resource[], signal: AbortSignal, step = CHECK_STEP): Promise<Map<string, { resource: Resource; findings: Finding[] }> | undefined> {
  const checked = new Map<string, { resource: Resource; findings: Finding[] }>();
  for (let i = 0; i < resources.length; i += step) {
    await nextTask();
    if (signal.aborted) return undefined;
    for (const resource of resources.slice(i, i + step)) checked.set(resource.id, { resource, findings: engine.validateResource(resource) });
  }
  return checked;
}

/**
 * The findings of `catalog` as it is now: those `current` holds (saved since the steps began), else the steps'
 * own when made for the same resource object, else checked here; and the cross-record ones.
 */
export function completeFindings(engine: RuleEngine, catalog: Catalog, current: CatalogFindings, checked: ReadonlyMap<string, { resource: Resource; findings: Finding[] }>): CatalogFindings {
  const own = new Map<string, readonly Finding[]>();
  for (const r of catalog.resources) {
    const made = checked.get(r.id);
    own.set(r.id, current.own.get(r.id) ?? (made?.resource === r ? made.findings : engine.validateResource(r)));
  }
  return { own, crossRecord: crossRecordFindings(engine, catalog) };
}
