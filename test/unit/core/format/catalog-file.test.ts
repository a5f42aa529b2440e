import { describe, expect, it } from 'vitest';
import { parseCatalogText, pointerToPath, serializeCatalog, serializeCatalogParts } from '../../../../core/format/catalog-file.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';

const valid = () => generateCatalog({ resources: 5, seed: 1, clean: true });

describe('catalog file', () => {
  it('round-trips through its canonical text', () => {
    const c = valid();
    const r = parseCatalogText(serializeCatalog(c));
    expect(r.ok && r.catalog).toEqual(c);
  });

  it('tolerates a UTF-8 BOM', () => {
    expect(parseCatalogText(`\uFEFF${serializeCatalog(valid())}`).ok).toBe(true);
  });

  it('reports a JSON syntax error with line and column', () => {
    const text = '{\n  "format": "mulu.catalog",\n  "version": 1,,\n}';
    const r = parseCatalogText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('syntax');
    expect(r.problems[0]!.line).toBe(3);
    expect(r.problems[0]!.message.zh).toContain('第 3 行');
  });

  it('refuses other formats and unknown versions', () => {
    const other = parseCatalogText('{"format":"something"}');
    expect(!other.ok && other.kind).toBe('format');
    const newer = parseCatalogText(JSON.stringify({ ...valid(), version: 2 }));
    expect(!newer.ok && newer.kind).toBe('version');
    expect(!newer.ok && newer.problems[0]!.message.zh).toContain('版本 2 不受支持');
  });

  it('reports structural problems with exact JSON paths', () => {
    const c = valid() as unknown as { resources: { items: Record<string, unknown>[]; shareType?: unknown; typo?: unknown }[] };
    c.resources[3]!.items[2]!.dataType = 'X';
    c.resources[1]!.shareType = '有条件共享';
    c.resources[0]!.typo = 1;
    c.resources[4]!.items[0]!.length = '18';
    const r = parseCatalogText(JSON.stringify(c));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.kind).toBe('structure');
    const byPath = new Map(r.problems.map((p) => [p.path, p.message.zh]));
    expect(byPath.get('resources[3].items[2].dataType')).toContain('可选：C、N、Y');
    expect(byPath.get('resources[1].shareType')).toContain('"有条件共享"');
    expect(byPath.get('resources[0].typo')).toContain('未定义的属性');
    expect(byPath.get('resources[4].items[0].length')).toContain('整数');
  });

  it('converts JSON pointers to field paths', () => {
    expect(pointerToPath('/resources/12/items/3/dataType')).toBe('resources[12].items[3].dataType');
    expect(pointerToPath('/extensions/a~1b')).toBe('extensions.a/b');
    expect(pointerToPath('')).toBe('');
  });
});

describe('serializeCatalogParts', () => {
  it('makes exactly serializeCatalog’s text, in parts of about the size asked for', () => {
    const catalog = generateCatalog({ resources: 40, seed: 12 });
    const parts = [...serializeCatalogParts(catalog, 4096)];
    expect(parts.length).toBeGreaterThan(5);
    expect(parts.join('')).toBe(serializeCatalog(catalog));
    expect([...serializeCatalogParts({ ...catalog, resources: [] })].join('')).toBe(serializeCatalog({ ...catalog, resources: [] }));
  });
});
