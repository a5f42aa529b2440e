// How many resources and items each list holds, and where every resource stands for sharing and opening, so that
// a reader can check that the lists account for the whole catalog: listed + withheld + unset + excluded = resources.
import type { Catalog } from '../model/catalog.ts';
import type { ListDefinition, ListId } from './list-definitions.ts';
import { listRows, openStanding, shareStanding, type Standing } from './list-rows.ts';

export interface ListCount {
  id: ListId;
  rows: number;
  /** Distinct resources with at least one row. */
  resources: number;
  /** Items the rows cover, each once. */
  items: number;
}

export interface ListCounts {
  catalog: { resources: number; items: number };
  lists: ListCount[];
  /** Resources by standing for sharing and for opening (present when the profile asks for that list). */
  share?: Record<Standing, number>;
  open?: Record<Standing, number>;
}

function countList(catalog: Catalog, definition: ListDefinition): ListCount {
  let rows = 0;
  let items = 0;
  const resources = new Set<object>();
  for (const row of listRows(catalog, definition)) {
    rows++;
    items += row.items.length;
    if (row.resource) resources.add(row.resource);
  }
  return { id: definition.id, rows, resources: resources.size, items };
}

function standings(catalog: Catalog, of: (r: Catalog['resources'][number]) => Standing): Record<Standing, number> {
  const out: Record<Standing, number> = { listed: 0, withheld: 0, unset: 0, excluded: 0 };
  for (const r of catalog.resources) out[of(r)]++;
  return out;
}

export function listCounts(catalog: Catalog, definitions: readonly ListDefinition[]): ListCounts {
  const shared = definitions.find((d) => d.id === 'shared');
  const open = definitions.find((d) => d.id === 'open');
  return {
    catalog: { resources: catalog.resources.length, items: catalog.resources.reduce((n, r) => n + r.items.length, 0) },
    lists: definitions.map((d) => countList(catalog, d)),
    ...(shared ? { share: standings(catalog, (r) => shareStanding(r, shared)) } : {}),
    ...(open ? { open: standings(catalog, (r) => openStanding(r, open)) } : {}),
  };
}
