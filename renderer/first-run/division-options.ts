// The bundled division table as cascader options: province → prefecture → county → township, each value the full
// code (2, 4, 6, 9 digits), so the picked value is the last code of the path.
import type { DivisionTable } from '../../core/codes/division.ts';

export interface DivisionOption {
  value: string;
  label: string;
  children?: DivisionOption[];
}

// Keys are sorted explicitly: JavaScript orders integer-like keys ("100") before others ("001").
const sortedEntries = (record: Readonly<Record<string, string>>) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** Children grouped under the parent code their own code starts with. */
function groupByParent(record: Readonly<Record<string, string>>, parentLength: number, childrenOf: (code: string) => DivisionOption[] | undefined) {
  const groups = new Map<string, DivisionOption[]>();
  for (const [code, label] of sortedEntries(record)) {
    const parent = code.slice(0, parentLength);
    const children = childrenOf(code);
    const option: DivisionOption = children ? { value: code, label, children } : { value: code, label };
    const group = groups.get(parent);
    if (group) group.push(option);
    else groups.set(parent, [option]);
  }
  return groups;
}

export function divisionOptions(table: DivisionTable): DivisionOption[] {
  const townships = (county: string) => {
    const towns = table.townships[county];
    return towns && sortedEntries(towns).map(([suffix, label]) => ({ value: county + suffix, label }));
  };
  const counties = groupByParent(table.counties, 4, townships);
  const prefectures = groupByParent(table.prefectures, 2, (code) => counties.get(code));
  return sortedEntries(table.provinces).map(([code, label]) => ({ value: code, label, children: prefectures.get(code) ?? [] }));
}

/** The cascader path of a code: '341324100' → ['34', '3413', '341324', '341324100']. */
export function divisionPath(code: string): string[] {
  return [2, 4, 6, 9].filter((length) => code.length >= length).map((length) => code.slice(0, length));
}

/** Search: digits find codes by prefix, anything else finds names anywhere along the path. */
export function matchesDivision(input: string, path: readonly DivisionOption[]): boolean {
  const query = input.trim();
  const last = path[path.length - 1];
  if (!query || !last) return false;
  if (/^\d+$/.test(query)) return last.value.startsWith(query);
  return path.some((option) => option.label.includes(query));
}

/**
 * How well a found path answers the typed name, smaller first: the division itself named rather than one above it,
 * the whole name before a name that contains it, the earlier the typed text stands in the name the better (泗县
 * before 嵊泗县), a county before its townships, then code order.
 */
function matchRank(path: readonly DivisionOption[], query: string): number[] {
  const last = path[path.length - 1]!;
  const at = last.label.indexOf(query);
  return [at < 0 ? 1 : 0, last.label === query ? 0 : 1, at < 0 ? 0 : at, path.length];
}

/** Orders search results (antd's showSearch.sort); codes typed as digits keep code order. */
export function compareDivisionMatches(a: readonly DivisionOption[], b: readonly DivisionOption[], input: string): number {
  const query = input.trim();
  if (!/^\d+$/.test(query)) {
    const [ra, rb] = [matchRank(a, query), matchRank(b, query)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
  }
  const [ca, cb] = [a[a.length - 1]?.value ?? '', b[b.length - 1]?.value ?? ''];
  return ca < cb ? -1 : ca > cb ? 1 : 0;
}
