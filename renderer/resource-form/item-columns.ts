// The data-item grid's columns: the 信息项 columns of the workbook template (core/workbook/columns.ts), read and
// written with the same cell codec as an import, so a value typed or pasted into the grid means exactly what it
// would in a workbook (字符型C, C and character are all C; 是/否; full-width digits).
import type { DataItem } from '../../core/model/catalog.ts';
import { CellProblem, decodeCell, encodeValue } from '../../core/workbook/cell-codec.ts';
import { ITEM_COLUMNS, type ColumnSpec } from '../../core/workbook/columns.ts';
import { normalizeHeader } from '../../core/workbook/header-text.ts';
import type { VocabularyLabels } from '../../core/workbook/vocabulary-labels.ts';

export type ItemField = keyof DataItem;

export interface GridColumn {
  field: ItemField;
  spec: ColumnSpec;
}

const ITEM_PREFIX = 'items.';

/** The item fields in template order (the join columns resourceCode and resourceId are not the clerk's to type). */
export const GRID_COLUMNS: readonly GridColumn[] = ITEM_COLUMNS.filter((c) => c.field.startsWith(ITEM_PREFIX)).map((spec) => ({
  field: spec.field.slice(ITEM_PREFIX.length) as ItemField,
  spec,
}));

export const gridColumnIndex = (field: string): number => GRID_COLUMNS.findIndex((c) => c.field === field);

/** The text a cell shows and starts editing from: the label a workbook would carry. */
export function cellText(column: GridColumn, item: DataItem, labels: VocabularyLabels): string {
  const value = encodeValue(column.spec, item[column.field], labels);
  return value === undefined ? '' : String(value);
}

export type CellInput = { ok: true; value: DataItem[ItemField] | undefined } | { ok: false; problem: CellProblem };

/**
 * What typed or pasted text means in a column; blank clears the cell. A closed-list column also takes the start of
 * one label (字符 → 字符型C) when no other label starts the same way.
 */
export function readCellText(column: GridColumn, text: string, labels: VocabularyLabels): CellInput {
  const decoded = decodeCell(column.spec, { kind: 'text', text, formula: false }, { labels, date1904: false });
  if (decoded instanceof CellProblem) {
    const guess = column.spec.kind === 'vocab' ? uniqueLabelStart(column, text, labels) : undefined;
    return guess === undefined ? { ok: false, problem: decoded } : { ok: true, value: guess as DataItem[ItemField] };
  }
  return { ok: true, value: decoded as DataItem[ItemField] | undefined };
}

function uniqueLabelStart(column: GridColumn, text: string, labels: VocabularyLabels): string | undefined {
  const typed = normalizeHeader(text);
  if (!typed) return undefined;
  const vocabulary = column.spec.vocabulary!;
  const starting = labels.labels(vocabulary).filter((label) => normalizeHeader(label).startsWith(typed));
  return starting.length === 1 ? labels.keyOf(vocabulary, starting[0]!) : undefined;
}

/** The labels a closed-list column offers while the clerk types (all of them for blank text). */
export function cellChoices(column: GridColumn, text: string, labels: VocabularyLabels): string[] {
  if (column.spec.kind === 'boolean') return ['是', '否'];
  if (column.spec.kind !== 'vocab') return [];
  const typed = normalizeHeader(text);
  const all = labels.labels(column.spec.vocabulary!);
  return typed ? all.filter((label) => normalizeHeader(label).includes(typed)) : all;
}

/** The item with one field set; the name stays a string (the model requires one), other blanks are removed. */
export function withCell(item: DataItem, field: ItemField, value: DataItem[ItemField] | undefined): DataItem {
  if (field === 'name') return { ...item, name: (value as string | undefined) ?? '' };
  const next = { ...item, [field]: value };
  if (value === undefined) delete next[field];
  return next;
}
