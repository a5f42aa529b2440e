// The resource as the form edits it (a draft) and as it is stored. The draft keeps what the clerk is in the middle
// of: blank rows at the end of the item grid, empty texts, basis rows still without a title. The stored resource
// leaves those out, so an untouched field is absent in the file rather than "".
import type { DataItem, Resource } from '../../core/model/catalog.ts';
import { isBlank } from '../../core/text/normalize.ts';

export type ResourceDraft = Resource;

/** A new resource: only its id (never shown, never reused) and no items yet. */
export function newResourceDraft(id: string): ResourceDraft {
  return { id, items: [] };
}

/** The draft of a stored resource: a copy the form can change without touching the session's catalog. */
export function draftFromResource(resource: Resource): ResourceDraft {
  return structuredClone(resource);
}

export const blankItem = (): DataItem => ({ name: '' });

/** A grid row with nothing in it (the row Enter adds at the end before anything is typed). */
export function isBlankItem(item: DataItem): boolean {
  return Object.entries(item).every(([key, value]) => value === undefined || (key === 'name' && isBlank(value as string)));
}

/** Drops undefined, blank strings, empty arrays and objects that end up empty; keeps false and 0. */
function pruned<T>(value: T): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return isBlank(value) ? undefined : value;
  if (Array.isArray(value)) {
    const kept = value.map((v) => pruned(v)).filter((v) => v !== undefined);
    return kept.length ? (kept as T) : undefined;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const p = pruned(v);
      if (p !== undefined) out[k] = p;
    }
    return Object.keys(out).length ? (out as T) : undefined;
  }
  return value;
}

/** Pruned entries of a list whose entries need `key` (a string) even when only their other parts are filled in. */
function entriesWith<T extends object, K extends keyof T>(list: readonly T[] | undefined, key: K): T[] | undefined {
  const kept = (list ?? []).flatMap((entry) => {
    const p = pruned(entry);
    return p === undefined ? [] : [{ ...p, [key]: entry[key] ?? '' } as T];
  });
  return kept.length ? kept : undefined;
}

/**
 * What is saved. Blank rows at the end of the grid are left out; blank rows in between stay (as items without a
 * name, which the rules flag), so the positions of findings match the rows the clerk sees.
 */
export function storedResource(draft: ResourceDraft): Resource {
  let end = draft.items.length;
  while (end > 0 && isBlankItem(draft.items[end - 1]!)) end--;
  const { id, items, shareBasis, relatedMatters, shareReview, ...rest } = draft;
  const stored = { ...(pruned(rest) ?? {}), id, items: items.slice(0, end).map((item) => ({ ...pruned(item), name: item.name })) } as Resource;
  const basis = entriesWith(shareBasis, 'title');
  if (basis) stored.shareBasis = basis;
  const matters = entriesWith(relatedMatters, 'name');
  if (matters) stored.relatedMatters = matters;
  // A review without its status says nothing the rules or the platform can use.
  if (shareReview?.status) stored.shareReview = pruned(shareReview)!;
  return stored;
}
