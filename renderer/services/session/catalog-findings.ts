// A catalog's findings kept in two parts so one edit does not re-check 20,000 resources: each resource's own
// findings (replaced when it is saved, a fraction of a millisecond) and the cross-record findings (duplicates,
// 一数一源, department …; about 0.1 s at county scale, so refreshed after the edits settle).
import type { Catalog } from '../../../core/model/catalog.ts';
import type { RuleEngine } from '../../../core/rules/engine.ts';
import type { Finding } from '../../../core/rules/types.ts';

export interface CatalogFindings {
  /** By resource position in catalog.resources. */
  readonly own: readonly (readonly Finding[])[];
  readonly crossRecord: readonly Finding[];
}

export function validateAll(engine: RuleEngine, catalog: Catalog): CatalogFindings {
  return {
    own: catalog.resources.map((r, i) => engine.validateResource(r, `resources[${i}]`, i)),
    crossRecord: engine.validateCrossRecord(catalog),
  };
}

/** The resource at `index` was saved (or appended at the end). */
export function withResourceRevalidated(findings: CatalogFindings, engine: RuleEngine, catalog: Catalog, index: number): CatalogFindings {
  const own = findings.own.slice();
  own[index] = engine.validateResource(catalog.resources[index]!, `resources[${index}]`, index);
  return { ...findings, own };
}

/**
 * The resource at `index` was deleted: the ones after it move up one place, and so do their findings' paths. The
 * cross-record findings are renumbered the same way until the next refresh re-runs them.
 */
export function withResourceRemoved(findings: CatalogFindings, index: number): CatalogFindings {
  const own = findings.own.slice(0, index);
  for (let i = index + 1; i < findings.own.length; i++) own.push(findings.own[i]!.map((f) => movedTo(f, i - 1)));
  const crossRecord = findings.crossRecord
    .filter((f) => f.resourceIndex !== index)
    .map((f) => (f.resourceIndex !== undefined && f.resourceIndex > index ? movedTo(f, f.resourceIndex - 1) : f));
  return { own, crossRecord };
}

function movedTo(finding: Finding, index: number): Finding {
  return { ...finding, resourceIndex: index, path: finding.path.replace(/^resources\[\d+\]/, `resources[${index}]`) };
}

const flattened = new WeakMap<CatalogFindings, readonly Finding[]>();

/** Every finding, as one list (computed once per CatalogFindings). */
export function allFindings(findings: CatalogFindings): readonly Finding[] {
  let all = flattened.get(findings);
  if (!all) {
    all = [...findings.own.flat(), ...findings.crossRecord];
    flattened.set(findings, all);
  }
  return all;
}
