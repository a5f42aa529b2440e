// Values several checks need, computed once per resource per object identity (a WeakMap, so edited
// resources — new objects — are recomputed and nothing outlives the catalog).
import type { Resource } from '../model/catalog.ts';
import { normalizeName } from '../text/normalize.ts';

const itemNames = new WeakMap<Resource['items'], string[]>();

/** Normalised names of a resource's items, in item order. */
export function normalizedItemNames(r: Resource): string[] {
  let names = itemNames.get(r.items);
  if (!names) {
    names = r.items.map((i) => normalizeName(i.name));
    itemNames.set(r.items, names);
  }
  return names;
}
