// R28: 一数一源 — the same data is collected once. Two resources of different providers are flagged when
// their names are equal after normalisation and their item sets overlap, or when their item sets are
// identical (≥ 3 items) whatever they are called. Same-provider name clashes are R03's.
import type { Resource } from '../../model/catalog.ts';
import { normalizeName } from '../../text/normalize.ts';
import { normalizedItemNames, providerKeys } from '../derived.ts';
import type { RuleCheck } from '../types.ts';

const MIN_OVERLAP = 0.5;
const MIN_ITEMS_FOR_SET_MATCH = 3;

function itemSet(r: Resource): Set<string> {
  const s = new Set(normalizedItemNames(r));
  s.delete('');
  return s;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / Math.min(a.size, b.size);
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

// Order-independent fingerprint of an item set: the sum of two per-name hashes. Sorting and joining
// every resource's item names was the costliest step of whole-catalog validation; equal fingerprints
// are confirmed by comparing the sets themselves.
const nameHashes = new Map<string, number>();
function nameHash(n: string): number {
  let h = nameHashes.get(n);
  if (h === undefined) {
    h = 0x811c9dc5;
    for (let i = 0; i < n.length; i++) h = Math.imul(h ^ n.charCodeAt(i), 0x01000193) >>> 0;
    if (nameHashes.size > 200_000) nameHashes.clear();
    nameHashes.set(n, h);
  }
  return h;
}

function fingerprint(r: Resource): string | undefined {
  if (r.items.length < MIN_ITEMS_FOR_SET_MATCH) return undefined;
  // Repeated names within a resource (R12's business) make the fingerprint differ: a rare miss, not a false match.
  let a = 0;
  let b = 0;
  let count = 0;
  for (const n of normalizedItemNames(r)) {
    if (!n) continue;
    count++;
    const h = nameHash(n);
    a = (a + h) >>> 0;
    b = (b + Math.imul(h, h | 1)) >>> 0;
  }
  return count >= MIN_ITEMS_FOR_SET_MATCH ? `${count}:${a}:${b}` : undefined;
}

export const oneSource: RuleCheck = {
  id: 'R28',
  catalog(c, _ctx, emit) {
    const rs = c.resources;
    const providers = providerKeys(c);
    // Most names and fingerprints occur once: store the index, and make a list only on a repeat.
    const byName = new Map<string, number | number[]>();
    const byFingerprint = new Map<string, number | number[]>();
    const flagged = new Set<number>();
    const add = (map: Map<string, number | number[]>, key: string, i: number): number[] | undefined => {
      const prev = map.get(key);
      if (prev === undefined) {
        map.set(key, i);
        return undefined;
      }
      const list = typeof prev === 'number' ? [prev, i] : (prev.push(i), prev);
      map.set(key, list);
      return list;
    };
    rs.forEach((r, i) => {
      const name = r.name ? normalizeName(r.name) : '';
      if (name) add(byName, name, i);
      const fp = fingerprint(r);
      const list = fp ? add(byFingerprint, fp, i) : undefined;
      if (!list) return;
      const mine = itemSet(r);
      for (const j of list) {
        if (j === i) continue;
        const o = rs[j]!;
        if (providers[j] === providers[i] || normalizeName(o.name ?? '') === name || !sameSet(mine, itemSet(o))) continue;
        flagged.add(i);
        emit({ path: `resources[${i}].items`, resourceIndex: i, variant: 'sameItems', params: { name: r.name ?? '', other: j + 1, otherName: o.name ?? '', otherProvider: o.providerName ?? '' } });
        break;
      }
    });
    for (const list of byName.values()) {
      if (typeof list === 'number') continue;
      const sets = new Map<number, Set<string>>();
      const setOf = (k: number) => sets.get(k) ?? sets.set(k, itemSet(rs[k]!)).get(k)!;
      for (let k = 1; k < list.length; k++) {
        const i = list[k]!;
        if (flagged.has(i)) continue;
        const r = rs[i]!;
        for (let m = 0; m < k; m++) {
          const j = list[m]!;
          const o = rs[j]!;
          if (providers[j] === providers[i]) continue;
          const ov = overlap(setOf(i), setOf(j));
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
