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
  /** False while the session has not checked this resource yet (phase 'checking'): its counts are not known. */
  readonly checked: boolean;
}

export function catalogRows(catalog: Catalog, findings: CatalogFindings): CatalogRow[] {
  const cross = new Map<string, Finding[]>();
  for (const { finding, resourceId } of findings.crossRecord) {
    if (resourceId === undefined) continue;
    const list = cross.get(resourceId);
    if (list) list.push(finding);
    else cross.set(resourceId, [finding]);
  }
  return catalog.resources.map((resource, index) => {
    let errors = 0;
    let warnings = 0;
    const own = findings.own.get(resource.id);
    for (const list of [own, cross.get(resource.id)]) {
      for (const f of list ?? []) {
        if (f.severity === 'error') errors += 1;
        else if (f.severity === 'warning') warnings += 1;
      }
    }
    return { id: resource.id, index, resource, errors, warnings, checked: own !== undefined };
  });
}
