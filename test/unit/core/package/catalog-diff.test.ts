// The resource-level diff behind incremental packages and `mulu diff`: matching by code (else id), the changed
// field names, item counts, key order not counting, and catalogs it cannot match.
import { describe, expect, it } from 'vitest';
import { catalogsDiffer, diffCatalogs, type CatalogDiff } from '../../../../core/package/catalog-diff.ts';
import { jsonEqual } from '../../../../core/format/json-equal.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import { baseCatalog, nextCatalog } from './package-fixtures.ts';

function diff(a: Catalog, b: Catalog): CatalogDiff {
  const result = diffCatalogs(a, b);
  if (!result.ok) throw new Error(`duplicates: ${result.duplicates.join(', ')}`);
  return result.diff;
}

/** The same object with its keys in reverse order, all the way down. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) as T;
}

describe('diffCatalogs', () => {
  const base = baseCatalog();
  const next = nextCatalog(base);

  it('finds the added, changed and withdrawn resources, in code order, with changed fields and item counts', () => {
    const d = diff(base, next);
    const r = base.resources;
    const expected = [
      { code: r[2]!.code, name: r[2]!.name, kind: 'changed', fields: ['abstract'] },
      { code: r[3]!.code, name: r[3]!.name, kind: 'changed', fields: ['items'], items: { added: 1, removed: 0, changed: 1, reordered: false } },
      { code: r[5]!.code, name: r[5]!.name, kind: 'withdrawn' },
      { code: next.resources.at(-1)!.code, name: next.resources.at(-1)!.name, kind: 'added' },
    ].sort((a, b) => (a.code! < b.code! ? -1 : 1));
    expect(d.changes).toEqual(expected);
    expect(d.unchanged).toBe(3);
    expect(d.catalogFields).toEqual(['catalogVersion']);
    expect(catalogsDiffer(d)).toBe(true);
  });

  it('identical catalogs: no changes, and key order or a new internal id does not count', () => {
    const same = reversedKeys(base);
    same.resources[0]!.id = 'imported-from-workbook-1';
    const d = diff(base, same);
    expect(d.changes).toEqual([]);
    expect(d.unchanged).toBe(base.resources.length);
    expect(catalogsDiffer(d)).toBe(false);
  });

  it('bookkeeping (version, time, code sequences) alone is no difference; the department is', () => {
    const later = { ...base, catalogVersion: 9, updatedAt: '2027-01-01T00:00:00Z', codeSequences: { ...base.codeSequences, '30799999': 4 } };
    expect(diff(base, later).catalogFields).toEqual(['catalogVersion', 'codeSequences', 'updatedAt']);
    expect(catalogsDiffer(diff(base, later))).toBe(false);
    const renamed = { ...base, department: { ...base.department, contact: { name: '李四' } } };
    expect(catalogsDiffer(diff(base, renamed))).toBe(true);
  });

  it('a field removed counts as changed; undefined counts as absent', () => {
    const next = structuredClone(base);
    delete next.resources[0]!.abstract;
    next.resources[1]!.sourceSystem = undefined;
    const d = diff(base, next);
    expect(d.changes.map((c) => [c.code, c.fields])).toEqual([
      [base.resources[0]!.code, ['abstract']],
      [base.resources[1]!.code, ['sourceSystem']],
    ].sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1)));
  });

  it('reordered items: the items field changed, no item added, removed or changed', () => {
    const next = structuredClone(base);
    next.resources[0]!.items.reverse();
    expect(diff(base, next).changes[0]).toMatchObject({ kind: 'changed', fields: ['items'], items: { added: 0, removed: 0, changed: 0, reordered: true } });
  });

  it('a new code is a withdrawal under the old code and an addition under the new one', () => {
    const next = structuredClone(base);
    const old = next.resources[4]!.code!;
    next.resources[4]!.code = '30700103/000009';
    expect(diff(base, next).changes.map((c) => [c.code, c.kind])).toEqual([
      ['30700103/000009', 'added'],
      [old, 'withdrawn'],
    ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  });

  it('resources without a code are matched by id', () => {
    const a = structuredClone(base);
    delete a.resources[0]!.code;
    const b = structuredClone(a);
    b.resources[0]!.name = '改名后的资源';
    expect(diff(a, b).changes).toEqual([{ code: a.resources[0]!.id, name: '改名后的资源', kind: 'changed', fields: ['name'] }]);
  });

  it('refuses catalogs in which a code repeats, naming the side and codes', () => {
    const twice = structuredClone(base);
    twice.resources[1]!.code = twice.resources[0]!.code;
    expect(diffCatalogs(base, twice)).toEqual({ ok: false, side: 'new', duplicates: [base.resources[0]!.code] });
    expect(diffCatalogs(twice, base)).toMatchObject({ ok: false, side: 'old' });
  });
});

describe('jsonEqual', () => {
  it('compares by content: key order and undefined members do not count, array order does', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ 0: 'x' }, ['x'])).toBe(false);
    expect(jsonEqual('1', 1)).toBe(false);
  });
});
