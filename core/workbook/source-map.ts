// Where each part of an imported catalog came from, so any finding (the workbook's own or the rule engine's) can
// name its cell: resources[12].items[3].dataType → 信息项!D57.
import type { CellLocation, Finding } from '../rules/types.ts';
import { cellLocation } from './workbook-findings.ts';

export interface SourceMap {
  /** The sheet the resources come from, and per resource its (first) 1-based row. */
  resourceSheet: string;
  resourceRows: number[];
  /** The sheet the items come from (the same one in the national layout), and per resource, per item, its row. */
  itemSheet: string;
  itemRows: number[][];
  /** Per sheet: column field (as in columns.json) → 0-based column. */
  columns: Map<string, Map<string, number>>;
  /** The 单位信息 sheet: field → 1-based row (values are in column B). */
  department?: { sheet: string; rows: Map<string, number> };
}

const RESOURCE_PATH = /^resources\[(\d+)\](?:\.items\[(\d+)\])?(?:\.(.*))?$/u;

/** Candidate column fields for a path below a resource or item, most specific first. */
function candidates(prefix: string, rest: string | undefined): string[] {
  if (!rest) return [];
  const parts = rest.replace(/\[\d+\]/gu, '').split('.');
  const out: string[] = [];
  for (let n = parts.length; n > 0; n--) out.push(prefix + parts.slice(0, n).join('.'));
  // A finding on the whole classification points at its first column.
  if (parts[0] === 'classification') out.push(`${prefix}classification.class`);
  return out;
}

export function locate(path: string, map: SourceMap): CellLocation | undefined {
  if (path.startsWith('department')) {
    const d = map.department;
    if (!d) return undefined;
    const field = [path, path.split('.').slice(0, 2).join('.')].find((f) => d.rows.has(f));
    return field ? cellLocation({ sheet: d.sheet, row: d.rows.get(field)!, column: 1 }) : undefined;
  }
  const m = RESOURCE_PATH.exec(path);
  if (!m) return undefined;
  const resource = Number(m[1]);
  const item = m[2] === undefined ? undefined : Number(m[2]);
  const sheet = item === undefined ? map.resourceSheet : map.itemSheet;
  const row = item === undefined ? map.resourceRows[resource] : map.itemRows[resource]?.[item];
  if (row === undefined) return undefined;
  const columns = map.columns.get(sheet);
  const field = candidates(item === undefined ? '' : 'items.', m[3]).find((f) => columns?.has(f));
  return cellLocation({ sheet, row, ...(field ? { column: columns!.get(field)! } : {}) });
}

/** Adds the cell to every finding that has none and can be placed. */
export function locateFindings(findings: Finding[], map: SourceMap): Finding[] {
  for (const f of findings) {
    if (f.location) continue;
    const where = locate(f.path, map);
    if (where) f.location = where;
  }
  return findings;
}
