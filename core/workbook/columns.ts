// The workbook template's sheets and columns, as data (assets/templates/columns.json): which catalog field each
// column holds, its header in both languages, how its value is written, and the header spellings real files use.
import data from '../../assets/templates/columns.json';
import type { LocalText } from '../i18n/text.ts';
import type { VocabularyName } from '../model/enums.ts';

export type ColumnKind =
  | 'text' // free text, written as is
  | 'code' // an identifier: always text, leading zeros kept
  | 'digits' // a fixed-width numeric code (类 1, 项 2, 目 3 digits): padded if a number lost its zeros
  | 'list' // several texts in one cell, separated by ；
  | 'vocab' // one value of a closed list, shown by its label
  | 'vocabList' // several values of a closed list
  | 'boolean' // 是 / 否
  | 'date' // YYYY-MM-DD
  | 'number'
  | 'integer'
  | 'basis' // legal bases: 《标题》（文号）条款【层级】, one per line
  | 'matters'; // related matters: 名称（事项编码：代码）

export interface ColumnSpec {
  /**
   * Path in the model: a resource field (`shareReview.status`), `items.<field>`, `department.<field>`, or the item
   * sheet's join columns `resourceCode` and `resourceId` (the resource's hidden internal id, exact even when codes repeat).
   */
  field: string;
  header: LocalText;
  kind: ColumnKind;
  width: number;
  aliases?: string[];
  digits?: number;
  vocabulary?: VocabularyName;
  wrap?: boolean;
  hidden?: boolean;
}

export type SheetRole = 'resources' | 'items' | 'department' | 'dictionary' | 'instructions' | 'metadata';

const spec = data as unknown as {
  sheets: Record<SheetRole, LocalText>;
  ignoredHeaders: string[];
  resourceColumns: ColumnSpec[];
  itemColumns: ColumnSpec[];
  departmentFields: ColumnSpec[];
  importOnly: ColumnSpec[];
};

/** Sheet names Mulu writes (Chinese; imports find sheets by their content, not by these names). */
export const SHEET_NAMES: Readonly<Record<SheetRole, LocalText>> = spec.sheets;
export const RESOURCE_COLUMNS: readonly ColumnSpec[] = spec.resourceColumns;
/** The 信息项 sheet: the join column `resourceCode`, the item fields, and the hidden join column `resourceId`. */
export const ITEM_COLUMNS: readonly ColumnSpec[] = spec.itemColumns;
/** Rows of the 单位信息 sheet (label in column A, value in column B). */
export const DEPARTMENT_FIELDS: readonly ColumnSpec[] = spec.departmentFields;
/** Columns of the national template that Mulu reads but does not write (是否向社会开放). */
export const IMPORT_ONLY_COLUMNS: readonly ColumnSpec[] = spec.importOnly;
/** Headers recognised and skipped without a notice: row numbers. */
export const IGNORED_HEADERS: readonly string[] = spec.ignoredHeaders;

/** The field a finding path points at, as a column field: resources[3].items[2].dataType → items.dataType. */
export function columnFieldOfPath(path: string): string {
  return path.replace(/^resources\[\d+\]\./, '').replace(/\[\d+\]/g, '');
}

/** The Chinese header of a column field, for messages that name a column. */
export function columnHeader(field: string): string {
  return [...RESOURCE_COLUMNS, ...ITEM_COLUMNS, ...IMPORT_ONLY_COLUMNS].find((c) => c.field === field)?.header.zh ?? field;
}
