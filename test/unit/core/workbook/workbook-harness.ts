// Shared helpers for the workbook tests: build a workbook from rows with our writer, and compare catalogs the way
// a spreadsheet can represent them (a blank cell cannot tell an empty string from a missing value).
import type { Catalog } from '../../../../core/model/catalog.ts';
import { writeXlsx, type CellInput, type SheetOptions } from '../../../../core/xlsx/xlsx-writer.ts';
import { workbookStyles } from '../../../../core/workbook/workbook-styles.ts';

export interface SheetSpec extends Partial<SheetOptions> {
  name: string;
  rows: (readonly CellInput[])[];
  hiddenRows?: number[];
}

/** A workbook with these sheets; `hiddenRows` are 1-based. */
export function buildWorkbook(sheets: SheetSpec[]): Uint8Array {
  return writeXlsx(
    (writer) => {
      for (const { rows, hiddenRows, ...options } of sheets) {
        const sheet = writer.addSheet(options);
        rows.forEach((cells, i) => sheet.addRow(cells, hiddenRows?.includes(i + 1) ? { hidden: true } : undefined));
      }
    },
    { styles: workbookStyles() },
  );
}

/** Drops blank strings, empty arrays and empty objects, recursively: what a workbook cannot tell from absent. */
export function spreadsheetEquivalent<T>(value: T): T {
  if (Array.isArray(value)) return value.map(spreadsheetEquivalent) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const n = spreadsheetEquivalent(v);
      if (n === undefined || (typeof n === 'string' && n.trim() === '')) continue;
      if (Array.isArray(n) && n.length === 0) continue;
      if (n && typeof n === 'object' && !Array.isArray(n) && Object.keys(n).length === 0) continue;
      out[k] = n;
    }
    return out as T;
  }
  return value;
}

export function withoutBlankParts(catalog: Catalog): Catalog {
  return spreadsheetEquivalent(catalog);
}
