// Values several checks need, computed once per resource per validation run. The engine clears the
// cache when a run ends, so nothing outlives it. (A WeakMap did the same job, but with a county
// catalog's tens of thousands of keys its ephemeron bookkeeping made garbage collection the bottleneck.)
import type { Catalog, Resource } from '../model/catalog.ts';
import { normalizeName } from '../text/normalize.ts';

const itemNames = new Map<Resource['items'], string[]>();
const codeIndexes = new Map<Catalog, Map<string, number>>();
const providerKeys = new Map<string, string>();

/** Normalised names of a resource's items, in item order. */
export function normalizedItemNames(r: Resource): string[] {
  let names = itemNames.get(r.items);
  if (!names) {
    names = r.items.map((i) => normalizeName(i.name));
    itemNames.set(r.items, names);
  }
  return names;
}

/** Resource code (trimmed) → index of the first resource that uses it. */
export function codeIndex(c: Catalog): Map<string, number> {
  let index = codeIndexes.get(c);
  if (!index) {
    index = new Map();
    const rs = c.resources;
    for (let i = 0; i < rs.length; i++) {
      const code = rs[i]!.code?.trim();
      if (code && !index.has(code)) index.set(code, i);
    }
    codeIndexes.set(c, index);
  }
  return index;
}

/** Who provides a resource, as a comparison key: its code, else its name (a catalog has few providers). */
export function providerKey(r: Resource): string {
  const raw = (r.providerCode?.trim() ? r.providerCode : r.providerName) ?? '';
  let key = providerKeys.get(raw);
  if (key === undefined) {
    key = raw.trim().toUpperCase();
    providerKeys.set(raw, key);
  }
  return key;
}

/** Ends a validation run: drops everything derived during it. */
export function clearDerived(): void {
  itemNames.clear();
  codeIndexes.clear();
  providerKeys.clear();
}
