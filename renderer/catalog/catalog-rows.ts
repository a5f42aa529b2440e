// The list's rows: each resource with its position and the number of errors and warnings the session found for it
// (its own findings and the cross-record ones that name it). Built once per session revision.
import type { Catalog, Resource } from '../../core/model/catalog.ts';
import type { Finding } from '../../core/rules/types.ts';
import type { CatalogFindings } from '../services/session/catalog-findings.ts';

export interface CatalogRow {
  readonly id: string;
  /** Position in catalog.resources (what findings' resourceIndex refers to). */
  readonly index: number;
  readonly resource: Resource;
  readonly errors: number;
  readonly warnings: number;
}

export function catalogRows(catalog: Catalog, findings: CatalogFindings): CatalogRow[] {
  const errors = new Uint32Array(catalog.resources.length);
  const warnings = new Uint32Array(catalog.resources.length);
  const count = (f: Finding, index: number | undefined) => {
    if (index === undefined || index >= errors.length) return;
    if (f.severity === 'error') errors[index]! += 1;
    else if (f.severity === 'warning') warnings[index]! += 1;
  };
  findings.own.forEach((list, index) => {
    for (const f of list) count(f, index);
  });
  for (const f of findings.crossRecord) count(f, f.resourceIndex);
  return catalog.resources.map((resource, index) => ({ id: resource.id, index, resource, errors: errors[index]!, warnings: warnings[index]! }));
}
