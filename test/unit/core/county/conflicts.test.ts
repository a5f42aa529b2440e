// The cross-unit checks on a county catalog, each kind found where it is and not where it is not, and every
// conflict born 待协调 with the articles it rests on.
import { describe, expect, it } from 'vitest';
import type { AcceptedVersion } from '../../../../core/county/accepted-version.ts';
import { CONFLICT_STATE_TEXT, type Conflict } from '../../../../core/county/conflict.ts';
import { buildCountyCatalog } from '../../../../core/county/county-catalog.ts';
import { crossUnitConflicts } from '../../../../core/county/cross-unit-checks.ts';
import { normalizeResourceName } from '../../../../core/county/name-normalization.ts';
import { CATALOG_FORMAT, CATALOG_FORMAT_VERSION, type DataItem, type Resource } from '../../../../core/model/catalog.ts';
import { makeUscc } from '../../../harness/catalog-builders.ts';

const UNITS = [
  { name: '泗县公安局', uscc: makeUscc('11', '341324', 'MB100001'), divisionCode: '341324', number: '101' },
  { name: '泗县民政局', uscc: makeUscc('11', '341324', 'MB100002'), divisionCode: '341324', number: '102' },
  { name: '泗县卫生健康委员会', uscc: makeUscc('11', '341324', 'MB100003'), divisionCode: '341324', number: '103' },
] as const;

const items = (...names: string[]): DataItem[] => names.map((name) => ({ name, dataType: 'C' }));

let serial = 0;
/** A resource of unit `u`, provided by it, with its own code unless given. */
function resource(u: number, fields: Partial<Resource> & { items: DataItem[] }): Resource {
  serial++;
  return { id: `r${serial}`, code: `307034341324${UNITS[u]!.number}/${String(serial).padStart(6, '0')}`, providerName: UNITS[u]!.name, providerCode: UNITS[u]!.uscc, ...fields };
}

function county(...resources: [number, Resource][]) {
  const versions: AcceptedVersion[] = UNITS.map((unit, u) => {
    const catalog = { format: CATALOG_FORMAT, version: CATALOG_FORMAT_VERSION, profile: 'sixian', catalogVersion: 1, department: unit, resources: resources.filter(([x]) => x === u).map(([, r]) => r) } as const;
    return { unit, sourceFile: `unit${u}.zip`, packageId: `${unit.uscc}-v1-x`, version: 1, date: '2026-11-22T01:00:00.000Z', manifestDigest: 'sha256:00', catalog, chainBase: { department: unit, catalogVersion: 1, manifestDigest: 'sha256:00', catalog }, carried: false };
  });
  return buildCountyCatalog(versions, { profile: 'sixian', department: { name: '泗县数据资源管理局', uscc: makeUscc('11', '341324', 'MB001234'), divisionCode: '341324' }, catalogVersion: 1, updatedAt: '2026-11-23T00:00:00.000Z' });
}

const kinds = (conflicts: Conflict[]) => conflicts.map((c) => c.kind).sort();
const unitNames = (c: Conflict) => c.units.map((u) => u.name).sort();

describe('normalised resource names', () => {
  it('fold width, punctuation and generic tails, but keep a name of its own', () => {
    expect(normalizeResourceName('户籍人口 信息表')).toBe(normalizeResourceName('户籍人口信息'));
    expect(normalizeResourceName('（户籍人口）数据')).toBe('户籍人口');
    expect(normalizeResourceName('信息表')).toBe('信息表');
    expect(normalizeResourceName('户籍人口')).not.toBe(normalizeResourceName('流动人口'));
  });
});

describe('cross-unit conflicts', () => {
  it('一数一源 by name: the same or nearly the same name with overlapping items, across units', () => {
    const conflicts = crossUnitConflicts(
      county([0, resource(0, { name: '户籍人口信息', items: items('姓名', '公民身份号码', '出生日期') })], [1, resource(1, { name: '户籍人口信息表', items: items('姓名', '公民身份号码', '住址') })]),
    );
    expect(kinds(conflicts)).toEqual(['oneSource']);
    expect(unitNames(conflicts[0]!)).toEqual(['泗县公安局', '泗县民政局'].sort());
    expect(conflicts[0]!.evidence.zh).toContain('信息项重合 2 项');
    expect(conflicts[0]!.parties.map((p) => p.name)).toEqual(['户籍人口信息', '户籍人口信息表']);
  });

  it('no 一数一源 for the same name with items that barely overlap, nor within one unit', () => {
    expect(
      crossUnitConflicts(county([0, resource(0, { name: '户籍人口信息', items: items('姓名', '公民身份号码', '出生日期') })], [1, resource(1, { name: '户籍人口信息', items: items('姓名', '救助类别', '救助金额') })])),
    ).toEqual([]);
    expect(crossUnitConflicts(county([0, resource(0, { name: '户籍人口信息', items: items('姓名', '公民身份号码') })], [0, resource(0, { name: '户籍人口信息', items: items('姓名', '公民身份号码') })]))).toEqual([]);
  });

  it('一数一源 by items: the same item set under another provider, whatever the names', () => {
    const conflicts = crossUnitConflicts(
      county([0, resource(0, { name: '人员基本情况', items: items('姓名', '公民身份号码', '出生日期') })], [2, resource(2, { name: '健康档案人员', items: items('出生日期', '姓名', '公民身份号码') })]),
    );
    expect(kinds(conflicts)).toEqual(['oneSource']);
    expect(conflicts[0]!.evidence.zh).toContain('信息项完全相同（3 项');
  });

  it('no 一数一源 by items for fewer than three items or a different item set', () => {
    expect(crossUnitConflicts(county([0, resource(0, { name: '甲', items: items('姓名', '公民身份号码') })], [2, resource(2, { name: '乙', items: items('姓名', '公民身份号码') })]))).toEqual([]);
    expect(crossUnitConflicts(county([0, resource(0, { name: '甲', items: items('姓名', '公民身份号码', '出生日期') })], [2, resource(2, { name: '乙', items: items('姓名', '公民身份号码', '性别') })]))).toEqual([]);
  });

  it('a resource code used by two units is a collision; the same code within one unit is not a cross-unit conflict', () => {
    const code = '307034341324101/000001';
    const conflicts = crossUnitConflicts(county([0, resource(0, { code, name: '甲', items: items('a') })], [1, resource(1, { code, name: '乙', items: items('b') })]));
    expect(kinds(conflicts)).toEqual(['codeCollision']);
    expect(conflicts[0]!.evidence.zh).toContain(code);
    expect(crossUnitConflicts(county([0, resource(0, { code, name: '甲', items: items('a') })], [0, resource(0, { code, name: '乙', items: items('b') })]))).toEqual([]);
  });

  it('one provider claimed by two units; a unit naming itself or another provider once is not', () => {
    const police = { providerName: UNITS[0].name, providerCode: UNITS[0].uscc };
    const conflicts = crossUnitConflicts(county([0, resource(0, { name: '甲', items: items('a') })], [1, resource(1, { name: '乙', items: items('b'), ...police })]));
    expect(kinds(conflicts)).toEqual(['sharedProvider']);
    expect(conflicts[0]!.evidence.zh).toContain('泗县公安局（1 条）');
    expect(crossUnitConflicts(county([0, resource(0, { name: '甲', items: items('a') })], [1, resource(1, { name: '乙', items: items('b') })]))).toEqual([]);
  });

  it('the same data shared unconditionally by one unit and not at all by another contradicts; the same share type does not', () => {
    const basis = [{ title: '中华人民共和国个人信息保护法', article: '第十三条' }];
    const pair = (other: Resource['shareType']) =>
      crossUnitConflicts(
        county(
          [0, resource(0, { name: '低保对象名单', items: items('姓名', '公民身份号码', '救助金额'), shareType: 'unconditional' })],
          [1, resource(1, { name: '低保对象', items: items('姓名', '公民身份号码', '救助金额'), shareType: other, shareBasis: basis })],
        ),
      );
    const contradicting = pair('none');
    expect(kinds(contradicting)).toEqual(['oneSource', 'shareContradiction']);
    const evidence = contradicting.find((c) => c.kind === 'shareContradiction')!.evidence.zh;
    expect(evidence).toContain('无条件共享');
    expect(evidence).toContain('不予共享（依据：中华人民共和国个人信息保护法第十三条）');
    expect(kinds(pair('unconditional'))).toEqual(['oneSource']);
  });

  it('every conflict is 待协调 and cites Sixian 28 and Anhui 27 from the regulation texts', () => {
    const conflicts = crossUnitConflicts(
      county([0, resource(0, { code: '3/1', name: '户籍人口信息', items: items('姓名', '公民身份号码', '出生日期'), shareType: 'none' })], [1, resource(1, { code: '3/1', name: '户籍人口', items: items('姓名', '公民身份号码', '出生日期'), shareType: 'unconditional', ...{ providerName: UNITS[0].name, providerCode: UNITS[0].uscc } })]),
    );
    expect(kinds(conflicts)).toEqual(['codeCollision', 'oneSource', 'shareContradiction', 'sharedProvider']);
    for (const c of conflicts) {
      expect(c.status).toEqual({ state: 'pending' });
      expect(CONFLICT_STATE_TEXT[c.status.state].zh).toBe('待协调');
      const cited = c.citations.map((x) => `${x.doc} ${x.article}`);
      expect(cited).toEqual(expect.arrayContaining(['sixian 第二十八条', 'anhui 第二十七条']));
      expect(c.citations.find((x) => x.doc === 'sixian' && x.article === '第二十八条')!.quote).toContain('由县数据资源管理局会同有关政务部门协调处理');
    }
  });

  it('groups a name shared by many units into one conflict, not one per pair', () => {
    const conflicts = crossUnitConflicts(county(...[0, 1, 2].map((u): [number, Resource] => [u, resource(u, { name: '法人单位基本信息', items: items('单位名称', '统一社会信用代码', '法定代表人') })])));
    expect(kinds(conflicts)).toEqual(['oneSource']);
    expect(conflicts[0]!.units).toHaveLength(3);
  });
});
