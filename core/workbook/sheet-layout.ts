// Finding the sheets and their header rows by content, not by name: real files have title rows and merged group
// headers above the header, columns in any order, extra columns, and sheets called Sheet1 (or, read through an
// absolute relationship target, nothing useful at all). Each sheet's first rows are matched against the header
// spellings of assets/templates/columns.json.
import type { XlsxRow, SheetInfo } from '../xlsx/xlsx-reader.ts';
import { IGNORED_HEADERS, IMPORT_ONLY_COLUMNS, ITEM_COLUMNS, RESOURCE_COLUMNS, DEPARTMENT_FIELDS, type ColumnSpec } from './columns.ts';
import { headerKeys, normalizeHeader } from './header-text.ts';

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 30;
/** The marker in A1:B1 of Mulu's hidden metadata sheet. */
export const METADATA_MARKER = 'mulu.workbook';

export type HeaderDictionary = ReadonlyMap<string, ColumnSpec>;

function dictionary(...groups: (readonly ColumnSpec[])[]): HeaderDictionary {
  const map = new Map<string, ColumnSpec>();
  for (const columns of groups) {
    for (const c of columns) {
      // Earlier groups win a shared spelling: in the one-sheet national layout 共享类型 is the resource's.
      for (const spelling of [c.header.zh, c.header.en, ...(c.aliases ?? [])]) {
        const key = normalizeHeader(spelling);
        if (!map.has(key)) map.set(key, c);
      }
    }
  }
  return map;
}

const RESOURCE_DICTIONARY = dictionary(RESOURCE_COLUMNS, IMPORT_ONLY_COLUMNS);
const ITEM_DICTIONARY = dictionary(ITEM_COLUMNS);
const NATIONAL_DICTIONARY = dictionary(RESOURCE_COLUMNS, IMPORT_ONLY_COLUMNS, ITEM_COLUMNS.filter((c) => c.field !== 'resourceCode'));
const DEPARTMENT_DICTIONARY = dictionary(DEPARTMENT_FIELDS);
const IGNORED = new Set(IGNORED_HEADERS.map(normalizeHeader));

export interface HeaderLayout {
  /** 1-based rows that make up the header (one, or two for a merged group header). */
  rows: number[];
  /** First row after the header. */
  dataStart: number;
  /** 0-based column → the template column it holds. */
  columns: Map<number, ColumnSpec>;
  /** Header cells that name no template column (reported as W02). */
  unknown: { column: number; row: number; text: string }[];
}

export type TableRole = 'resources' | 'items' | 'national';

export interface TablePlan {
  sheet: SheetInfo;
  role: TableRole;
  header: HeaderLayout;
}

export interface WorkbookPlan {
  /** The 资源 sheet (two-sheet layout) or the one national sheet. */
  resources?: TablePlan;
  items?: TablePlan;
  /** 单位信息: label in one column, value in the next. */
  department?: { sheet: SheetInfo; rows: XlsxRow[] };
  metadata?: { sheet: SheetInfo; rows: XlsxRow[] };
}

function match(text: string | undefined, dict: HeaderDictionary): ColumnSpec | undefined {
  if (!text) return undefined;
  for (const key of headerKeys(text)) {
    const c = dict.get(key);
    if (c) return c;
  }
  return undefined;
}

function isHeaderOnly(row: XlsxRow, dict: HeaderDictionary): boolean {
  let matched = 0;
  for (const cell of row.cells) {
    if (!cell || cell.text.trim() === '') continue;
    if (match(cell.text, dict)) matched++;
    else if (!IGNORED.has(normalizeHeader(cell.text))) return false;
  }
  return matched > 0;
}

/** The header of a table sheet: the best-matching row, completed by a header-only row below or above it. */
export function findHeader(rows: readonly XlsxRow[], dict: HeaderDictionary): HeaderLayout | undefined {
  let best: XlsxRow | undefined;
  let bestScore = 0;
  for (const row of rows) {
    const seen = new Set<string>();
    for (const cell of row.cells) {
      const c = match(cell?.text, dict);
      if (c) seen.add(c.field);
    }
    if (seen.size > bestScore) [best, bestScore] = [row, seen.size];
  }
  if (!best) return undefined;
  const at = rows.indexOf(best);
  const header: XlsxRow[] = [best];
  const below = rows[at + 1];
  const above = rows[at - 1];
  if (below && below.number === best.number + 1 && isHeaderOnly(below, dict)) header.push(below);
  if (above && above.number === best.number - 1 && isHeaderOnly(above, dict)) header.unshift(above);

  const columns = new Map<number, ColumnSpec>();
  const used = new Set<string>();
  const texts = new Map<number, { row: number; text: string }>();
  // The best row first, then its neighbours fill the columns it leaves open (merged cells are blank below their top).
  for (const row of [best, ...header.filter((r) => r !== best)]) {
    row.cells.forEach((cell, column) => {
      if (!cell || cell.text.trim() === '' || columns.has(column)) return;
      const c = match(cell.text, dict);
      if (c && (!used.has(c.field) || c.repeatable)) {
        columns.set(column, c);
        used.add(c.field);
        texts.delete(column);
      } else if (!c && !texts.has(column) && !IGNORED.has(normalizeHeader(cell.text))) texts.set(column, { row: row.number, text: cell.text });
    });
  }
  const unknown = [...texts].filter(([column]) => !columns.has(column)).map(([column, t]) => ({ column, ...t }));
  const last = header[header.length - 1]!.number;
  return { rows: header.map((r) => r.number), dataStart: last + 1, columns, unknown };
}

function fields(layout: HeaderLayout | undefined): Set<string> {
  return new Set([...(layout?.columns.values() ?? [])].map((c) => c.field));
}

/** Decides which sheet is which from each sheet's first rows. Sheets that fit no role are left alone. */
export function planWorkbook(sniffed: readonly { sheet: SheetInfo; rows: XlsxRow[] }[]): WorkbookPlan {
  const plan: WorkbookPlan = {};
  const candidates: { role: TableRole; plan: TablePlan; score: number }[] = [];
  for (const { sheet, rows } of sniffed) {
    const first = rows[0]?.cells;
    if (first?.[0]?.text === 'format' && first[1]?.text === METADATA_MARKER) {
      plan.metadata = { sheet, rows };
      continue;
    }
    const national = findHeader(rows, NATIONAL_DICTIONARY);
    const nf = fields(national);
    // An items sheet that repeats the resource's name and code for readability is not the one-sheet layout.
    const resourceFields = [...nf].filter((f) => !f.startsWith('items.')).length;
    if (nf.has('name') && nf.has('items.name') && resourceFields >= 4) {
      candidates.push({ role: 'national', plan: { sheet, role: 'national', header: national! }, score: nf.size });
      continue;
    }
    const items = findHeader(rows, ITEM_DICTIONARY);
    const itf = fields(items);
    if (itf.has('items.name') && itf.has('resourceCode')) {
      candidates.push({ role: 'items', plan: { sheet, role: 'items', header: items! }, score: itf.size });
      continue;
    }
    const resources = findHeader(rows, RESOURCE_DICTIONARY);
    const rf = fields(resources);
    if (rf.has('name') && rf.size >= 3) {
      candidates.push({ role: 'resources', plan: { sheet, role: 'resources', header: resources! }, score: rf.size });
      continue;
    }
    if (departmentRows(rows) >= 2 && !plan.department) plan.department = { sheet, rows };
  }
  const best = (role: TableRole) => candidates.filter((c) => c.role === role).sort((a, b) => b.score - a.score)[0]?.plan;
  const resources = best('resources');
  const items = best('items');
  if (resources && items) return { ...plan, resources, items };
  const national = best('national');
  if (national) return { ...plan, resources: national };
  return { ...plan, ...(resources ? { resources } : {}), ...(items ? { items } : {}) };
}

/** Rows of a label/value sheet whose label names a department field. */
function departmentRows(rows: readonly XlsxRow[]): number {
  return rows.filter((r) => match(r.cells[0]?.text, DEPARTMENT_DICTIONARY)).length;
}

export function departmentField(label: string | undefined): ColumnSpec | undefined {
  return match(label, DEPARTMENT_DICTIONARY);
}
