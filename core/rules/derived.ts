// Values several checks need, computed once per resource per validation run. The engine clears the
// cache when a run ends, so nothing outlives it. (A WeakMap did the same job, but with a county
// catalog's tens of thousands of keys its ephemeron bookkeeping made garbage collection the bottleneck.)
import type { Catalog, Resource } from '../model/catalog.ts';
import { normalizeName } from '../text/normalize.ts';

const itemNames = new Map<Resource['items'], string[]>();
const codeIndexes = new Map<Catalog, Map<string, number>>();
const providerKeyLists = new Map<Catalog, readonly string[]>();

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

/**
 * Who provides each resource, as comparison keys (index = resource index). A provider is named by its code and its
 * name, and clerks often give only the name: a resource with the name alone is the provider that name has with a
 * code elsewhere in the catalog, so it is not counted as a second provider (R03, R28). Two different codes are two
 * providers even under one name; a name that two codes share is ambiguous and stays a key of its own.
 */
export function providerKeys(c: Catalog): readonly string[] {
  let keys = providerKeyLists.get(c);
  if (keys) return keys;
  const rs = c.resources;
  const codes = rs.map((r) => r.providerCode?.trim().toUpperCase() ?? '');
  const names = rs.map((r) => (r.providerName ? normalizeName(r.providerName) : ''));
  const codeOfName = new Map<string, string | null>();
  for (let i = 0; i < rs.length; i++) {
    const code = codes[i]!;
    const name = names[i]!;
    if (!code || !name) continue;
    const known = codeOfName.get(name);
    if (known === undefined) codeOfName.set(name, code);
    else if (known !== null && known !== code) codeOfName.set(name, null);
  }
  keys = rs.map((_, i) => {
    const code = codes[i] || (names[i] ? codeOfName.get(names[i]!) : undefined);
    if (code) return `code:${code}`;
    return names[i] ? `name:${names[i]}` : '';
  });
  providerKeyLists.set(c, keys);
  return keys;
}

/** Ends a validation run: drops everything derived during it. */
export function clearDerived(): void {
  itemNames.clear();
  codeIndexes.clear();
  providerKeyLists.clear();
}
