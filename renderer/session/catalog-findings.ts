// A catalog's findings kept in two parts so one edit does not re-check 20,000 resources: each resource's own
// findings (replaced when it is saved, a fraction of a millisecond) and the cross-record findings (duplicates,
// 一数一源, department …; about 0.1 s at county scale, so refreshed after the edits settle).
import type { Catalog } from '../../core/model/catalog.ts';
import type { RuleEngine } from '../../core/rules/engine.ts';
import type { Finding } from '../../core/rules/types.ts';

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
