import { describe, expect, it } from 'vitest';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { csvField, writeCatalogCsv } from '../../../../core/workbook/export-csv.ts';

function csv(catalog: ReturnType<typeof generateCatalog>): string {
  let text = '';
  writeCatalogCsv(catalog, loadProfile('anhui'), (t) => (text += t));
  return text;
}

/** RFC 4180 parse of fully quoted fields, enough to check what we wrote. */
function parse(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '"') throw new Error(`unquoted field at ${i}`);
    let value = '';
    i++;
    for (;;) {
      if (text[i] === '"' && text[i + 1] === '"') {
        value += '"';
        i += 2;
      } else if (text[i] === '"') break;
      else value += text[i++];
    }
    i++;
    row.push(value);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    }
    else if (i < text.length) throw new Error(`bad separator at ${i}`);
  }
  return rows;
}

describe('CSV export', () => {
  it('starts with a BOM, quotes every field and has one row per data item', () => {
    const catalog = generateCatalog({ resources: 12, seed: 4, clean: true, profile: 'anhui' });
    const text = csv(catalog);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text.slice(1));
    expect(rows.length - 1).toBe(catalog.resources.reduce((n, r) => n + r.items.length, 0));
    expect(new Set(rows.map((r) => r.length)).size).toBe(1);
    const name = rows[0]!.indexOf('信息资源名称');
    expect(rows[1]![name]).toBe(catalog.resources[0]!.name);
  });

  it('neutralises every formula prefix, also after leading spaces, and escapes quotes', () => {
    for (const bad of ['=1+2', '+86 557', '-12', '@SUM(A1)', '\t=cmd', '\r=cmd', '\0x', '  =cmd|\' /C calc\'!A0']) {
      expect(csvField(bad)).toBe(`"'${bad.replaceAll('"', '""')}"`);
    }
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('普通文本 -1')).toBe('"普通文本 -1"');
  });
});
