// Aggregating unit packages into the county catalog: attribution, each unit's latest acceptable version (full,
// increments, replays, the previous county catalog as base), and rejected inputs that are never merged.
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregate, type AggregateOptions } from '../../../../core/county/aggregate.ts';
import { ATTRIBUTION_KEYS, readAttribution } from '../../../../core/county/attribution.ts';
import { acceptedVersionsOf } from '../../../../core/county/county-base.ts';
import type { UnitPackageInput } from '../../../../core/county/receive-packages.ts';
import { parseCatalogText, serializeCatalog } from '../../../../core/format/catalog-file.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import type { TrustStore } from '../../../../core/package/trust-store.ts';
import { countyTrust, makeUnit, revisedUnitCatalog, UNIT_AT, UNIT_CREATED, unitCatalog, unitPackage, type TestUnit } from '../../../harness/county-units.ts';

let a: TestUnit;
let b: TestUnit;
let stranger: TestUnit;
let trust: TrustStore;
let a1: Catalog;
let a2: Catalog;
let b1: Catalog;
const pkg: Record<'a1' | 'a2inc' | 'a3inc' | 'b1' | 'strangerPkg' | 'training' | 'a1other' | 'a2onOther', Uint8Array> = {} as never;

beforeAll(async () => {
  a = makeUnit(1, '泗县教育局');
  b = makeUnit(2, '泗县民政局');
  stranger = makeUnit(3, '泗县未登记单位');
  trust = (await countyTrust([a, b])).store;
  a1 = unitCatalog(a, { resources: 4, seed: 21 });
  a2 = revisedUnitCatalog(a1);
  b1 = unitCatalog(b, { resources: 3, seed: 22 });
  pkg.a1 = await unitPackage(a, a1);
  pkg.a2inc = await unitPackage(a, a2, { base: pkg.a1 });
  pkg.a3inc = await unitPackage(a, revisedUnitCatalog(a2), { base: pkg.a2inc });
  pkg.b1 = await unitPackage(b, b1);
  pkg.strangerPkg = await unitPackage(stranger, unitCatalog(stranger, { resources: 2, seed: 23 }));
  pkg.training = await unitPackage(b, revisedUnitCatalog(b1), { type: 'training' });
  // Another version 1 of unit A, and an increment on it: a chain the county never accepted.
  const other = structuredClone(a1);
  other.resources[1]!.abstract = '另一份第一版';
  pkg.a1other = await unitPackage(a, other, { createdAt: '2026-11-22T10:00:00+08:00' });
  pkg.a2onOther = await unitPackage(a, revisedUnitCatalog(other), { base: pkg.a1other });
});

const options = (extra: Partial<AggregateOptions> = {}): AggregateOptions => ({ trust, at: UNIT_AT, profile: 'sixian', ...extra });
const inputs = (...names: (keyof typeof pkg)[]): UnitPackageInput[] => names.map((n) => ({ file: `${n}.zip`, bytes: pkg[n] }));
const verdictsOf = (r: Awaited<ReturnType<typeof aggregate>>) => r.report.inputs.map((i) => [i.file, i.verdict, i.reason ?? null]);

describe('aggregate', () => {
  it('takes every unit’s package and attributes each resource to its unit and source package', async () => {
    const { catalog, report } = await aggregate(inputs('a1', 'b1'), options());
    expect(verdictsOf({ catalog, report })).toEqual([
      ['a1.zip', 'accepted', null],
      ['b1.zip', 'accepted', null],
    ]);
    expect(catalog.resources).toHaveLength(a1.resources.length + b1.resources.length);
    const first = catalog.resources.find((r) => r.code === a1.resources[0]!.code)!;
    expect(readAttribution(first)).toMatchObject({ unit: { name: '泗县教育局', uscc: a.uscc, divisionCode: a.divisionCode, number: a.number }, sourceFile: 'a1.zip', version: 1 });
    expect(first.extensions![ATTRIBUTION_KEYS.date]).toBe(new Date(UNIT_CREATED).toISOString());
    expect(first.id).toBe(`${a.uscc}/${a1.resources[0]!.id}`);
    expect(catalog.profile).toBe('sixian');
    expect(catalog.catalogVersion).toBe(1);
    // Units are listed in USCC order.
    expect(report.units.map((u) => [u.uscc, u.name, u.version, u.resources, u.carried])).toEqual(
      [
        [a.uscc, '泗县教育局', 1, 4, false],
        [b.uscc, '泗县民政局', 1, 3, false],
      ].sort(),
    );
    expect(report.counts).toMatchObject({ inputs: 2, accepted: 2, rejected: 0, conflicts: 0 });
  });

  it('writes a county catalog that today’s catalog reader takes unchanged', async () => {
    const { catalog } = await aggregate(inputs('a1', 'b1'), options());
    const read = parseCatalogText(serializeCatalog(catalog));
    expect(read.ok).toBe(true);
  });

  it('takes the latest version of a unit’s chain given in one run, in any order; earlier ones are superseded', async () => {
    const { catalog, report } = await aggregate(inputs('a3inc', 'a1', 'a2inc'), options());
    expect(verdictsOf({ catalog, report })).toEqual([
      ['a3inc.zip', 'accepted', null],
      ['a1.zip', 'superseded', null],
      ['a2inc.zip', 'superseded', null],
    ]);
    expect(report.units).toMatchObject([{ version: 3, sourceFile: 'a3inc.zip' }]);
    expect(catalog.resources[0]!.abstract).toContain('第 3 版修订');
  });

  it('refuses a replayed or repeated version, and an increment whose base it does not hold', async () => {
    const { report } = await aggregate(inputs('a1', 'a2inc', 'a1', 'a3inc'), options());
    expect(report.inputs.map((i) => i.verdict)).toEqual(['superseded', 'superseded', 'rejected', 'accepted']);
    expect(report.inputs[2]).toMatchObject({ reason: 'staleVersion' });
    expect(report.inputs[2]!.message!.zh).not.toBe('');

    const lone = await aggregate(inputs('a2inc'), options());
    expect(lone.report.inputs[0]).toMatchObject({ verdict: 'rejected', reason: 'missingBase' });
    expect(lone.report.inputs[0]!.message!.zh).toContain('增量目录包');
    expect(lone.catalog.resources).toEqual([]);
  });

  it('never merges a package that fails verification: unknown signer, training, empty, broken or unreadable', async () => {
    const broken = pkg.b1.slice(0, pkg.b1.length - 100);
    const { catalog, report } = await aggregate(
      [...inputs('strangerPkg', 'training'), { file: 'empty.zip', bytes: new Uint8Array() }, { file: 'broken.zip', bytes: broken }, { file: 'gone.zip', unreadable: { zh: '找不到文件：gone.zip', en: 'file not found: gone.zip' } }, ...inputs('a1')],
      options(),
    );
    expect(verdictsOf({ catalog, report })).toEqual([
      ['strangerPkg.zip', 'rejected', 'unknownKey'],
      ['training.zip', 'rejected', 'trainingPackage'],
      ['empty.zip', 'rejected', 'container'],
      ['broken.zip', 'rejected', 'container'],
      ['gone.zip', 'rejected', 'unreadable'],
      ['a1.zip', 'accepted', null],
    ]);
    for (const input of report.inputs.filter((i) => i.verdict === 'rejected')) expect(input.message!.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(new Set(catalog.resources.map((r) => readAttribution(r)!.unit.uscc))).toEqual(new Set([a.uscc]));
    expect(report.counts.rejected).toBe(5);
  });

  describe('with the previous county catalog as base', () => {
    let first: Catalog;
    beforeAll(async () => {
      first = parseOk(serializeCatalog((await aggregate(inputs('a1', 'b1'), options())).catalog));
    });

    it('gives back each unit’s accepted catalog, version and manifest digest', async () => {
      const read = acceptedVersionsOf(first);
      if (!read.ok) throw new Error('base');
      const unitA = read.units.get(a.uscc)!;
      expect(unitA).toMatchObject({ version: 1, sourceFile: 'a1.zip', carried: true });
      expect(unitA.catalog.resources).toEqual(a1.resources);
      expect(unitA.catalog.department).toEqual({ name: a.name, uscc: a.uscc, divisionCode: a.divisionCode, number: a.number });
    });

    it('takes an increment on the unit’s accepted version and carries the other units over', async () => {
      const read = acceptedVersionsOf(first);
      if (!read.ok) throw new Error('base');
      const { catalog, report } = await aggregate(inputs('a2inc'), options({ base: { catalog: first, units: read.units } }));
      expect(report.inputs[0]).toMatchObject({ verdict: 'accepted', version: 2, incremental: true });
      expect(report.units.find((u) => u.uscc === b.uscc)).toMatchObject({ version: 1, carried: true, sourceFile: 'b1.zip' });
      expect(catalog.catalogVersion).toBe(2);
      expect(catalog.resources).toHaveLength(a2.resources.length + b1.resources.length);
      expect(catalog.resources.find((r) => r.code === a2.resources[0]!.code)!.abstract).toBe(a2.resources[0]!.abstract);
    });

    it('refuses a replay of the accepted version and an increment on a version the county never accepted', async () => {
      const read = acceptedVersionsOf(first);
      if (!read.ok) throw new Error('base');
      const { catalog, report } = await aggregate(inputs('a1', 'a2onOther'), options({ base: { catalog: first, units: read.units } }));
      expect(verdictsOf({ catalog, report })).toEqual([
        ['a1.zip', 'rejected', 'staleVersion'],
        ['a2onOther.zip', 'rejected', 'baseDigestMismatch'],
      ]);
      expect(catalog.resources.filter((r) => readAttribution(r)!.unit.uscc === a.uscc).map((r) => r.abstract)).toEqual(a1.resources.map((r) => r.abstract));
    });

    it('refuses a base whose resources are not attributed', () => {
      const plain = structuredClone(first);
      delete plain.resources[1]!.extensions;
      const read = acceptedVersionsOf(plain);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.problems[0]).toMatchObject({ path: 'resources[1].extensions' });
    });
  });
});

function parseOk(text: string): Catalog {
  const read = parseCatalogText(text);
  if (!read.ok) throw new Error(read.kind);
  return read.catalog;
}
