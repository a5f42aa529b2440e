// Which lists a profile asks for and how it words them, as data (assets/templates/lists.json): each list's sheet
// name, empty-list line and columns, with the profile chain (national down to the county) overriding sheet names,
// column titles and the acquisition methods a list leaves out.
import data from '../../assets/templates/lists.json';
import type { LocalText } from '../i18n/text.ts';
import { checkedAsset } from '../model/checked-asset.ts';
import type { Catalog } from '../model/catalog.ts';
import type { AcquisitionMethod } from '../model/enums.ts';
import type { Profile } from '../profiles/profile.ts';
import { resolveCitation, type Citation, type CitationRef } from '../regulations/citations.ts';
import type { ColumnSpec } from '../workbook/columns.ts';
import { LIST_IDS, ListsAssetSchema, type ListId } from './lists-schema.ts';

export { DERIVED_LIST_IDS, LIST_IDS, type ListId } from './lists-schema.ts';

export interface ListDefinition {
  id: ListId;
  sheet: LocalText;
  empty: LocalText;
  /** ColumnSpec's `field` is a path on a list row (list-rows.ts). */
  columns: readonly ColumnSpec[];
  /** Resources obtained this way are left off the list, with the articles that say so. */
  exclude: { acquisition: readonly AcquisitionMethod[]; citations: readonly Citation[] };
}

const spec = checkedAsset(ListsAssetSchema, data, 'assets/templates/lists.json');

/** The 范围 column's words for a row about a whole resource or about one data item. */
export const SCOPE_LABELS = spec.scopes;

function cite(refs: readonly CitationRef[], where: string): Citation[] {
  return refs.map((r) => {
    const c = resolveCitation(r);
    if (!c) throw new Error(`lists.json ${where}: citation ${r.doc} ${r.article} is not in assets/regulations`);
    return c;
  });
}

/**
 * The lists `profile` asks for, in order, worded as its chain says, then `extra` (the 需求清单 where a catalog holds
 * needs: listsOf).
 */
export function listDefinitions(profile: Profile, extra: readonly ListId[] = []): ListDefinition[] {
  let ids: readonly ListId[] = [];
  const sheets: Partial<Record<ListId, LocalText>> = {};
  const headers: Partial<Record<ListId, Record<string, LocalText>>> = {};
  const exclude: Partial<Record<ListId, ListDefinition['exclude']>> = {};
  for (const id of profile.chain) {
    const p = spec.profiles[id];
    if (!p) continue;
    if (p.lists) ids = p.lists;
    Object.assign(sheets, p.sheets);
    for (const list of LIST_IDS) {
      const titles = p.headers?.[list];
      if (titles) headers[list] = { ...headers[list], ...titles };
      const e = p.exclude?.[list];
      if (e) exclude[list] = { acquisition: e.acquisition, citations: cite(e.citations, `${id} exclude ${list}`) };
    }
  }
  return [...ids, ...extra].map((id) => {
    const base = spec.lists[id];
    const titles = headers[id] ?? {};
    return {
      id,
      sheet: sheets[id] ?? base.sheet,
      empty: base.empty,
      columns: base.columns.map((c) => (titles[c.field] ? { ...c, header: titles[c.field]! } : c)),
      exclude: exclude[id] ?? { acquisition: [], citations: [] },
    };
  });
}

/** The lists written for `catalog`: the profile's, and the 需求清单 when the catalog holds needs (Chongqing Art. 12). */
export function listsOf(catalog: Catalog, profile: Profile): ListDefinition[] {
  return listDefinitions(profile, catalog.needs?.length ? ['needs'] : []);
}
