// The county's 需求清单 (Chongqing Art. 12): the needs of every unit whose package the county aggregates, each named by
// the unit that raised it, kept for units carried over from the previous county catalog, and counted in the report.
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate } from '../../../../core/county/aggregate.ts';
import { acceptedVersionsOf } from '../../../../core/county/county-base.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import type { TrustStore } from '../../../../core/package/trust-store.ts';
import { validNeed } from '../../../harness/catalog-builders.ts';
import { countyTrust, makeUnit, UNIT_AT, unitCatalog, unitPackage, type TestUnit } from '../../../harness/county-units.ts';

let a: TestUnit;
let b: TestUnit;
let trust: TrustStore;
let county: Catalog;
const pkg: Record<'a' | 'b', Uint8Array> = {} as never;

beforeAll(async () => {
  a = makeUnit(1, '泗县教育局');
  b = makeUnit(2, '泗县民政局');
  trust = (await countyTrust([a, b])).store;
  pkg.a = await unitPackage(a, { ...unitCatalog(a, { resources: 2, seed: 31 }), needs: [validNeed({ requester: '泗县教育局学生资助中心' }), validNeed({ id: 'need-0002', resourceName: '低保对象名单', holder: '泗县民政局' })] });
  pkg.b = await unitPackage(b, { ...unitCatalog(b, { resources: 2, seed: 32 }), needs: [validNeed({ requester: undefined, resourceName: '学籍信息', holder: '泗县教育局' })] });
  county = (await aggregate([{ file: 'a.zip', bytes: pkg.a }, { file: 'b.zip', bytes: pkg.b }], { trust, at: UNIT_AT, profile: 'sixian' })).catalog;
});

describe('the county’s 需求清单', () => {
  it('holds every unit’s needs, ids unique across units, a need without a requester named by its unit', () => {
    expect(county.needs!.map((n) => [n.id, n.requester, n.resourceName])).toEqual([
      [`${a.uscc}/need-0001`, '泗县教育局学生资助中心', '不动产登记信息'],
      [`${a.uscc}/need-0002`, '泗县农业农村局', '低保对象名单'],
      [`${b.uscc}/need-0001`, '泗县民政局', '学籍信息'],
    ]);
  });

  it('counts them per unit in the report, and keeps a carried unit’s needs from the previous county catalog', async () => {
    const read = acceptedVersionsOf(county);
    if (!read.ok) throw new Error('base');
    // B sends the version the county already holds: both units are carried over, their needs read from the base.
    const next = await aggregate([{ file: 'b.zip', bytes: pkg.b }], { trust, at: UNIT_AT, profile: 'sixian', base: { catalog: county, units: read.units } });
    expect(next.catalog.needs).toEqual(county.needs);
    expect(next.report.county.needs).toBe(3);
    expect(next.report.units.map((u) => [u.name, u.needs, u.carried])).toEqual([
      ['泗县教育局', 2, true],
      ['泗县民政局', 1, true],
    ]);
  });
});
