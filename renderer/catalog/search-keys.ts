// What the list search looks in: a resource's name, code and the pinyin initials of its name. Keys are computed
// once per resource object (an edit replaces only the edited resource, so the rest keep theirs) and initials once
// per name (a reload after undo brings new objects with the same names).
import type { Resource } from '../../core/model/catalog.ts';
import { nextTask } from '../services/tasks/next-task.ts';
import { pinyinInitials } from './pinyin-initials.ts';
import { searchText } from './search-text.ts';

export interface SearchKeys {
  readonly name: string;
  readonly code: string;
  readonly initials: string;
  /** The three joined by a line break, which no normalised query holds: one scan per resource instead of three. */
  readonly text: string;
}

const byResource = new WeakMap<Resource, SearchKeys>();
const initialsByName = new Map<string, string>();
// Names edited away stay in the map; a bound keeps a long session from growing it without end.
const MAX_NAMES = 200_000;

function initialsOf(name: string): string {
  let initials = initialsByName.get(name);
  if (initials === undefined) {
    if (initialsByName.size >= MAX_NAMES) initialsByName.clear();
    initials = pinyinInitials(name);
    initialsByName.set(name, initials);
  }
  return initials;
}

export function searchKeysOf(resource: Resource): SearchKeys {
  let keys = byResource.get(resource);
  if (!keys) {
    const name = resource.name ?? '';
    const [text, code, initials] = [searchText(name), searchText(resource.code ?? ''), initialsOf(name)];
    keys = { name: text, code, initials, text: `${text}\n${code}\n${initials}` };
    byResource.set(resource, keys);
  }
  return keys;
}

/** A typed query in the form searchKeysOf compares; empty means no search. */
export const normalizeQuery = searchText;

/** `query` is normalised (normalizeQuery) and not empty. */
export function matchesQuery(keys: SearchKeys, query: string): boolean {
  return keys.text.includes(query);
}

/**
 * Computes the keys of every resource in small steps after the list has been painted (pinyin for 20,000 names
 * takes a few hundred milliseconds), so the first search does not pay for it. Stops when `signal` aborts.
 */
export async function warmSearchKeys(resources: readonly Resource[], signal: AbortSignal, step = 1000): Promise<void> {
  for (let i = 0; i < resources.length; i += step) {
    await nextTask();
    if (signal.aborted) return;
    for (const r of resources.slice(i, i + step)) searchKeysOf(r);
  }
}
