// A catalog's findings kept in two parts so one edit does not re-check 20,000 resources: each resource's own
// findings (replaced when it is saved, a fraction of a millisecond) and the cross-record findings (duplicates,
// 一数一源, department …; about 0.1 s at county scale, so refreshed after the edits settle).
// Both are keyed by resource id, not position: deleting a resource drops its entries and leaves the others as they
// are; positions (resources[i] paths, resourceIndex) are given when the whole list is read.
import type { Catalog, Resource } from '../../../core/model/catalog.ts';
import type { RuleEngine } from '../../../core/rules/engine.ts';
import type { Finding } from '../../../core/rules/types.ts';

/** A cross-record finding and the resource it names (none for catalog-level ones such as the department). */
export interface CrossRecordFinding {
  readonly finding: Finding;
  readonly resourceId?: string;
}

export interface CatalogFindings {
  /** By resource id, its own findings with paths inside the resource (`name`, `items[3].dataType`). */
  readonly own: ReadonlyMap<string, readonly Finding[]>;
  /** As of their last run: a resource deleted since is left out when read, one moved is given its new place. */
  readonly crossRecord: readonly CrossRecordFinding[];
}

export function crossRecordFindings(engine: RuleEngine, catalog: Catalog): CrossRecordFinding[] {
  return engine.validateCrossRecord(catalog).map((finding) => {
    const resourceId = finding.resourceIndex === undefined ? undefined : catalog.resources[finding.resourceIndex]?.id;
    return resourceId === undefined ? { finding } : { finding, resourceId };
  });
}

export function validateAll(engine: RuleEngine, catalog: Catalog): CatalogFindings {
  return {
    own: new Map(catalog.resources.map((r) => [r.id, engine.validateResource(r)])),
    crossRecord: crossRecordFindings(engine, catalog),
  };
}

/** These resources were saved (edited or new). */
export function withRevalidated(findings: CatalogFindings, engine: RuleEngine, resources: readonly Resource[]): CatalogFindings {
  const own = new Map(findings.own);
  for (const r of resources) own.set(r.id, engine.validateResource(r));
  return { ...findings, own };
}

/** These resources were deleted: their findings go, cross-record ones naming them too, until the next refresh. */
export function withRemoved(findings: CatalogFindings, resourceIds: readonly string[]): CatalogFindings {
  const own = new Map(findings.own);
  for (const id of resourceIds) own.delete(id);
  const gone = new Set(resourceIds);
  return { own, crossRecord: findings.crossRecord.filter((c) => c.resourceId === undefined || !gone.has(c.resourceId)) };
}

/** A finding of the resource now at `index`: its path from the catalog's root and its position. */
function placed(finding: Finding, index: number, relative: boolean): Finding {
  if (!relative && finding.resourceIndex === index) return finding;
  const inside = relative ? finding.path : finding.path.slice(`resources[${finding.resourceIndex}]`.length).replace(/^\./, '');
  return { ...finding, resourceIndex: index, path: inside ? `resources[${index}].${inside}` : `resources[${index}]` };
}

const flattened = new WeakMap<CatalogFindings, readonly Finding[]>();

/**
 * Every finding of the catalog, in catalog order then the cross-record ones, each with its place in `catalog` (the
 * one these findings were made for: the session state holds them together). Computed once per CatalogFindings.
 */
export function allFindings(catalog: Catalog, findings: CatalogFindings): readonly Finding[] {
  let all = flattened.get(findings);
  if (!all) {
    const list: Finding[] = [];
    const indexOf = new Map<string, number>();
    catalog.resources.forEach((r, i) => {
      indexOf.set(r.id, i);
      for (const f of findings.own.get(r.id) ?? []) list.push(placed(f, i, true));
    });
    for (const { finding, resourceId } of findings.crossRecord) {
      if (resourceId === undefined) list.push(finding);
      else {
        const index = indexOf.get(resourceId);
        if (index !== undefined) list.push(placed(finding, index, false));
      }
    }
    all = list;
    flattened.set(findings, all);
  }
  return all;
}

/** The cross-record findings that name this resource (the form shows them beside its own). */
export function crossRecordOf(findings: CatalogFindings, resourceId: string): Finding[] {
  return findings.crossRecord.filter((c) => c.resourceId === resourceId).map((c) => c.finding);
}
