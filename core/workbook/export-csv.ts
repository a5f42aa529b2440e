// CSV for other tools: the national one-row-per-item layout, UTF-8 with a byte-order mark (without it WPS and
// Excel zh-CN read the file as GBK), every field quoted (RFC 4180, CRLF), and any value that a spreadsheet would
// run as a formula (= + - @, tab, CR, NUL first, also after leading spaces) prefixed with ' (OWASP CSV injection).
import type { Catalog, DataItem, Resource } from '../model/catalog.ts';
import type { Profile } from '../profiles/profile.ts';
import { encodeValue } from './cell-codec.ts';
import { ITEM_COLUMNS, RESOURCE_COLUMNS, type ColumnSpec } from './columns.ts';
import { fieldBelow, getField } from './field-path.ts';
import { vocabularyLabels, type VocabularyLabels } from './vocabulary-labels.ts';

/** Without it WPS and Excel zh-CN read the file as GBK. */
export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^\s*[=+\-@\t\r\0]/u;
/** Text handed to `write` at a time: large enough to be cheap, small enough to keep memory flat. */
export const CSV_CHUNK_CHARS = 1 << 20;

const RESOURCE = RESOURCE_COLUMNS.filter((c) => !c.hidden);
const ITEM = ITEM_COLUMNS.filter((c) => c.field !== 'resourceCode');

export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** A value as CSV text for its column: the cell the workbook would hold, dates as YYYY-MM-DD. */
export function csvText(column: ColumnSpec, value: unknown, labels: VocabularyLabels): string {
  const cell = encodeValue(column, value, labels);
  if (cell === undefined || cell === null) return '';
  return typeof cell === 'object' ? cell.date : String(cell);
}

function line(r: Resource, item: DataItem | undefined, labels: VocabularyLabels): string {
  const fields = RESOURCE.map((c) => csvText(c, getField(r, c.field), labels));
  for (const c of ITEM) fields.push(item ? csvText(c, getField(item, fieldBelow('items', c.field)), labels) : '');
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** Streams the catalog as CSV text to `write` (the caller encodes it as UTF-8). */
export function writeCatalogCsv(catalog: Catalog, profile: Profile, write: (text: string) => void): void {
  const labels = vocabularyLabels(profile);
  let buffer = CSV_BOM + [...RESOURCE, ...ITEM].map((c) => csvField(c.header.zh)).join(',') + '\r\n';
  for (const r of catalog.resources) {
    const items: (DataItem | undefined)[] = r.items.length ? r.items : [undefined];
    for (const item of items) {
      buffer += line(r, item, labels);
      if (buffer.length >= CSV_CHUNK_CHARS) {
        write(buffer);
        buffer = '';
      }
    }
  }
  write(buffer);
}
