// The bundled division table as the wizard's cascader: every division reachable, in code order, found by name
// or code.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDivisionTable, type DivisionTable } from '../../../core/codes/division.ts';
import { divisionOptions, divisionPath, matchesDivision, type DivisionOption } from '../../../renderer/first-run/division-options.ts';

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
});
