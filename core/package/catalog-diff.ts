// What changed between two versions of a catalog, resource by resource: the basis of an incremental package's
// change list (pack.ts computes it, verify.ts recomputes it to check the signed list) and of `mulu diff`.
//
// Resources are matched by their 信息资源代码 (`code`), the identifier the platform knows them by, or by the internal
// `id` when a resource has no code yet. A resource whose code changed is therefore withdrawn under the old code and
// added under the new one, which is what the platform sees. `id` itself is never compared: it is internal, and a
// catalog re-imported from a workbook may get new ids without anything changing for the platform.
import type { Catalog, DataItem, Resource } from '../model/catalog.ts';
import { compareCodeUnits } from './code-unit-order.ts';
import { jsonEqual } from '../format/json-equal.ts';

export const CHANGE_KINDS = ['added', 'changed', 'withdrawn'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** How the items (信息项) of a changed resource differ; items are matched by name (the n-th of a repeated name with the n-th). */
export interface ItemChangeCounts {
  added: number;
  removed: number;
  changed: number;
  /** The same items, differently ordered (counts all zero). */
  reordered: boolean;
}

export interface ResourceChange {
  /** The resource code, or the internal id of a resource without one. */
  code: string;
  /** The resource's name (the old one for a withdrawn resource); empty if it has none. */
  name: string;
  kind: ChangeKind;
  /** 'changed' only: the top-level fields that differ, in code-unit order; `items` for any change to the items. */
  fields?: string[];
  /** 'changed' with `items` among the fields. */
  items?: ItemChangeCounts;
}

export interface CatalogDiff {
  /** In code-unit order of `code`, each code once. */
  changes: ResourceChange[];
  /** Resources present in both and equal. */
  unchanged: number;
  /** Top-level catalog fields other than `resources` that differ (department, profile, catalogVersion …). */
  catalogFields: string[];
}

export type CatalogDiffResult = { ok: true; diff: CatalogDiff } | { ok: false; side: 'old' | 'new'; duplicates: string[] };

/** Bookkeeping that changes with every edit or export; a difference only there is not a difference in content. */
const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['catalogVersion', 'updatedAt', 'codeSequences']);
const NOT_COMPARED: ReadonlySet<string> = new Set(['id']);

export function resourceKey(r: Resource): string {
  return r.code !== undefined && r.code !== '' ? r.code : r.id;
}

/** True when the catalogs differ in a resource, the department or the profile, not only in bookkeeping. */
export function catalogsDiffer(diff: CatalogDiff): boolean {
  return diff.changes.length > 0 || diff.catalogFields.some((f) => !BOOKKEEPING_FIELDS.has(f));
}

export function diffCatalogs(before: Catalog, after: Catalog): CatalogDiffResult {
  const old = indexByKey(before.resources);
  if (!old.ok) return { ok: false, side: 'old', duplicates: old.duplicates };
  const next = indexByKey(after.resources);
  if (!next.ok) return { ok: false, side: 'new', duplicates: next.duplicates };

  const changes: ResourceChange[] = [];
  let unchanged = 0;
  for (const [code, resource] of next.byKey) {
    const previous = old.byKey.get(code);
    if (!previous) {
      changes.push({ code, name: resource.name ?? '', kind: 'added' });
      continue;
    }
    const difference = resourceDifference(previous, resource);
    if (!difference) {
      unchanged++;
      continue;
    }
    changes.push({ code, name: resource.name ?? '', kind: 'changed', ...difference });
  }
  for (const [code, resource] of old.byKey) {
    if (!next.byKey.has(code)) changes.push({ code, name: resource.name ?? '', kind: 'withdrawn' });
  }
  changes.sort((a, b) => compareCodeUnits(a.code, b.code));
  const catalogFields = changedFields(before, after, new Set(['resources']));
  return { ok: true, diff: { changes, unchanged, catalogFields } };
}

/** How two versions of one resource differ (its history viewer compares any two); undefined when they do not. */
export function resourceDifference(before: Resource, after: Resource): Pick<ResourceChange, 'fields' | 'items'> | undefined {
  const fields = changedFields(before, after, NOT_COMPARED);
  if (fields.length === 0) return undefined;
  return { fields, ...(fields.includes('items') && { items: compareItems(before.items, after.items) }) };
}

function indexByKey(resources: readonly Resource[]): { ok: true; byKey: Map<string, Resource> } | { ok: false; duplicates: string[] } {
  const byKey = new Map<string, Resource>();
  const duplicates = new Set<string>();
  for (const r of resources) {
    const key = resourceKey(r);
    if (byKey.has(key)) duplicates.add(key);
    else byKey.set(key, r);
  }
  return duplicates.size ? { ok: false, duplicates: [...duplicates].sort(compareCodeUnits) } : { ok: true, byKey };
}

/** The top-level fields of two records (a catalog, a resource) that differ; a field set to undefined is absent. */
function changedFields(before: object, after: object, skip: ReadonlySet<string>): string[] {
  const a = new Map(Object.entries(before));
  const b = new Map(Object.entries(after));
  const keys = new Set([...a.keys(), ...b.keys()].filter((k) => a.get(k) !== undefined || b.get(k) !== undefined));
  return [...keys].filter((k) => !skip.has(k) && !jsonEqual(a.get(k), b.get(k))).sort(compareCodeUnits);
}

function compareItems(before: readonly DataItem[], after: readonly DataItem[]): ItemChangeCounts {
  const old = itemsByName(before);
  const next = itemsByName(after);
  let added = 0;
  let changed = 0;
  for (const [key, item] of next) {
    const previous = old.get(key);
    if (!previous) added++;
    else if (!jsonEqual(previous, item)) changed++;
  }
  let removed = 0;
  for (const key of old.keys()) if (!next.has(key)) removed++;
  return { added, removed, changed, reordered: added + removed + changed === 0 };
}

/** Items by name, the n-th occurrence of a repeated name keyed as `name\u0000n`. */
function itemsByName(items: readonly DataItem[]): Map<string, DataItem> {
  const seen = new Map<string, number>();
  const out = new Map<string, DataItem>();
  for (const item of items) {
    const n = seen.get(item.name) ?? 0;
    seen.set(item.name, n + 1);
    out.set(n === 0 ? item.name : `${item.name}\u0000${n}`, item);
  }
  return out;
}
