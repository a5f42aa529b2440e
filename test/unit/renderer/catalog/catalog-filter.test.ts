// The list's filters and search over rows: each filter alone, combined, and the search by name, code and pinyin
// initials; then the same over a generated county catalog against a plain scan, so the fast path agrees with it.
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../core/model/catalog.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import { filterRows, isFiltering, resourcesByRule, type CatalogFilter } from '../../../../renderer/catalog/catalog-filter.ts';
import type { CatalogRow } from '../../../../renderer/catalog/catalog-rows.ts';
import { catalogRows } from '../../../../renderer/catalog/catalog-rows.ts';
import { pinyinInitials } from '../../../../renderer/catalog/pinyin-initials.ts';
import { validateAll } from '../../../../renderer/services/session/catalog-findings.ts';
import { nthResource, validCatalog } from '../../../harness/catalog-builders.ts';

function row(index: number, overrides: Partial<Resource>, counts: { errors?: number; warnings?: number; checked?: boolean } = {}): CatalogRow {
  const resource = nthResource(index, overrides);
  return { id: resource.id, index, resource, errors: counts.errors ?? 0, warnings: counts.warnings ?? 0, checked: counts.checked ?? true };
}

const classification = (code: string) => ({ class: code[0]!, item: code.slice(1, 3), catalog: code.slice(3, 6), ...(code.length > 6 && { subCatalogs: [code.slice(6)] }) });

const ROWS: CatalogRow[] = [
  row(0, { name: '企业登记信息', code: '1010010001/00001', shareType: 'unconditional', openType: 'none', classification: classification('101001') }, { errors: 2 }),
  row(1, { name: '婚姻登记信息', code: '2050020003/00002', shareType: 'conditional', openType: 'conditional', classification: classification('20500201') }, { warnings: 1 }),
  row(2, { name: '农机购置补贴发放', code: '2050030001/00003', shareType: 'conditional', openType: 'unconditional', classification: classification('205003'), shareReview: { status: 'pending' } }, { errors: 1, warnings: 3 }),
  row(3, { name: '地名信息', code: undefined, shareType: 'none', openType: 'none', classification: undefined, shareReview: undefined }),
];

const ids = (filter: CatalogFilter) => filterRows(ROWS, filter).map((r) => r.index);

describe('catalog filter', () => {
  it('lets every row through when nothing is set, as the same array', () => {
    expect(filterRows(ROWS, {})).toBe(ROWS);
    expect(filterRows(ROWS, { query: '  ' })).toBe(ROWS);
    expect(isFiltering({ query: ' ' })).toBe(false);
    expect(isFiltering({ shareType: 'none' })).toBe(true);
  });

  it('filters by share type and open type', () => {
    expect(ids({ shareType: 'conditional' })).toEqual([1, 2]);
    expect(ids({ openType: 'none' })).toEqual([0, 3]);
    expect(ids({ shareType: 'conditional', openType: 'unconditional' })).toEqual([2]);
  });

  it('filters by a classification node and everything under it', () => {
    expect(ids({ classification: '2' })).toEqual([1, 2]);
    expect(ids({ classification: '205' })).toEqual([1, 2]);
    expect(ids({ classification: '205002' })).toEqual([1]);
    expect(ids({ classification: '20500201' })).toEqual([1]);
    expect(ids({ classification: '101' })).toEqual([0]);
    expect(ids({ classification: '3' })).toEqual([]);
  });

  it('filters by findings: with errors, with warnings, or neither', () => {
    expect(ids({ severity: 'errors' })).toEqual([0, 2]);
    expect(ids({ severity: 'warnings' })).toEqual([1, 2]);
    expect(ids({ severity: 'clean' })).toEqual([3]);
  });

  it('leaves a resource not checked yet out of every findings filter, and in the others', () => {
    const unchecked = [...ROWS, row(4, { name: '地名信息', shareType: 'none' }, { checked: false })];
    for (const severity of ['errors', 'warnings', 'clean'] as const) expect(filterRows(unchecked, { severity }).map((r) => r.index)).not.toContain(4);
    expect(filterRows(unchecked, { shareType: 'none' }).map((r) => r.index)).toContain(4);
  });

  it('filters by a rule: the resources with a finding of it, their own or a cross-record one', () => {
    const engine = new RuleEngine({ profile: 'anhui', today: '2026-11-22' });
    const resources = [
      nthResource(0, { shareType: 'conditional', shareCondition: '仅限履职使用', shareBasis: undefined }),
      nthResource(1),
      nthResource(2, { name: nthResource(1).name }),
      nthResource(3, { shareType: 'none', shareBasis: undefined, shareCondition: '涉及个人隐私' }),
    ];
    const catalog = { ...validCatalog(), resources };
    const findings = validateAll(engine, catalog);
    const rows = catalogRows(catalog, findings);
    const byRule = resourcesByRule(findings);
    const idsOf = (filter: CatalogFilter) => filterRows(rows, filter, byRule).map((r) => r.index);
    expect(idsOf({ rule: 'R21' })).toEqual([0, 3]);
    // R03 (same name) is a cross-record finding, on the second of the two.
    expect(idsOf({ rule: 'R03' })).toEqual([2]);
    expect(idsOf({ rule: 'R21', shareType: 'none' })).toEqual([3]);
    expect(idsOf({ rule: 'R44' })).toEqual([]);
    expect(isFiltering({ rule: 'R21' })).toBe(true);
  });

  it('filters by the share review status, including not filled in', () => {
    // nthResource's review is 无需审核 unless overridden.
    expect(ids({ review: 'pending' })).toEqual([2]);
    expect(ids({ review: 'unset' })).toEqual([3]);
    expect(ids({ review: 'notRequired' })).toEqual([0, 1]);
    expect(ids({ review: 'rejected' })).toEqual([]);
  });

  it('searches names, codes and pinyin initials of names', () => {
    expect(ids({ query: '登记' })).toEqual([0, 1]);
    expect(ids({ query: 'qydj' })).toEqual([0]);
    expect(ids({ query: 'QYDJ' })).toEqual([0]);
    expect(ids({ query: 'djxx' })).toEqual([0, 1]);
    expect(ids({ query: '2050030001/00003' })).toEqual([2]);
    expect(ids({ query: '00002' })).toEqual([1]);
    expect(ids({ query: 'nj' })).toEqual([2]);
    expect(ids({ query: '不存在' })).toEqual([]);
  });

  it('combines the search with the filters', () => {
    expect(ids({ query: 'dj', shareType: 'conditional' })).toEqual([1]);
    expect(ids({ query: 'xx', severity: 'clean' })).toEqual([3]);
  });

  it('agrees with a plain scan over a generated county catalog', () => {
    const catalog = generateCatalog({ resources: 600, seed: 3, itemsPerResource: 3 });
    const rows = catalogRows(catalog, validateAll(new RuleEngine({ profile: 'anhui' }), catalog));
    const sample = catalog.resources[17]!;
    const initials = pinyinInitials(sample.name!).slice(0, 4);
    const filter: CatalogFilter = { shareType: sample.shareType, query: initials };
    const expected = rows.filter((r) => r.resource.shareType === sample.shareType && (pinyinInitials(r.resource.name ?? '').includes(initials) || (r.resource.name ?? '').toLowerCase().includes(initials) || (r.resource.code ?? '').replace(/\W/g, '').toLowerCase().includes(initials)));
    const found = filterRows(rows, filter);
    expect(found.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    expect(found.map((r) => r.id)).toContain(sample.id);
  });
});
