// 行政区划代码: 6-digit county (GB/T 2260) and 9-digit township (GB/T 10114) codes, checked against the
// bundled table (assets/divisions/divisions.json). The table holds statistical codes, which lag and lead
// the official list, so an unknown code is a warning, never an error.

export interface DivisionTable {
  source: string;
  provinces: Record<string, string>;
  prefectures: Record<string, string>;
  counties: Record<string, string>;
  townships: Record<string, Record<string, string>>;
}

export type DivisionLevel = 'county' | 'township';

export interface DivisionLookup {
  level?: DivisionLevel;
  /** 省 / 地 / 县 (/ 乡) names, outermost first, when known. */
  names: string[];
  problem?: 'format' | 'unknown';
}

export function checkDivisionCode(code: string, table: DivisionTable): DivisionLookup {
  if (!/^\d{6}(\d{3})?$/.test(code)) return { names: [], problem: 'format' };
  const county = code.slice(0, 6);
  const level: DivisionLevel = code.length === 6 ? 'county' : 'township';
  const names = [table.provinces[code.slice(0, 2)], table.prefectures[code.slice(0, 4)], table.counties[county]].filter(
    (n): n is string => n !== undefined,
  );
  if (table.counties[county] === undefined) return { level, names, problem: 'unknown' };
  if (level === 'township') {
    const town = table.townships[county]?.[code.slice(6)];
    if (town === undefined) return { level, names, problem: 'unknown' };
    names.push(town);
  }
  return { level, names };
}

/** Loaded on demand: the table is large and only some screens and rules need it. */
export async function loadDivisionTable(): Promise<DivisionTable> {
  const mod = await import('../../assets/divisions/divisions.json');
  return (mod.default ?? mod) as DivisionTable;
}
