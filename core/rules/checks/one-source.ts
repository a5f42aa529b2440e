// R28: 一数一源 — the same data is collected once. Two resources of different providers are flagged when
// their names are equal after normalisation and their item sets overlap, or when their item sets are
// identical (≥ 3 items) whatever they are called. Same-provider name clashes are R03's.
import type { Resource } from '../../model/catalog.ts';
import { normalizeName } from '../../text/normalize.ts';
import type { RuleCheck } from '../types.ts';

const MIN_OVERLAP = 0.5;
const MIN_ITEMS_FOR_SET_MATCH = 3;

function provider(r: Resource): string {
  return (r.providerCode ?? r.providerName ?? '').trim().toUpperCase();
}

function itemSet(r: Resource): Set<string> {
  const s = new Set<string>();
  for (const i of r.items) {
    const n = normalizeName(i.name);
    if (n) s.add(n);
  }
  return s;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / Math.min(a.size, b.size);
}

export const oneSource: RuleCheck = {
  id: 'R28',
  catalog(c, _ctx, emit) {
    const byName = new Map<string, number[]>();
    const bySet = new Map<string, number>();
    const sets: Set<string>[] = [];
    c.resources.forEach((r, i) => {
      const set = itemSet(r);
      sets[i] = set;
      const name = r.name ? normalizeName(r.name) : '';
      if (name) {
        const list = byName.get(name);
        if (list) list.push(i);
        else byName.set(name, [i]);
      }
      if (set.size >= MIN_ITEMS_FOR_SET_MATCH) {
        const key = [...set].sort().join('\u0001');
        const prev = bySet.get(key);
        if (prev === undefined) bySet.set(key, i);
        else if (provider(c.resources[prev]!) !== provider(r) && normalizeName(c.resources[prev]!.name ?? '') !== name) {
          const o = c.resources[prev]!;
          emit({ path: `resources[${i}].items`, resourceIndex: i, variant: 'sameItems', params: { name: r.name ?? '', other: prev + 1, otherName: o.name ?? '', otherProvider: o.providerName ?? '' } });
        }
      }
    });
    for (const list of byName.values()) {
      if (list.length < 2) continue;
      for (let k = 1; k < list.length; k++) {
        const i = list[k]!;
        const r = c.resources[i]!;
        for (let m = 0; m < k; m++) {
          const j = list[m]!;
          const o = c.resources[j]!;
          if (provider(o) === provider(r)) continue;
          const ov = overlap(sets[i]!, sets[j]!);
          if (ov < MIN_OVERLAP) continue;
          emit({
            path: `resources[${i}].name`,
            resourceIndex: i,
            variant: 'sameData',
            params: { name: r.name ?? '', other: j + 1, otherName: o.name ?? '', otherProvider: o.providerName ?? '', overlap: `${Math.round(ov * 100)}%` },
          });
          break;
        }
      }
    }
  },
};
