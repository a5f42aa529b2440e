// Whether a resource field counts as filled in. Shared by the required-content checks.
import type { Resource } from '../model/catalog.ts';
import { isBlank } from '../text/normalize.ts';

export function isFieldEmpty(r: Resource, field: string): boolean {
  if (field === 'classification') {
    const c = r.classification;
    return !c || isBlank(c.class) || isBlank(c.item) || isBlank(c.catalog);
  }
  const v = (r as unknown as Record<string, unknown>)[field];
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return isBlank(v);
  if (Array.isArray(v)) return v.length === 0 || v.every((x) => typeof x === 'string' && isBlank(x));
  return false;
}
