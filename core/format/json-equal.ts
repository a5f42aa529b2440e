// Equality of JSON values by content. Key order does not count: a catalog the user edited and the same catalog read
// back from a package may order keys differently and still say the same thing. Array order counts. A property set
// to undefined counts as absent, as it does when the value is written out (JSON.stringify drops it).

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  // Counted in place rather than through definedKeys(): a county catalog has some 400,000 item objects.
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let count = 0;
  for (const key in left) {
    const value = left[key];
    if (value === undefined) continue;
    if (!jsonEqual(value, right[key])) return false;
    count++;
  }
  for (const key in right) if (right[key] !== undefined) count--;
  return count === 0;
}

/** The keys whose values would be written out. */
export function definedKeys(value: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(value).filter((k) => value[k] !== undefined);
}
