// Chinese text must come out exactly as it went in. exceljs's streaming reader decodes each inflated chunk on
// its own, so a 3-byte character cut between two chunks becomes U+FFFD (208 cells in a county catalog). The
// reader keeps one streaming decoder per part; these tests cut characters at every possible place.
import { describe, expect, it } from 'vitest';
import type { XlsxRow } from '../../../../core/xlsx/xlsx-reader.ts';
import { buildZip } from '../zip/zip-builder.ts';
import { buildWorkbook, readWorkbook, workbookParts, xmlText, zipParts, type WorkbookSpec } from './reader-fixtures.ts';

const utf8 = new TextEncoder();

/** A deterministic generator (Numerical Recipes LCG), so every run writes the same strings. */
function random(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** Code point ranges with weights: mostly 3-byte CJK, some 1-, 2- and 4-byte characters (Ext. B, emoji), and &. */
const POOLS: [number, number, number][] = [
  [0x4e00, 0x9fa5, 24],
  [0x3001, 0x3011, 2], // 、。〈〉《》「」
  [0xff08, 0xff09, 1], // （）
  [0x20000, 0x2a6df, 1],
  [0x1f600, 0x1f64f, 1],
  [0xe0, 0xff, 1],
  [0x30, 0x39, 2],
  [0x26, 0x26, 1], // &, written &amp;
];
/** One pool entry per weight unit, so a pick is one index. */
const PICKS = POOLS.flatMap(([low, high, weight]) => Array.from({ length: weight }, () => [low, high - low + 1] as const));

function makeStrings(count: number, seed: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const codes: number[] = [];
    for (let n = 4 + Math.floor(next() * 24); n > 0; n--) {
      const [low, size] = PICKS[Math.floor(next() * PICKS.length)]!;
      codes.push(low + Math.floor(next() * size));
    }
    out.push(`${String.fromCodePoint(...codes)}${i}`); // distinct
  }
  return out;
}

const COLUMNS = 8;

function sharedSheet(count: number, offset = 0): string {
  let xml = '';
  for (let r = 0; r < count / COLUMNS; r++) {
    xml += `<row r="${r + 1}">`;
    for (let c = 0; c < COLUMNS; c++) xml += `<c t="s"><v>${offset + r * COLUMNS + c}</v></c>`;
    xml += '</row>';
  }
  return xml;
}

function inlineSheet(strings: readonly string[]): string {
  let xml = '';
  for (let r = 0; r < strings.length / COLUMNS; r++) {
    xml += `<row r="${r + 1}">`;
    for (let c = 0; c < COLUMNS; c++) {
      const s = xmlText(strings[r * COLUMNS + c]!);
      // Alternate plain inline strings, rich runs split mid-string, and formula strings.
      if (c % 3 === 0) xml += `<c t="inlineStr"><is><t>${s}</t></is></c>`;
      else if (c % 3 === 1) {
        const characters = [...strings[r * COLUMNS + c]!]; // by code point: a run must not split a surrogate pair
        xml += `<c t="inlineStr"><is><r><t>${xmlText(characters.slice(0, 3).join(''))}</t></r><r><t>${xmlText(characters.slice(3).join(''))}</t></r></is></c>`;
      }
      else xml += `<c t="str"><f>A1</f><v>${s}</v></c>`;
    }
    xml += '</row>';
  }
  return xml;
}

/** Cells whose text differs from the expected strings (row-major), and cells containing U+FFFD. */
function compare(rows: readonly XlsxRow[], expected: readonly string[]): { mismatches: number; replacement: number; cells: number; first?: string } {
  let mismatches = 0;
  let replacement = 0;
  let cells = 0;
  let first: string | undefined;
  for (const row of rows) {
    for (let c = 0; c < row.cells.length; c++) {
      const text = row.cells[c]?.text ?? '';
      const want = expected[(row.number - 1) * COLUMNS + c];
      cells++;
      if (text.includes('\ufffd')) replacement++;
      if (text !== want) {
        mismatches++;
        first ??= `row ${row.number} col ${c}: ${JSON.stringify(text)} ≠ ${JSON.stringify(want)}`;
      }
    }
  }
  return first === undefined ? { mismatches, replacement, cells } : { mismatches, replacement, cells, first };
}

/** Positions k·step inside `bytes` that fall inside a multi-byte character (on a continuation byte). */
function cutsInsideCharacters(bytes: Uint8Array, step: number): number {
  let cuts = 0;
  for (let at = step; at < bytes.length; at += step) if ((bytes[at]! & 0xc0) === 0x80) cuts++;
  return cuts;
}

describe('Chinese text across inflate and decode steps', () => {
  const spec = (shared: string[], inline: string[]): WorkbookSpec => ({
    sheets: [
      { name: '数据资源', rows: sharedSheet(shared.length) },
      { name: '信息项', rows: inlineSheet(inline) },
    ],
    sharedStrings: shared,
    sharedStringsLast: true,
  });

  it(
    'reads 400,000 distinct CJK cells (shared and inline), deflated as Excel writes them, with zero U+FFFD and exactly as written',
    async () => {
      const shared = makeStrings(200_000, 1);
      const inline = makeStrings(200_000, 2);
      // Deflated by zlib (node:zlib, as the package tests do), which is native and fast at this size.
      const zipped = buildZip({ entries: workbookParts(spec(shared, inline)).map(([name, content]) => ({ name, content })) });
      const { rows } = await readWorkbook(zipped);
      expect(compare(rows.get('数据资源')!, shared)).toEqual({ mismatches: 0, replacement: 0, cells: 200_000 });
      expect(compare(rows.get('信息项')!, inline)).toEqual({ mismatches: 0, replacement: 0, cells: 200_000 });
    },
    180_000,
  );

  it(
    'cuts thousands of characters between steps (stored parts, a prime step) and still reads them exactly',
    async () => {
      const shared = makeStrings(40_000, 3);
      const inline = makeStrings(40_000, 4);
      const parts = workbookParts(spec(shared, inline));
      // Stored, the step boundaries are known: count those that fall inside a character.
      const step = 4093;
      const partBytes = new Map(parts.map(([name, xml]) => [name, utf8.encode(xml)]));
      expect(cutsInsideCharacters(partBytes.get('xl/sharedStrings.xml')!, step)).toBeGreaterThan(200);
      expect(cutsInsideCharacters(partBytes.get('xl/worksheets/sheet2.xml')!, step)).toBeGreaterThan(200);

      const { rows } = await readWorkbook(zipParts(parts, { level: 0 }), { stepBytes: step });
      expect(compare(rows.get('数据资源')!, shared)).toEqual({ mismatches: 0, replacement: 0, cells: 40_000 });
      expect(compare(rows.get('信息项')!, inline)).toEqual({ mismatches: 0, replacement: 0, cells: 40_000 });

      // The same cuts decoded chunk by chunk, as exceljs does, corrupt text: the test would catch that bug.
      const sst = partBytes.get('xl/sharedStrings.xml')!;
      let corrupted = 0;
      for (let at = 0; at < sst.length; at += step) corrupted += (new TextDecoder().decode(sst.subarray(at, at + step)).match(/\ufffd/g) ?? []).length;
      expect(corrupted).toBeGreaterThan(200);
    },
    120_000,
  );

  it('cuts every character at every byte: tiny steps over stored and deflated parts', async () => {
    // 1-, 2-, 3- and 4-byte characters (a surrogate pair in UTF-16), in names, shared, inline and formula strings.
    const words = ['县a', 'é中', '𠀀数据', '😀&<资源>', '＿_x4E2D_', '信息资源名称（必填）'];
    const spec: WorkbookSpec = {
      sheets: [
        {
          name: '资源𠀀',
          rows:
            `<row r="1">${words.map((_, i) => `<c t="s"><v>${i}</v></c>`).join('')}</row>` +
            `<row r="2">${words.map((w) => `<c t="inlineStr"><is><r><t>${xmlText(w)}</t></r><rPh><t>ピン</t></rPh></is></c>`).join('')}</row>` +
            `<row r="3">${words.map((w) => `<c t="str"><f>A1</f><v>${xmlText(w)}</v></c>`).join('')}</row>`,
        },
      ],
      sharedStrings: words,
    };
    const decoded = words.map((w) => w.replace('_x4E2D_', '中'));
    const expected = [decoded, decoded, decoded];
    for (const [zip, steps] of [
      [{ level: 0 as const }, [1, 2, 3, 4, 5, 6, 7]],
      [{ level: 9 as const }, [1, 2, 3]],
      [{ level: 0 as const, dataDescriptors: true }, [1]],
    ] as const) {
      for (const stepBytes of steps) {
        const { workbook, rows } = await readWorkbook(buildWorkbook(spec, zip), { stepBytes });
        expect(workbook.sheets[0]!.name).toBe('资源𠀀');
        expect(rows.get('资源𠀀')!.map((r) => r.cells.map((c) => c!.text))).toEqual(expected);
      }
    }
  });
});
