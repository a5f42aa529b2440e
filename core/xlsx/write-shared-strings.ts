// The shared string table. Catalogs repeat the same words (部门, 是/否, vocabulary labels) hundreds of thousands of
// times, so each distinct string is stored once and cells refer to its index. The table is written after the sheets.
import type { PartStream } from './write-zip.ts';
import { textElement } from './xml-escape.ts';

export class SharedStrings {
  private readonly indexes = new Map<string, number>();
  private readonly strings: string[] = [];
  indexOf(text: string): number {
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(text);
      this.indexes.set(text, index);
    }
    return index;
  }

  /** Writes xl/sharedStrings.xml into `part` (and ends it). */
  writeTo(part: PartStream): void {
    part.write(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${this.strings.length}">`,
    );
    for (const text of this.strings) part.write(`<si>${textElement(text)}</si>`);
    part.write('</sst>');
    part.end();
  }
}
