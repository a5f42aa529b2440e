// Writing a catalog as Mulu's workbook template: 资源 and 信息项 sheets with bilingual headers marked 必填/选填
// (from the rule engine's mandatory fields and the profile's required content), drop-downs fed by a hidden,
// protected 字典 sheet (one range rule per column), frozen headers, widths; 单位信息, 填写说明, and a hidden
// `_mulu` sheet with what has no column (profile, catalog version, code high-water marks). An empty catalog gives
// the blank template. Rows stream straight into the writer, so a county catalog never sits in memory twice.
import data from '../../assets/templates/instructions.json';
import { checkedAsset } from '../model/checked-asset.ts';
import { InstructionsAssetSchema } from './instructions-schema.ts';
import { RefusalError } from '../i18n/refusal.ts';
import { fillLocal, type LocalText } from '../i18n/text.ts';
import type { Catalog, DataItem, Resource } from '../model/catalog.ts';
import type { VocabularyName } from '../model/enums.ts';
import type { Profile } from '../profiles/profile.ts';
import { CONDITIONAL_FIELDS, NATIONAL_FIELDS } from '../rules/checks/required-fields.ts';
import { columnLetters, quoteSheetName } from '../xlsx/cell-address.ts';
import { createXlsxWriter, MAX_CELL_TEXT, writeXlsx, type CellInput, type ListValidation, type SheetWriter, type XlsxWriter } from '../xlsx/xlsx-writer.ts';
import { encodeValue } from './cell-codec.ts';
import { DEPARTMENT_FIELDS, ITEM_COLUMNS, RESOURCE_COLUMNS, SHEET_NAMES, type ColumnSpec } from './columns.ts';
import { fieldBelow, getField } from './field-path.ts';
import { METADATA_MARKER } from './sheet-layout.ts';
import { vocabularyLabels, type VocabularyLabels } from './vocabulary-labels.ts';
import { baseStyleOf, styleName, workbookStyles } from './workbook-styles.ts';

const instructions = checkedAsset(InstructionsAssetSchema, data, 'assets/templates/instructions.json');

export interface ExportOptions {
  profile: Profile;
  /** 0–1, called every few hundred resources. */
  onProgress?: (fraction: number) => void;
}

/**
 * Drop-downs cover the rows written plus this many blank rows for clerks to add to. Not the whole column: readers
 * such as exceljs expand a range into one rule per cell, and a million rows per column would stall them.
 */
const SPARE_ROWS = 10_000;
const PROGRESS_EVERY = 500;
const BOOLEAN_LIST = ['是', '否'];

/**
 * Deflate level for Mulu's workbooks: fflate's level 6 spends most of a county export compressing; level 3 halves
 * the time for files about 4 % larger (measured on 420,000 rows).
 */
const DEFLATE_LEVEL = 3;

/** A writer with Mulu's styles, for exports, templates and annotated copies. */
export function createWorkbookWriter(onData: (chunk: Uint8Array, final: boolean) => void): XlsxWriter {
  return createXlsxWriter({ styles: workbookStyles(), level: DEFLATE_LEVEL, onData });
}

/** The catalog as a complete .xlsx file. */
export function exportWorkbook(catalog: Catalog, options: ExportOptions): Uint8Array {
  return writeXlsx((writer) => writeCatalogSheets(writer, catalog, options), { styles: workbookStyles(), level: DEFLATE_LEVEL });
}

/** A value too long for one cell (Excel's limit): the export stops and says which resource and field. */
export class CellTooLongError extends RefusalError<'cellTooLong'> {
  constructor(
    readonly where: string,
    readonly length: number,
  ) {
    super('cellTooLong', {
      zh: `${where}：内容有 ${length} 个字符，超过 Excel 单元格上限 ${MAX_CELL_TEXT}，无法导出。请缩短后再导出。`,
      en: `${where}: ${length} characters exceed Excel's cell limit of ${MAX_CELL_TEXT}; nothing was exported. Shorten it and export again.`,
    });
  }
}

/** Writes every sheet into `writer` (created with workbookStyles()); the caller finishes it. */
export function writeCatalogSheets(writer: XlsxWriter, catalog: Catalog, options: ExportOptions): void {
  const labels = vocabularyLabels(options.profile);
  const required = requiredFields(options.profile);
  const dictionary = dictionaryColumns();

  const resources = writer.addSheet({
    name: SHEET_NAMES.resources.zh,
    columns: RESOURCE_COLUMNS.map(columnLook),
    freeze: { rows: 1, columns: 2 },
    validations: validations(RESOURCE_COLUMNS, dictionary, catalog.resources.length + 1 + SPARE_ROWS),
    autoFilter: `A1:${columnLetters(RESOURCE_COLUMNS.length - 1)}1`,
  });
  resources.addRow(headerRow(RESOURCE_COLUMNS, required), { height: 42 });
  const total = catalog.resources.length;
  for (const [i, r] of catalog.resources.entries()) {
    resources.addRow(RESOURCE_COLUMNS.map((c) => cell(c, getField(r, c.field), labels, r.code ?? r.name ?? '')));
    if (i % PROGRESS_EVERY === 0) options.onProgress?.((i / total) * 0.4);
  }

  const items = writer.addSheet({
    name: SHEET_NAMES.items.zh,
    columns: ITEM_COLUMNS.map(columnLook),
    freeze: { rows: 1, columns: 2 },
    validations: validations(ITEM_COLUMNS, dictionary, itemCount(catalog) + 1 + SPARE_ROWS),
    autoFilter: `A1:${columnLetters(ITEM_COLUMNS.length - 1)}1`,
  });
  items.addRow(headerRow(ITEM_COLUMNS, required), { height: 42 });
  for (const [i, r] of catalog.resources.entries()) {
    for (const item of r.items) {
      items.addRow(ITEM_COLUMNS.map((c) => cell(c, itemCellValue(c, r, item), labels, `${r.code ?? r.name ?? ''} ${item.name}`)));
    }
    if (i % PROGRESS_EVERY === 0) options.onProgress?.(0.4 + (i / total) * 0.55);
  }

  writeDepartment(writer.addSheet({ name: SHEET_NAMES.department.zh, columns: [{ width: 22 }, { width: 40, style: 'code' }] }), catalog, labels);
  writeInstructions(writer.addSheet({ name: SHEET_NAMES.instructions.zh, columns: [{ width: 10 }, { width: 30 }, { width: 10 }, { width: 80, style: 'wrap' }] }), labels, required);
  writeDictionary(writer, dictionary, labels);
  writeMetadata(writer.addSheet({ name: SHEET_NAMES.metadata.zh, state: 'veryHidden' }), catalog);
  options.onProgress?.(1);
}

/** An item row's value for a column: the item's field, or its resource's code or id in the join columns. */
export function itemCellValue(column: ColumnSpec, resource: Resource, item: DataItem): unknown {
  if (column.field === 'resourceCode') return resource.code;
  if (column.field === 'resourceId') return resource.id;
  return getField(item, fieldBelow('items', column.field));
}

/** Fields the rule engine requires under this profile: national mandatory metadata plus the profile's own. */
export function requiredFields(profile: Profile): Set<string> {
  const fields = new Set<string>([...NATIONAL_FIELDS, ...CONDITIONAL_FIELDS, ...profile.requiredContent.keys(), 'resourceCode', 'items.name', 'items.dataType']);
  if (fields.has('classification')) for (const part of ['class', 'item', 'catalog']) fields.add(`classification.${part}`);
  return fields;
}

function columnLook(c: ColumnSpec) {
  return { width: c.width, style: baseStyleOf(c), ...(c.hidden ? { hidden: true } : {}) };
}

function headerRow(columns: readonly ColumnSpec[], required: Set<string>): CellInput[] {
  return columns.map((c) => {
    const mark = required.has(c.field) ? instructions.required : instructions.optional;
    return { value: `${c.header.zh}（${mark.zh}）\n${c.header.en} (${mark.en})`, style: required.has(c.field) ? 'headerRequired' : 'headerOptional' };
  });
}

function cell(column: ColumnSpec, value: unknown, labels: VocabularyLabels, where = ''): CellInput {
  const encoded = encodeValue(column, value, labels);
  if (encoded === undefined) return undefined;
  if (typeof encoded === 'string' && encoded.length > MAX_CELL_TEXT) throw new CellTooLongError(`${where}「${column.header.zh}」`, encoded.length);
  return { value: encoded, style: styleName(baseStyleOf(column), encoded) };
}

type ListName = VocabularyName | 'boolean';

/** The 字典 sheet's columns: every closed list a template column uses, boolean 是/否 included. */
function dictionaryColumns(): Map<ListName, number> {
  const lists = new Map<ListName, number>();
  for (const c of [...RESOURCE_COLUMNS, ...ITEM_COLUMNS]) {
    const name: ListName | undefined = c.kind === 'vocab' ? c.vocabulary! : c.kind === 'boolean' ? 'boolean' : undefined;
    if (name && !lists.has(name)) lists.set(name, lists.size);
  }
  return lists;
}

function listValues(name: ListName, labels: VocabularyLabels): string[] {
  return name === 'boolean' ? BOOLEAN_LIST : labels.labels(name);
}

function itemCount(catalog: Catalog): number {
  return catalog.resources.reduce((n, r) => n + r.items.length, 0);
}

function validations(columns: readonly ColumnSpec[], dictionary: Map<ListName, number>, lastRow: number): ListValidation[] {
  const out: ListValidation[] = [];
  const sheet = quoteSheetName(SHEET_NAMES.dictionary.zh);
  columns.forEach((c, i) => {
    const name: ListName | undefined = c.kind === 'vocab' ? c.vocabulary! : c.kind === 'boolean' ? 'boolean' : undefined;
    if (!name) return;
    const letters = columnLetters(dictionary.get(name)!);
    const column = columnLetters(i);
    out.push({
      sqref: `${column}2:${column}${lastRow}`,
      source: `${sheet}!$${letters}$2:$${letters}$${RANGE_END}`,
      errorTitle: instructions.validation.errorTitle.zh,
      error: instructions.validation.error.zh,
    });
  });
  return out;
}

/** Dictionary ranges stop at a fixed row so that a profile's longer lists never fall outside them. */
const RANGE_END = 40;

function writeDictionary(writer: XlsxWriter, dictionary: Map<ListName, number>, labels: VocabularyLabels): void {
  const sheet = writer.addSheet({ name: SHEET_NAMES.dictionary.zh, state: 'hidden', protect: true });
  const lists = [...dictionary.keys()].map((name) => listValues(name, labels));
  sheet.addRow([...dictionary.keys()].map((name) => name));
  const longest = Math.max(...lists.map((l) => l.length));
  if (longest > RANGE_END - 1) throw new Error(`a list has ${longest} values; the dictionary ranges end at row ${RANGE_END}`);
  for (let i = 0; i < longest; i++) sheet.addRow(lists.map((l) => l[i]));
}

function writeDepartment(sheet: SheetWriter, catalog: Catalog, labels: VocabularyLabels): void {
  sheet.addRow([
    { value: instructions.departmentTitle.zh, style: 'headerRequired' },
    { value: instructions.departmentValue.zh, style: 'headerRequired' },
  ]);
  for (const field of DEPARTMENT_FIELDS) {
    sheet.addRow([{ value: field.header.zh, style: 'title' }, cell(field, getField(catalog.department, fieldBelow('department', field.field)), labels)]);
  }
}

function kindText(c: ColumnSpec, labels: VocabularyLabels): LocalText {
  const values = c.vocabulary ? labels.labels(c.vocabulary).join('、') : c.kind === 'basis' ? labels.labels('basisLevel').join('、') : '';
  return fillLocal(instructions.kinds[c.kind], { values, digits: c.digits ?? '' });
}

function writeInstructions(sheet: SheetWriter, labels: VocabularyLabels, required: Set<string>): void {
  sheet.addRow([{ value: instructions.title.zh, style: 'title' }]);
  for (const [i, note] of instructions.notes.entries()) sheet.addRow([`${i + 1}.`, note.zh]);
  sheet.addRow([]);
  sheet.addRow(instructions.columnTable.zh.map((value) => ({ value, style: 'headerOptional' })));
  const tables: [LocalText, readonly ColumnSpec[]][] = [
    [SHEET_NAMES.resources, RESOURCE_COLUMNS],
    [SHEET_NAMES.items, ITEM_COLUMNS],
  ];
  for (const [name, columns] of tables) {
    for (const c of columns) {
      if (c.hidden) continue;
      const mark = required.has(c.field) ? instructions.required.zh : instructions.optional.zh;
      sheet.addRow([name.zh, c.header.zh, mark, { value: kindText(c, labels).zh, style: 'wrap' }]);
    }
  }
}

function writeMetadata(sheet: SheetWriter, catalog: Catalog): void {
  const rows: [string, string | number | undefined][] = [
    ['format', METADATA_MARKER],
    ['version', 1],
    ['profile', catalog.profile],
    ['catalogVersion', catalog.catalogVersion],
    ['updatedAt', catalog.updatedAt],
    ['codeSequences', catalog.codeSequences ? JSON.stringify(catalog.codeSequences) : undefined],
  ];
  for (const [key, value] of rows) if (value !== undefined) sheet.addRow([key, typeof value === 'number' ? String(value) : value]);
}
