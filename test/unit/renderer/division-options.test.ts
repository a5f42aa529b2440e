// The bundled division table as the wizard's cascader: every division reachable, in code order, found by name
// or code.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDivisionTable, type DivisionTable } from '../../../core/codes/division.ts';
import { compareDivisionMatches, divisionOptions, divisionPath, matchesDivision, type DivisionOption } from '../../../renderer/first-run/division-options.ts';

let table: DivisionTable;
let options: DivisionOption[];

beforeAll(async () => {
  table = await loadDivisionTable();
  options = divisionOptions(table);
});

/** The options along a code's path, as the cascader would hand them to the search filter. */
function pathOf(code: string): DivisionOption[] {
  const path: DivisionOption[] = [];
  let level: DivisionOption[] | undefined = options;
  for (const value of divisionPath(code)) {
    const option: DivisionOption | undefined = level?.find((o) => o.value === value);
    if (!option) throw new Error(`no option ${value}`);
    path.push(option);
    level = option.children;
  }
  return path;
}

describe('division options', () => {
  it('hold every province, prefecture, county and township once', () => {
    const count = (list: DivisionOption[], depth: number, into: number[]) => {
      into[depth] = (into[depth] ?? 0) + list.length;
      for (const o of list) if (o.children) count(o.children, depth + 1, into);
      return into;
    };
    const townships = Object.values(table.townships).reduce((n, t) => n + Object.keys(t).length, 0);
    expect(count(options, 0, [])).toEqual([
      Object.keys(table.provinces).length,
      Object.keys(table.prefectures).length,
      Object.keys(table.counties).length,
      townships,
    ]);
  });

  it('name the path of a township', () => {
    expect(divisionPath('341324100')).toEqual(['34', '3413', '341324', '341324100']);
    expect(divisionPath('341324')).toEqual(['34', '3413', '341324']);
    expect(pathOf('341324').map((o) => o.label)).toEqual(['安徽省', '宿州市', '泗县']);
  });

  it('order townships by code, though JavaScript puts "100" before "001" in an object', () => {
    const towns = pathOf('341324').at(-1)!.children!.map((o) => o.value);
    expect(towns).toEqual([...towns].sort());
    expect(towns[0]).toBe('341324001');
  });

  it('find by name anywhere on the path, or by code prefix', () => {
    expect(matchesDivision('泗县', pathOf('341324'))).toBe(true);
    expect(matchesDivision('宿州', pathOf('341324'))).toBe(true);
    expect(matchesDivision('3413', pathOf('341324'))).toBe(true);
    expect(matchesDivision('3414', pathOf('341324'))).toBe(false);
    expect(matchesDivision('灵璧', pathOf('341324'))).toBe(false);
    expect(matchesDivision('  ', pathOf('341324'))).toBe(false);
  });

  it('rank what a name finds by where the name stands: 泗县 itself first, 嵊泗县 after the names that begin with 泗县', () => {
    const all: DivisionOption[][] = [];
    const walk = (list: DivisionOption[], above: DivisionOption[]) => {
      for (const o of list) {
        const path = [...above, o];
        all.push(path);
        if (o.children) walk(o.children, path);
      }
    };
    walk(options, []);
    const found = all.filter((path) => matchesDivision('泗县', path)).sort((a, b) => compareDivisionMatches(a, b, '泗县'));
    const codes = found.map((path) => path.at(-1)!.value);
    const labels = found.map((path) => path.at(-1)!.label);
    expect(codes[0]).toBe('341324');
    // Names that begin with it (泗县开发区管委会…) come before 嵊泗县, and names that do not hold it (the towns of
    // both, found through their county) after it.
    const shengsi = codes.indexOf('330922');
    expect(labels.slice(1, shengsi).every((label) => label.startsWith('泗县'))).toBe(true);
    expect(labels.slice(shengsi + 1).every((label) => label.indexOf('泗县') !== 0)).toBe(true);
    expect(labels.slice(shengsi + 1).some((label) => !label.includes('泗县'))).toBe(true);
    // Digits keep code order.
    const byCode = all.filter((path) => matchesDivision('3413', path)).sort((a, b) => compareDivisionMatches(a, b, '3413'));
    expect(byCode.map((path) => path.at(-1)!.value)).toEqual(byCode.map((path) => path.at(-1)!.value).sort());
  });
});
