// Rows pasted into the item grid. Without a header the pasted columns fill the grid's columns from the focused
// one rightwards; when the first pasted row is a header (copied from a workbook with its header row), each column
// goes to the field its header names, in any order, as an import would read it. Rows beyond the end add items.
import type { DataItem } from '../../core/model/catalog.ts';
import type { DecodeProblem } from '../../core/workbook/cell-codec.ts';
import { ITEM_COLUMNS, type ColumnSpec } from '../../core/workbook/columns.ts';
import { normalizeHeader } from '../../core/workbook/header-text.ts';
import { findHeader } from '../../core/workbook/sheet-layout.ts';
import type { VocabularyLabels } from '../../core/workbook/vocabulary-labels.ts';
import type { TemplateParam } from '../../core/i18n/text.ts';
import { GRID_COLUMNS, readCellText, withCell, type GridColumn } from './item-columns.ts';
import { blankItem } from './resource-draft.ts';

export interface PasteProblem {
  /** Item index (0-based) and the column whose cell was left as it was. */
  row: number;
  field: GridColumn['field'];
  problem: DecodeProblem;
  params: Record<string, TemplateParam>;
}

export interface PasteResult {
  items: DataItem[];
  /** Item rows written: first and last index. */
  first: number;
  last: number;
  /** The first pasted row named the columns and was not pasted as data. */
  header: boolean;
  /** Pasted columns that fit no grid column (past the last one, or a header naming no item field). */
  droppedColumns: number;
  problems: PasteProblem[];
}

const HEADER_DICTIONARY: ReadonlyMap<string, ColumnSpec> = new Map(
  ITEM_COLUMNS.flatMap((c) => [c.header.zh, c.header.en, ...(c.aliases ?? [])].map((spelling) => [normalizeHeader(spelling), c] as const)).reverse(),
);

/** Grid columns by pasted column, from a header row (two or more item headers), or undefined. */
export function headerColumns(row: readonly string[]): (GridColumn | undefined)[] | undefined {
  const layout = findHeader([{ number: 1, hidden: false, cells: row.map((text) => ({ kind: 'text', text, formula: false })) }], HEADER_DICTIONARY);
  if (!layout) return undefined;
  const mapped = row.map((_, i) => GRID_COLUMNS.find((g) => g.spec === layout.columns.get(i)));
  return mapped.filter(Boolean).length >= 2 ? mapped : undefined;
}

/** Writes `rows` into `items` from the cell at (row, column), growing the list as needed. */
export function pasteIntoItems(items: readonly DataItem[], rows: readonly (readonly string[])[], at: { row: number; column: number }, labels: VocabularyLabels): PasteResult {
  const byHeader = rows.length > 1 ? headerColumns(rows[0]!) : undefined;
  const data = byHeader ? rows.slice(1) : rows;
  const width = Math.max(0, ...data.map((r) => r.length));
  const columns = byHeader ?? Array.from({ length: width }, (_, i) => GRID_COLUMNS[at.column + i]);
  const next = items.slice();
  const problems: PasteProblem[] = [];
  data.forEach((cells, r) => {
    const index = at.row + r;
    let item = next[index] ?? blankItem();
    cells.forEach((text, c) => {
      const column = columns[c];
      if (!column) return;
      const input = readCellText(column, text, labels);
      if (input.ok) item = withCell(item, column.field, input.value);
      else problems.push({ row: index, field: column.field, problem: input.problem.problem, params: input.problem.params });
    });
    while (next.length < index) next.push(blankItem());
    next[index] = item;
  });
  const droppedColumns = Array.from({ length: width }, (_, i) => columns[i]).filter((c) => !c).length;
  return { items: next, first: at.row, last: at.row + data.length - 1, header: byHeader !== undefined, droppedColumns, problems };
}
