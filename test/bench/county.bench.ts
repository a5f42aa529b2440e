// A county's aggregation (issue #12): 120 unit packages holding 20,000 resources / 400,000 items in all, measured in
// the same run against two baselines. Goals: verify + aggregate + cross-unit checks ≤ 1.5× the sum of verifying the
// same packages one by one with today's verify; the cross-unit checks alone ≤ 2× whole-catalog validation of the
// aggregate (profile sixian). Every twentieth resource of a unit takes a name from a pool the units share, so the
// name blocks of the 一数一源 check are not trivially small. Peak memory is the whole bench process's (an upper
// bound: it includes building the packages). Each operation is timed in turn with its baseline; times are medians of
// wall clock and of CPU time, and the ratios are taken on CPU time, which a machine busy with other work does not
// inflate.
import { readAttribution } from '../../core/county/attribution.ts';
import { aggregate } from '../../core/county/aggregate.ts';
import { crossUnitConflicts } from '../../core/county/cross-unit-checks.ts';
import type { UnitPackageInput } from '../../core/county/receive-packages.ts';
import { loadDivisionTable } from '../../core/codes/division.ts';
import type { Catalog } from '../../core/model/catalog.ts';
import { verifyPackage } from '../../core/package/verify.ts';
import { RuleEngine } from '../../core/rules/engine.ts';
import { countyTrust, makeUnit, UNIT_AT, unitCatalog, unitPackage } from '../harness/county-units.ts';
import { median, timeInterleaved, type BenchTable } from './harness.ts';

const UNITS = 120;
const RESOURCES = 20_000;
const ITEMS = 20;
const RUNS = 3;
const SHARED_NAMES = ['户籍人口信息', '法人单位基本信息', '社会救助对象信息', '企业登记信息', '行政许可信息', '行政处罚信息', '不动产登记信息', '学校基本信息', '医疗机构信息', '道路运输许可信息'];

interface Timing {
  wall: number;
  cpu: number;
}

/** Medians of a baseline and an operation measured in turn (harness.ts timeInterleaved). */
async function timedInTurn(fns: [() => Promise<unknown>, () => Promise<unknown>]): Promise<[Timing, Timing]> {
  const [a, b] = (await timeInterleaved(RUNS, fns)).map(({ wall, cpu }) => ({ wall: median(wall), cpu: median(cpu) }));
  return [a!, b!];
}

export async function countyBench(): Promise<BenchTable> {
  const units = Array.from({ length: UNITS }, (_, i) => makeUnit(i + 1, `泗县第${i + 1}单位`, 'SM2-with-SM3'));
  const trust = (await countyTrust(units)).store;
  const inputs: UnitPackageInput[] = [];
  for (const [i, unit] of units.entries()) {
    const resources = Math.floor(RESOURCES / UNITS) + (i < RESOURCES % UNITS ? 1 : 0);
    const catalog = unitCatalog(unit, { resources, seed: 1000 + i, itemsPerResource: ITEMS });
    catalog.resources.forEach((r, k) => {
      if (k % 20 === 0) r.name = SHARED_NAMES[(k / 20 + i) % SHARED_NAMES.length]!;
    });
    inputs.push({ file: `unit-${i + 1}.zip`, bytes: await unitPackage(unit, catalog) });
  }
  const megabytes = inputs.reduce((n, x) => n + ('bytes' in x ? x.bytes.length : 0), 0) / 1e6;

  let county: Catalog | undefined;
  let conflicts = 0;
  const [oneByOne, aggregation] = await timedInTurn([
    async () => {
      for (const input of inputs) {
        if (!('bytes' in input)) continue;
        const result = await verifyPackage(input.bytes, { trust, at: UNIT_AT });
        if (!result.ok) throw new Error(`bench package does not verify: ${result.reason}`);
      }
    },
    async () => {
      const result = await aggregate(inputs, { trust, at: UNIT_AT, profile: 'sixian' });
      if (result.report.counts.accepted !== UNITS) throw new Error('bench packages were not all accepted');
      county = result.catalog;
      conflicts = result.report.counts.conflicts;
    },
  ]);
  if (county!.resources.length !== RESOURCES || !county!.resources.every((r) => readAttribution(r))) throw new Error('bench county catalog is incomplete');

  const engine = new RuleEngine({ profile: 'sixian', divisions: await loadDivisionTable(), today: '2026-11-22' });
  const [validation, checks] = await timedInTurn([async () => engine.validateCatalog(county!), async () => crossUnitConflicts(county!)]);
  const peakMB = process.resourceUsage().maxRSS / 1024;

  const row = (operation: string, t: Timing, baseline: Timing | undefined, goal: string) => [operation, t.wall.toFixed(0), t.cpu.toFixed(0), baseline ? (t.cpu / baseline.cpu).toFixed(2) : '—', goal];
  return {
    title: `County aggregation: ${UNITS} unit packages (${RESOURCES.toLocaleString('en')} resources, ${(RESOURCES * ITEMS).toLocaleString('en')} items, ${megabytes.toFixed(1)} MB of packages, SM2-with-SM3), ${conflicts} conflicts found; peak RSS of the bench process ${peakMB.toFixed(0)} MB`,
    header: ['operation', 'wall ms', 'CPU ms', '× its baseline (CPU)', 'goal'],
    rows: [
      row('baseline 1: verify each package one by one', oneByOne, undefined, '—'),
      row('verify + aggregate + cross-unit checks', aggregation, oneByOne, '≤1.5'),
      row('baseline 2: whole-catalog validation of the aggregate', validation, undefined, '—'),
      row('cross-unit checks on the aggregate', checks, validation, '≤2'),
    ],
  };
}
