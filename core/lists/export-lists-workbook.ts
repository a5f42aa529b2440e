// The lists as one workbook: a sheet per list the profile asks for, named for the list, with the profile's column
// titles, a frozen bold header and an autofilter. An empty list keeps its header and says, below it, that it is empty.
import type { Catalog } from '../model/catalog.ts';
import type { Profile } from '../profiles/profile.ts';
import { columnLetters } from '../xlsx/cell-address.ts';
import { MAX_CELL_TEXT, type CellInput, type XlsxWriter } from '../xlsx/xlsx-writer.ts';
import { encodeValue } from '../workbook/cell-codec.ts';
import { CellTooLongError } from '../workbook/export-workbook.ts';
import { vocabularyLabels, type VocabularyLabels } from '../workbook/vocabulary-labels.ts';
import { baseStyleOf, styleName } from '../workbook/workbook-styles.ts';
import type { ColumnSpec } from '../workbook/columns.ts';
import { listsOf, type ListDefinition } from './list-definitions.ts';
import { listRows, rowSubject, rowValue, type ListRow } from './list-rows.ts';

export interface ListsExportOptions {
  profile: Profile;
  /** 0–1, once per list. */
  onProgress?: (fraction: number) => void;
}

function cell(column: ColumnSpec, row: ListRow, seq: number, labels: VocabularyLabels): CellInput {
  const encoded = encodeValue(column, rowValue(row, seq, column.field), labels);
  if (encoded === undefined) return undefined;
  if (typeof encoded === 'string' && encoded.length > MAX_CELL_TEXT) throw new CellTooLongError(`${rowSubject(row)}「${column.header.zh}」`, encoded.length);
  return { value: encoded, style: styleName(baseStyleOf(column), encoded) };
}

export function writeList(writer: XlsxWriter, catalog: Catalog, definition: ListDefinition, labels: VocabularyLabels): void {
  const { columns } = definition;
  const sheet = writer.addSheet({
    name: definition.sheet.zh,
    columns: columns.map((c) => ({ width: c.width, style: baseStyleOf(c) })),
    freeze: { rows: 1, columns: 0 },
    autoFilter: `A1:${columnLetters(columns.length - 1)}1`,
  });
  sheet.addRow(
    columns.map((c) => ({ value: c.header.zh, style: 'headerOptional' })),
    { height: 24 },
  );
  let seq = 0;
  for (const row of listRows(catalog, definition)) {
    seq++;
    sheet.addRow(columns.map((c) => cell(c, row, seq, labels)));
  }
  if (seq === 0) sheet.addRow([definition.empty.zh]);
}

/**
 * Writes every list `options.profile` asks for, and the 需求清单 where the catalog holds needs, into `writer`
 * (created by createWorkbookWriter); the caller finishes it.
 */
export function writeListSheets(writer: XlsxWriter, catalog: Catalog, options: ListsExportOptions): void {
  const labels = vocabularyLabels(options.profile);
  const definitions = listsOf(catalog, options.profile);
  for (const [i, definition] of definitions.entries()) {
    writeList(writer, catalog, definition, labels);
    options.onProgress?.((i + 1) / definitions.length);
  }
}
