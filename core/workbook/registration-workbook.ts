// The registration form as an .xlsx file, written with the same writer and styles as Mulu's other workbooks: a
// title row naming the unit, the basis, the header row (frozen), then one row per resource.
import { writeXlsx, type CellInput, type XlsxWriter } from '../xlsx/xlsx-writer.ts';
import { columnLetters } from '../xlsx/cell-address.ts';
import { styleName, workbookStyles } from './workbook-styles.ts';
import type { Catalog } from '../model/catalog.ts';
import { registrationForm, type RegistrationColumn, type RegistrationFormOptions, type RegistrationValue } from '../registration/registration-form.ts';

function cell(column: RegistrationColumn, value: RegistrationValue): CellInput {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  if (column.date && /^\d{4}-\d{2}-\d{2}$/u.test(value)) return { value: { date: value }, style: 'date' };
  const base = column.text ? 'code' : column.wrap ? 'wrap' : 'plain';
  return { value, style: styleName(base, value) };
}

/** Adds the form's sheet to a writer made with Mulu's styles; returns how many resources it lists. */
export function writeRegistrationSheet(writer: XlsxWriter, catalog: Catalog, options: RegistrationFormOptions): number {
  const form = registrationForm(catalog, options);
  const last = columnLetters(form.columns.length - 1);
  const sheet = writer.addSheet({
    name: form.sheet.zh,
    columns: form.columns.map((c) => ({ width: c.width })),
    freeze: { rows: 3 },
    merges: [`A1:${last}1`, `A2:${last}2`],
  });
  sheet.addRow([{ value: form.title.zh, style: 'title' }], { height: 24 });
  sheet.addRow([{ value: form.basis.zh, style: 'wrap' }], { height: 30 });
  sheet.addRow(
    form.columns.map((c) => ({ value: `${c.header.zh}\n${c.header.en}`, style: 'headerOptional' })),
    { height: 36 },
  );
  for (const row of form.rows) sheet.addRow(form.columns.map((c) => cell(c, row.values[c.key])));
  return form.rows.length;
}

/** The registration form as a complete .xlsx file. */
export function registrationWorkbook(catalog: Catalog, options: RegistrationFormOptions): Uint8Array {
  return writeXlsx((writer) => void writeRegistrationSheet(writer, catalog, options), { styles: workbookStyles(), level: 3 });
}
