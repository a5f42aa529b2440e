// 一数一源 (Sixian Art. 16, Anhui Art. 16): the same data catalogued by two units. Two ways to be the same data:
//   - the same or nearly the same resource name (name-normalization.ts) with overlapping items — at least half the
//     items of the smaller resource; or
//   - exactly the same set of three or more items under different providers.
// The thresholds are those of the single-catalog rule R28 (core/rules/checks/one-source.ts), so a pair it would
// flag within one catalog is flagged here across units too.
// Resources are blocked by normalised name and by item signature, and only resources within one block are compared,
// so the work grows with the catalog, not with its square. Each group of connected resources spanning two units is
// one conflict; the groups also feed the share-type check (share-contradictions.ts).
import { crossUnitGroups, partyOf, providerKey, spansUnits, unitList, type AttributedResource } from './attributed-resource.ts';
import { newConflict, type Conflict } from './conflict.ts';
import { normalizeItemName, normalizeResourceName } from './name-normalization.ts';

const BY_NAME = {
  zh: '{units} 编目了名称相同或相近的资源（{names}），信息项重合 {overlap} 项（{sample}）',
  en: '{units} catalogue resources of the same or nearly the same name ({names}) with {overlap} items in common ({sample})',
};
const BY_ITEMS = {
  zh: '{units} 编目的资源信息项完全相同（{count} 项：{sample}），提供方不同',
  en: '{units} catalogue resources with exactly the same {count} items ({sample}) under different providers',
};
const SAMPLE = 5;
const MIN_ITEMS_FOR_SET_MATCH = 3;

interface Entry extends AttributedResource {
  items: Set<string>;
}

/** Resources judged to be the same data, spanning two or more units. */
export interface SameDataGroup {
  key: string;
  entries: AttributedResource[];
}

export function oneSourceConflicts(resources: readonly AttributedResource[]): { conflicts: Conflict[]; groups: SameDataGroup[] } {
  const entries: Entry[] = resources.map((r) => ({ ...r, items: new Set(r.resource.items.map((i) => normalizeItemName(i.name)).filter((n) => n !== '')) }));
  const conflicts: Conflict[] = [];
  const groups: SameDataGroup[] = [];
  const grouped = new Set<string>();

  for (const [name, block] of crossUnitGroups(entries, (e) => (e.resource.name ? normalizeResourceName(e.resource.name) : undefined))) {
    for (const component of overlapComponents(block)) {
      const common = commonItems(component);
      const key = `name:${name}`;
      for (const e of component) grouped.add(e.resource.id);
      groups.push({ key, entries: component });
      conflicts.push(
        newConflict('oneSource', key, component.map(partyOf), BY_NAME, {
          units: unitList(component),
          names: [...new Set(component.map((e) => `「${e.resource.name}」`))].join(''),
          overlap: common.length,
          sample: common.slice(0, SAMPLE).join('、'),
        }),
      );
    }
  }

  for (const [signature, block] of crossUnitGroups(entries, (e) => (e.items.size >= MIN_ITEMS_FOR_SET_MATCH ? [...e.items].sort().join('\u0001') : undefined))) {
    if (new Set(block.map(providerKey)).size < 2) continue;
    if (block.every((e) => grouped.has(e.resource.id))) continue; // already one group by name
    const items = signature.split('\u0001');
    const key = `items:${items.join('、')}`;
    groups.push({ key, entries: block });
    conflicts.push(newConflict('oneSource', key, block.map(partyOf), BY_ITEMS, { units: unitList(block), count: items.length, sample: items.slice(0, SAMPLE).join('、') }));
  }
  return { conflicts, groups };
}

/** Within one name block: resources of different units whose items overlap enough, joined into components. */
function overlapComponents(block: readonly Entry[]): Entry[][] {
  const parent = block.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < block.length; i++) {
    for (let j = i + 1; j < block.length; j++) {
      if (block[i]!.unit.uscc !== block[j]!.unit.uscc && overlaps(block[i]!.items, block[j]!.items)) parent[find(j)] = find(i);
    }
  }
  const components = new Map<number, Entry[]>();
  block.forEach((e, i) => {
    const root = find(i);
    const component = components.get(root);
    if (component) component.push(e);
    else components.set(root, [e]);
  });
  return [...components.values()].filter((c) => c.length > 1 && spansUnits(c));
}

function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const item of small) if (large.has(item)) shared++;
  return shared * 2 >= small.size;
}

/** Items every resource of the component has, in the first one's order. */
function commonItems(component: readonly Entry[]): string[] {
  return [...component[0]!.items].filter((item) => component.every((e) => e.items.has(item)));
}
