// Reading and writing a column's field on a model object by its dotted path (`shareReview.status`,
// `survey.storageGB`). Intermediate objects are created on write; the importer completes or drops them afterwards.

type Bag = Record<string, unknown>;

export function getField(target: object, path: string): unknown {
  let value: unknown = target;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Bag)[part];
  }
  return value;
}

export function setField(target: object, path: string, value: unknown): void {
  setParts(target, path.split('.'), value);
}

export type FieldSetter = (target: object, value: unknown) => void;

/** A setter for one path, split once: imports set millions of cells through a handful of paths. */
export function fieldSetter(path: string): FieldSetter {
  const parts = path.split('.');
  if (parts.length === 1) return (target, value) => void ((target as Bag)[path] = value);
  return (target, value) => setParts(target, parts, value);
}

function setParts(target: object, parts: readonly string[], value: unknown): void {
  let bag = target as Bag;
  for (const part of parts.slice(0, -1)) {
    const next = bag[part];
    if (next === null || typeof next !== 'object') bag[part] = {};
    bag = bag[part] as Bag;
  }
  bag[parts[parts.length - 1]!] = value;
}

/** `items.name` → `name`; `department.contact.phone` → `contact.phone`: the path below the row's object. */
export function fieldBelow(prefix: 'items' | 'department', field: string): string {
  return field.slice(prefix.length + 1);
}
