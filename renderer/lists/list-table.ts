// A list as the 清单 section shows it: each row's cells as text (the same text the CSV export writes, in the
// profile's wording), and the filter over them. Pure, so the section's counting and filtering are unit-tested.
import type { Catalog } from '../../core/model/catalog.ts';
import type { ListDefinition } from '../../core/lists/list-definitions.ts';
import { listRows, rowValue } from '../../core/lists/list-rows.ts';
import { csvText } from '../../core/workbook/export-csv.ts';
import type { VocabularyLabels } from '../../core/workbook/vocabulary-labels.ts';

export interface ListTableRow {
  /** The 序号 the exports give the row. */
  seq: number;
  /** 负面清单: a row about one data item rather than a whole resource. */
  itemScope: boolean;
  cells: string[];
}

export function listTableRows(catalog: Catalog, definition: ListDefinition, labels: VocabularyLabels): ListTableRow[] {
  const out: ListTableRow[] = [];
  let seq = 0;
  for (const row of listRows(catalog, definition)) {
    seq++;
    out.push({ seq, itemScope: row.item !== undefined, cells: definition.columns.map((c) => csvText(c, rowValue(row, seq, c.field), labels)) });
  }
  return out;
}

export type ScopeFilter = 'all' | 'resource' | 'item';

/** Rows whose cells contain `text` (any column, case-insensitive), in the scope asked for. */
export function filterListRows(rows: readonly ListTableRow[], text: string, scope: ScopeFilter = 'all'): ListTableRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter((r) => (scope === 'all' || r.itemScope === (scope === 'item')) && (!needle || r.cells.some((c) => c.toLowerCase().includes(needle))));
}
