// The workbook template's sheets and columns, as data (assets/templates/columns.json): which catalog field each
// column holds, its header in both languages, how its value is written, and the header spellings real files use.
import data from '../../assets/templates/columns.json';
import type { LocalText } from '../i18n/text.ts';
import { checkedAsset } from '../model/checked-asset.ts';
import { ColumnsAssetSchema, type ColumnSpec, type NotColumn, type SheetRole } from './columns-schema.ts';

export type { ColumnKind, ColumnSpec, SheetRole } from './columns-schema.ts';

const spec = checkedAsset(ColumnsAssetSchema, data, 'assets/templates/columns.json');

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
/** Model fields with no column, each with its reason. */
export const NOT_COLUMNS: readonly NotColumn[] = spec.notColumns;

/** The field a finding path points at, as a column field: resources[3].items[2].dataType → items.dataType. */
export function columnFieldOfPath(path: string): string {
  return path.replace(/^resources\[\d+\]\./, '').replace(/\[\d+\]/g, '');
}

/** The Chinese header of a column field, for messages that name a column. */
export function columnHeader(field: string): string {
  return [...RESOURCE_COLUMNS, ...ITEM_COLUMNS, ...IMPORT_ONLY_COLUMNS].find((c) => c.field === field)?.header.zh ?? field;
}
