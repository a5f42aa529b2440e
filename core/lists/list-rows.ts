// Which resources and data items land in which list, and the rows each list is written from. One rule per list:
//   共享目录清单  resources shared (无条件/有条件), not left out by how they were obtained; the row names the items
//                not withheld from sharing (an item without its own share type follows its resource)
//   开放目录清单  the same for opening
//   负面清单      a row per resource not shared or not opened, and a row per item withheld on its own while its
//                resource is shared (or opened); reasons from the resource or item, legal basis from the resource
//   责任清单      every resource, with all its items
//   补充目录      every resource marked for the supplementary (个性化) catalog, with all its items
//   需求清单      every need the catalog holds (a record of its own, not derived from the resources)
// Rows are yielded one by one so that a county catalog is written without a second copy in memory.
import type { Basis, Catalog, DataItem, Need, Resource } from '../model/catalog.ts';
import type { NotOpenReason, OpenType, ShareType } from '../model/enums.ts';
import { getField } from '../workbook/field-path.ts';
import { SCOPE_LABELS, type ListDefinition, type ListId } from './list-definitions.ts';

export interface ResourceListRow {
  resource: Resource;
  need?: undefined;
  /** Set on a 负面清单 row about one data item. */
  item?: DataItem;
  /** The items the row covers. */
  items: readonly DataItem[];
  shareType?: ShareType;
  openType?: OpenType;
  shareReason?: string;
  notOpenReasons?: readonly NotOpenReason[];
  notOpenNote?: string;
}

/** A 需求清单 row: one need, about no resource of this catalog. */
export interface NeedListRow {
  need: Need;
  resource?: undefined;
  item?: undefined;
  items: readonly DataItem[];
}

export type ListRow = ResourceListRow | NeedListRow;

/** Where a resource stands for the shared or open list. */
export type Standing = 'listed' | 'withheld' | 'unset' | 'excluded';

function standing(type: ShareType | OpenType | undefined, r: Resource, definition: ListDefinition): Standing {
  if (type === undefined) return 'unset';
  if (type === 'none') return 'withheld';
  return r.acquisition && definition.exclude.acquisition.includes(r.acquisition) ? 'excluded' : 'listed';
}

/** The resource's standing for sharing (definition: the 共享目录清单) or opening (the 开放目录清单). */
export function shareStanding(r: Resource, shared: ListDefinition): Standing {
  return standing(r.shareType, r, shared);
}
export function openStanding(r: Resource, open: ListDefinition): Standing {
  return standing(r.openType, r, open);
}

const itemShare = (r: Resource, i: DataItem) => i.shareType ?? r.shareType;
const itemOpen = (r: Resource, i: DataItem) => i.openType ?? r.openType;

function* sharedRows(catalog: Catalog, definition: ListDefinition): Generator<ListRow> {
  for (const r of catalog.resources) {
    if (shareStanding(r, definition) === 'listed') yield { resource: r, items: r.items.filter((i) => itemShare(r, i) !== 'none') };
  }
}

function* openRows(catalog: Catalog, definition: ListDefinition): Generator<ListRow> {
  for (const r of catalog.resources) {
    if (openStanding(r, definition) === 'listed') yield { resource: r, items: r.items.filter((i) => itemOpen(r, i) !== 'none') };
  }
}

function* negativeRows(catalog: Catalog): Generator<ListRow> {
  for (const r of catalog.resources) {
    const notShared = r.shareType === 'none';
    const notOpen = r.openType === 'none';
    if (notShared || notOpen) {
      yield {
        resource: r,
        items: r.items,
        shareType: r.shareType,
        openType: r.openType,
        ...(notShared ? { shareReason: r.shareCondition } : {}),
        ...(notOpen ? { notOpenReasons: r.notOpenReasons, notOpenNote: r.notOpenNote } : {}),
      };
    }
    for (const item of r.items) {
      const itemNotShared = !notShared && item.shareType === 'none';
      const itemNotOpen = !notOpen && item.openType === 'none';
      if (!itemNotShared && !itemNotOpen) continue;
      yield {
        resource: r,
        item,
        items: [item],
        shareType: itemShare(r, item),
        openType: itemOpen(r, item),
        ...(itemNotShared ? { shareReason: item.shareCondition } : {}),
      };
    }
  }
}

function* responsibilityRows(catalog: Catalog): Generator<ListRow> {
  for (const r of catalog.resources) yield { resource: r, items: r.items };
}

function* supplementaryRows(catalog: Catalog): Generator<ListRow> {
  for (const r of catalog.resources) if (r.supplementary === true) yield { resource: r, items: r.items };
}

function* needRows(catalog: Catalog): Generator<ListRow> {
  for (const need of catalog.needs ?? []) yield { need, items: [] };
}

export function listRows(catalog: Catalog, definition: ListDefinition): Iterable<ListRow> {
  const rows: Record<ListId, () => Iterable<ListRow>> = {
    shared: () => sharedRows(catalog, definition),
    open: () => openRows(catalog, definition),
    negative: () => negativeRows(catalog),
    responsibility: () => responsibilityRows(catalog),
    supplementary: () => supplementaryRows(catalog),
    needs: () => needRows(catalog),
  };
  return rows[definition.id]();
}

/** A basis part per legal basis, in order; a part a basis lacks is written as — so the three columns line up. */
const basisParts = (bases: readonly Basis[] | undefined, part: (b: Basis) => string | undefined) => (bases?.length ? bases.map((b) => part(b) || '—') : undefined);

/** What a row is about, for messages: the resource's code or name, or the data a need asks for. */
export function rowSubject(row: ListRow): string {
  return row.need ? (row.need.resourceName ?? row.need.items?.join('、') ?? '') : (row.resource.code ?? row.resource.name ?? '');
}

/** A row's raw value for a column field (encoded for the cell by the workbook's cell codec). */
export function rowValue(row: ListRow, seq: number, field: string): unknown {
  switch (field) {
    case 'seq':
      return seq;
    case 'scopeLabel':
      return (row.item ? SCOPE_LABELS.item : SCOPE_LABELS.resource).zh;
    case 'itemNames':
      return row.items.map((i) => i.name);
    case 'itemCount':
      return row.items.length;
    case 'basisTitles':
      return basisParts(row.resource?.shareBasis, (b) => b.title);
    case 'basisDocNos':
      return basisParts(row.resource?.shareBasis, (b) => b.docNo);
    case 'basisArticles':
      return basisParts(row.resource?.shareBasis, (b) => b.article);
    default:
      return getField(row, field);
  }
}
