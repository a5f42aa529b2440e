// Province scale (issue #12): the same `mulu aggregate` a county runs, over 1×, 2×, 4× and 8× the county input
// (1× = 120 unit packages holding 20,000 resources / 400,000 items, SM2-with-SM3), each size in its own process
// (aggregate-task.ts) so its peak RSS is its own. The command reads one package file at a time and writes the
// catalog resource by resource, so time and memory should grow about linearly; goals: 1× peak < 1 GB, the largest
// size < 4 GB. Then the county package at 1×: packing the county catalog with its 120 embedded unit packages and the
// signed roster, against zipping the same files with fflate plus one SM3 pass over them (goal ≤ 1.5×); checking the
// sources before packing (verifying every unit package) is shown on its own row.
//
// The generated packages are kept in a folder under the system's temporary folder and reused by later runs (making
// 960 signed packages takes minutes); delete it to make them again. MULU_PROVINCE_SIZES=1,2 runs fewer sizes.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { checkCountySources, packCountyPackage, type CountySource } from '../../core/county/county-package-pack.ts';
import { ROSTER_ENTRY, ROSTER_SIGNATURE_ENTRY, signRoster } from '../../core/county/county-roster.ts';
import { loadDivisionTable } from '../../core/codes/division.ts';
import { encodePublicKeyPem } from '../../core/crypto/keys.ts';
import { digestBytes } from '../../core/crypto/digest.ts';
import { generateKeyPair } from '../../core/crypto/signature.ts';
import { parseCatalogText, serializeCatalog } from '../../core/format/catalog-file.ts';
import { buildReport } from '../../core/report/validation-report.ts';
import { RuleEngine } from '../../core/rules/engine.ts';
import { encodeUtf8 } from '../../core/zip/utf8.ts';
import { parseTrustStore } from '../../core/package/trust-store.ts';
import { makeUscc } from '../harness/catalog-builders.ts';
import { countyTrust, makeUnit, unitCatalog, unitPackage } from '../harness/county-units.ts';
import { median, timeInterleaved, type BenchTable } from './harness.ts';

const UNITS = 120;
const RESOURCES = 20_000;
const ITEMS = 20;
const SIZES = (process.env.MULU_PROVINCE_SIZES ?? '1,2,4,8').split(',').map(Number);
const RUNS = 3;
const DIR = join(tmpdir(), 'mulu-province-bench-v1');
const TASK = join(import.meta.dirname, 'aggregate-task.ts');
const SHARED_NAMES = ['户籍人口信息', '法人单位基本信息', '社会救助对象信息', '企业登记信息', '行政许可信息', '行政处罚信息', '不动产登记信息', '学校基本信息', '医疗机构信息', '道路运输许可信息'];
const CREATED = '2026-11-24T09:00:00+08:00';

const file = (i: number) => join(DIR, `unit-${String(i + 1).padStart(4, '0')}.zip`);

/** 8× the county's units, each size taking the first 120·k: every group of 120 holds 20,000 resources. */
async function ensureInputs(count: number): Promise<void> {
  const marker = join(DIR, 'inputs.json');
  if (existsSync(marker) && (JSON.parse(readFileSync(marker, 'utf8')) as { count: number }).count >= count) return;
  mkdirSync(DIR, { recursive: true });
  const units = Array.from({ length: count }, (_, i) => makeUnit(i + 1, `第${Math.floor(i / UNITS) + 1}县第${(i % UNITS) + 1}单位`, 'SM2-with-SM3'));
  for (const [i, unit] of units.entries()) {
    const k = i % UNITS;
    const resources = Math.floor(RESOURCES / UNITS) + (k < RESOURCES % UNITS ? 1 : 0);
    const catalog = unitCatalog(unit, { resources, seed: 1000 + i, itemsPerResource: ITEMS });
    catalog.resources.forEach((r, n) => {
      if (n % 20 === 0) r.name = SHARED_NAMES[(n / 20 + k) % SHARED_NAMES.length]!;
    });
    writeFileSync(file(i), await unitPackage(unit, catalog));
  }
  writeFileSync(join(DIR, 'trust.json'), (await countyTrust(units)).text);
  writeFileSync(marker, JSON.stringify({ count }));
}

interface TaskResult {
  ms: number;
  cpuMs: number;
  rssMB: number;
  accepted: number;
  resources: number;
}

function aggregateInOwnProcess(size: number): TaskResult {
  const files = Array.from({ length: UNITS * size }, (_, i) => file(i));
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', TASK, join(DIR, 'trust.json'), join(DIR, `county-${size}x.json`), join(DIR, `report-${size}x.json`), ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  const result = JSON.parse(stdout.trim().split('\n').pop()!) as TaskResult;
  if (result.accepted !== files.length || result.resources !== RESOURCES * size) throw new Error(`bench aggregate at ${size}×: ${result.accepted} accepted, ${result.resources} resources`);
  return result;
}

export async function provinceBench(): Promise<BenchTable> {
  await ensureInputs(UNITS * Math.max(...SIZES));
  const rows: string[][] = [];
  let one: { cpuMs: number; rssMB: number } | undefined;
  for (const size of SIZES) {
    const runs = Array.from({ length: size === 1 ? RUNS : 1 }, () => aggregateInOwnProcess(size));
    const r = { ms: median(runs.map((x) => x.ms)), cpuMs: median(runs.map((x) => x.cpuMs)), rssMB: Math.max(...runs.map((x) => x.rssMB)) };
    if (size === 1) one = r;
    const growth = one ? `${(r.cpuMs / one.cpuMs).toFixed(2)} / ${(r.rssMB / one.rssMB).toFixed(2)}` : '—';
    rows.push([`aggregate ${size}× (${UNITS * size} packages, ${(RESOURCES * size).toLocaleString('en')} resources)`, r.ms.toFixed(0), r.cpuMs.toFixed(0), r.rssMB.toFixed(0), growth, size === 1 ? 'RSS < 1,024' : size === Math.max(...SIZES) ? 'RSS < 4,096' : '—']);
  }

  // The county package at 1×, from the county catalog the 1× run wrote.
  const parsed = parseCatalogText(readFileSync(join(DIR, 'county-1x.json'), 'utf8'));
  if (!parsed.ok) throw new Error('bench county catalog');
  const county = { ...parsed.catalog, department: { name: '第1县数据资源管理局', uscc: makeUscc('11', '341324', 'MB900003'), divisionCode: '341324' } };
  const engine = new RuleEngine({ profile: county.profile, divisions: await loadDivisionTable(), today: '2026-11-24' });
  const report = buildReport(county, engine.profile, engine.validateCatalog(county));
  if (report.counts.error > 0) throw new Error(`bench county catalog has errors: ${[...new Set(report.findings.filter((f) => f.severity === 'error').map((f) => f.ruleId))].join(', ')}`);
  const trustParsed = await parseTrustStore(readFileSync(join(DIR, 'trust.json'), 'utf8'));
  if (!trustParsed.ok) throw new Error('bench trust');
  const sources: CountySource[] = Array.from({ length: UNITS }, (_, i) => ({ file: `unit-${i + 1}.zip`, bytes: new Uint8Array(readFileSync(file(i))) }));
  const key = generateKeyPair('SM2-with-SM3');
  const signer = { suite: key.algorithm, privateKey: key.privateKey, publicKey: key.publicKey };
  let checked = await checkCountySources(county, sources, trustParsed.store, CREATED);

  // The baseline zips the same files the packer writes, already serialised, and digests each once: no signing.
  const roster = signRoster({ format: 'mulu.county-roster', version: 1, county: county.department, signer: 'sm3:', issuedAt: checked.createdAt, units: checked.units }, signer);
  const payload: Record<string, Uint8Array> = {
    'META-INF/signer.pem': encodeUtf8(encodePublicKeyPem(key.algorithm, key.publicKey)),
    'catalog.json': encodeUtf8(serializeCatalog(county)),
    'validation-report.json': encodeUtf8(`${JSON.stringify(report, null, 2)}\n`),
    ...Object.fromEntries(checked.embedded),
    [ROSTER_ENTRY]: roster.bytes,
    [ROSTER_SIGNATURE_ENTRY]: roster.signature,
  };
  const megabytes = Object.values(payload).reduce((n, d) => n + d.length, 0) / 1e6;
  let packedMB = 0;
  const [baseline, pack, check] = await timeInterleaved(RUNS, [
    async () => {
      zipSync(payload, { level: 6 });
      for (const data of Object.values(payload)) await digestBytes('SM3', data);
    },
    async () => {
      packedMB = (await packCountyPackage({ catalog: county, report, signer, sources: checked })).length / 1e6;
    },
    async () => {
      checked = await checkCountySources(county, sources, trustParsed.store, CREATED);
    },
  ]);
  const cpu = (t: { cpu: number[] }) => median(t.cpu);
  const wall = (t: { wall: number[] }) => median(t.wall);
  rows.push(
    [`baseline: fflate zip + SM3 of the county package's files (${megabytes.toFixed(0)} MB)`, wall(baseline!).toFixed(0), cpu(baseline!).toFixed(0), '—', '—', '—'],
    [`pack the county package (${packedMB.toFixed(1)} MB; no workbook)`, wall(pack!).toFixed(0), cpu(pack!).toFixed(0), '—', `${(cpu(pack!) / cpu(baseline!)).toFixed(2)} × baseline`, '≤1.5 × baseline'],
    [`check the ${UNITS} sources before packing (verifies each)`, wall(check!).toFixed(0), cpu(check!).toFixed(0), '—', `${(cpu(check!) / cpu(baseline!)).toFixed(2)} × baseline`, '—'],
  );
  return {
    title: `Province scale: mulu aggregate at ${SIZES.join('×, ')}× the county input, each size in its own process (${UNITS}k packages, 20,000k resources, ${ITEMS} items each); then the county package at 1×`,
    header: ['operation', 'wall ms', 'CPU ms', 'peak RSS MB', 'growth vs 1× (CPU / RSS)', 'goal'],
    rows,
  };
}
