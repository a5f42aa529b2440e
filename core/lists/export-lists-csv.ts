// The lists as CSV, one text per list in the catalog export's CSV dialect (UTF-8 with BOM, every field quoted, CRLF,
// formula-like values defused: core/workbook/export-csv.ts). An empty list keeps its header and one line saying so.
import type { Catalog } from '../model/catalog.ts';
import { CSV_BOM, CSV_CHUNK_CHARS, csvField, csvText } from '../workbook/export-csv.ts';
import type { Profile } from '../profiles/profile.ts';
import { vocabularyLabels, type VocabularyLabels } from '../workbook/vocabulary-labels.ts';
import { listsOf, type ListDefinition } from './list-definitions.ts';
import { listRows, rowValue } from './list-rows.ts';

/** Streams one list as CSV text to `write` (the caller encodes it as UTF-8). */
export function writeListCsv(catalog: Catalog, definition: ListDefinition, labels: VocabularyLabels, write: (text: string) => void): void {
  const { columns } = definition;
  let buffer = `${CSV_BOM}${columns.map((c) => csvField(c.header.zh)).join(',')}\r\n`;
  let seq = 0;
  for (const row of listRows(catalog, definition)) {
    seq++;
    const fields = columns.map((c) => csvField(csvText(c, rowValue(row, seq, c.field), labels)));
    buffer += `${fields.join(',')}\r\n`;
    if (buffer.length >= CSV_CHUNK_CHARS) {
      write(buffer);
      buffer = '';
    }
  }
  if (seq === 0) buffer += `${csvField(definition.empty.zh)}\r\n`;
  write(buffer);
}

/**
 * Every list `profile` asks for, in order, and the 需求清单 where the catalog holds needs, each as the CSV text parts
 * writeListCsv gave (the caller joins or streams them).
 */
export function listsCsv(catalog: Catalog, profile: Profile): { definition: ListDefinition; parts: string[] }[] {
  const labels = vocabularyLabels(profile);
  return listsOf(catalog, profile).map((definition) => {
    const parts: string[] = [];
    writeListCsv(catalog, definition, labels, (text) => void parts.push(text));
    return { definition, parts };
  });
}
