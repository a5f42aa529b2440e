// Which resources and items land in each list, row by row.
import { describe, expect, it } from 'vitest';
import { listDefinitions, listsOf, type ListId } from '../../../../core/lists/list-definitions.ts';
import { listRows, rowValue } from '../../../../core/lists/list-rows.ts';
import type { Catalog, Resource } from '../../../../core/model/catalog.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { basis, item, nthResource, validCatalog, validNeed } from '../../../harness/catalog-builders.ts';

function rowsOf(catalog: Catalog, profile: string, id: ListId) {
  const definition = listDefinitions(loadProfile(profile)).find((d) => d.id === id)!;
  return [...listRows(catalog, definition)];
}
const names = (catalog: Catalog, profile: string, id: ListId) => rowsOf(catalog, profile, id).map((r) => (r.item ? `${r.resource.name}/${r.item.name}` : r.resource?.name));
const catalogOf = (...resources: Resource[]) => validCatalog({ resources });

const items = () => [item({ name: '姓名' }), item({ name: '身份证号', shareType: 'none', shareCondition: '涉及个人隐私', openType: 'none' }), item({ name: '地址', openType: 'none' })];

describe('the lists derived from a catalog', () => {
  const shared = nthResource(0, { name: '甲', shareType: 'unconditional', openType: 'conditional', openCondition: '实名申请', items: items() });
  const closed = nthResource(1, {
    name: '乙',
    shareType: 'none',
    shareCondition: '法律禁止',
    shareBasis: [basis({ title: '中华人民共和国某某法', docNo: '主席令第一号', article: '第九条' }), basis({ title: '某某条例', docNo: undefined, article: '第三条' })],
    openType: 'none',
    notOpenReasons: ['stateSecret'],
    items: [item({ name: '甲项' })],
  });
  const unset = nthResource(2, { name: '丙', shareType: undefined, openType: undefined, items: [] });
  const catalog = catalogOf(shared, closed, unset);

  it('共享目录清单: resources shared, naming the items not withheld', () => {
    const rows = rowsOf(catalog, 'national', 'shared');
    expect(rows.map((r) => r.resource?.name)).toEqual(['甲']);
    expect(rowValue(rows[0]!, 1, 'itemNames')).toEqual(['姓名', '地址']);
    expect(rowValue(rows[0]!, 1, 'itemCount')).toBe(2);
  });

  it('开放目录清单: resources opened, naming the items opened', () => {
    const rows = rowsOf(catalog, 'national', 'open');
    expect(rows.map((r) => r.resource?.name)).toEqual(['甲']);
    expect(rowValue(rows[0]!, 1, 'itemNames')).toEqual(['姓名']);
  });

  it('负面清单: the resource withheld as a whole, and the items withheld on their own from a shared or opened resource', () => {
    expect(names(catalog, 'national', 'negative')).toEqual(['甲/身份证号', '甲/地址', '乙']);
    const [idCard, address, whole] = rowsOf(catalog, 'national', 'negative');
    expect(idCard).toMatchObject({ shareType: 'none', shareReason: '涉及个人隐私', openType: 'none' });
    expect(rowValue(idCard!, 1, 'scopeLabel')).toBe('信息项');
    expect(address).toMatchObject({ shareType: 'unconditional', openType: 'none' });
    expect(address).not.toHaveProperty('shareReason');
    expect(whole).toMatchObject({ shareType: 'none', shareReason: '法律禁止', notOpenReasons: ['stateSecret'] });
    expect(rowValue(whole!, 3, 'scopeLabel')).toBe('资源');
    expect(rowValue(whole!, 3, 'basisTitles')).toEqual(['中华人民共和国某某法', '某某条例']);
    expect(rowValue(whole!, 3, 'basisDocNos')).toEqual(['主席令第一号', '—']);
    expect(rowValue(whole!, 3, 'basisArticles')).toEqual(['第九条', '第三条']);
  });

  it('责任清单: every resource, with its unit, office, person and every item', () => {
    const accountable = { ...shared, providerInnerDept: '户政科', accountablePerson: '李四', updateCycle: 'daily' as const };
    const rows = rowsOf(catalogOf(accountable, closed, unset), 'national', 'responsibility');
    expect(rows.map((r) => r.resource?.name)).toEqual(['甲', '乙', '丙']);
    expect(rowValue(rows[0]!, 1, 'resource.accountablePerson')).toBe('李四');
    expect(rowValue(rows[0]!, 1, 'resource.providerInnerDept')).toBe('户政科');
    expect(rowValue(rows[0]!, 1, 'itemNames')).toEqual(['姓名', '身份证号', '地址']);
    expect(rowValue(rows[2]!, 3, 'itemCount')).toBe(0);
  });

  it('keeps data obtained through sharing off Jilin’s shared and open lists, and on the national ones', () => {
    const obtained = catalogOf({ ...shared, acquisition: 'sharedIn' }, { ...shared, id: 'own', name: '丁', acquisition: 'selfCollected' });
    expect(names(obtained, 'jilin', 'shared')).toEqual(['丁']);
    expect(names(obtained, 'jilin', 'open')).toEqual(['丁']);
    expect(names(obtained, 'national', 'shared')).toEqual(['甲', '丁']);
    expect(names(obtained, 'jilin', 'responsibility')).toEqual(['甲', '丁']);
  });

  it('keeps data obtained by negotiation off Jilin’s open list only (Art. 29 names 协商; Art. 24 only sharing)', () => {
    const negotiated = catalogOf({ ...shared, acquisition: 'negotiated' }, { ...shared, id: 'own', name: '丁', acquisition: 'other' });
    expect(names(negotiated, 'jilin', 'open')).toEqual(['丁']);
    expect(names(negotiated, 'jilin', 'shared')).toEqual(['甲', '丁']);
    expect(names(negotiated, 'national', 'open')).toEqual(['甲', '丁']);
  });

  it('writes the 需求清单 only where the catalog holds needs, one row per need, with its basis and status', () => {
    const anhui = loadProfile('anhui');
    expect(listsOf(catalog, anhui).map((d) => d.id)).toEqual(['shared', 'open', 'negative', 'responsibility', 'supplementary']);
    const needs = [validNeed(), validNeed({ id: 'n2', resourceName: '社保缴费记录', basis: [basis({ title: '某某条例', docNo: undefined, article: '第三条' })], status: 'unmet', statusReason: '提供部门无此数据' })];
    const definitions = listsOf({ ...catalog, needs }, anhui);
    const definition = definitions.at(-1)!;
    expect(definition.id).toBe('needs');
    expect(definition.sheet.zh).toBe('需求清单');
    const rows = [...listRows({ ...catalog, needs }, definition)];
    expect(rows.map((r) => r.need?.resourceName)).toEqual(['不动产登记信息', '社保缴费记录']);
    expect(rowValue(rows[1]!, 2, 'need.status')).toBe('unmet');
    expect(rowValue(rows[1]!, 2, 'need.basis')).toEqual([basis({ title: '某某条例', docNo: undefined, article: '第三条' })]);
    expect(rowValue(rows[0]!, 1, 'need.items')).toEqual(['权利人', '坐落', '不动产单元号']);
  });
});
