// `mulu aggregate` as a county office runs it: the county catalog and report written, each input's verdict, the
// exit codes (0 clean, 1 rejected packages or conflicts, 2 unusable input) and Chinese messages that say where.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAttribution } from '../../../core/county/attribution.ts';
import { encodePublicKeyPem } from '../../../core/crypto/keys.ts';
import { parseCatalogText } from '../../../core/format/catalog-file.ts';
import { runMulu } from '../../harness/cli.ts';
import { countyTrust, makeUnit, revisedUnitCatalog, unitCatalog, unitPackage } from '../../harness/county-units.ts';

let dir = '';
const path = (name: string) => join(dir, name);
const read = (name: string) => readFileSync(path(name), 'utf8');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-aggregate-cli-'));
  const a = makeUnit(11, '泗县教育局');
  const b = makeUnit(12, '泗县民政局');
  writeFileSync(path('trust.json'), (await countyTrust([a, b])).text);
  writeFileSync(path('unit.pem'), encodePublicKeyPem(a.key.algorithm, a.key.publicKey));
  const a1 = unitCatalog(a, { resources: 3, seed: 31 });
  const b1 = unitCatalog(b, { resources: 2, seed: 32 });
  const a1pkg = await unitPackage(a, a1);
  writeFileSync(path('a1.zip'), a1pkg);
  writeFileSync(path('a2.zip'), await unitPackage(a, revisedUnitCatalog(a1), { base: a1pkg }));
  writeFileSync(path('b1.zip'), await unitPackage(b, b1));
  // Unit B's second version, which also catalogues unit A's first resource under A's provider code.
  const b2 = revisedUnitCatalog(b1);
  const copy = structuredClone(a1.resources[0]!);
  const prefix = `${copy.code!.slice(0, 6)}${b.divisionCode}${b.number}`;
  b2.resources.push({ ...copy, id: 'copied', code: `${prefix}/000099`, classification: { ...copy.classification!, subCatalogs: [b.divisionCode, b.number] } });
  b2.codeSequences = { ...b2.codeSequences, [prefix]: 99 };
  writeFileSync(path('b2.zip'), await unitPackage(b, b2, { createdAt: '2026-11-22T11:00:00+08:00' }));
  writeFileSync(path('empty.zip'), new Uint8Array());
  writeFileSync(path('not-a-package.zip'), '这不是目录包');
  writeFileSync(path('not-json.json'), '{');
  mkdirSync(path('folder.zip'));
});

describe('mulu aggregate', () => {
  it('writes the county catalog and report; exit 0 when every package is taken and nothing conflicts', async () => {
    const r = await runMulu('aggregate', path('a1.zip'), path('b1.zip'), '--trust', path('trust.json'), '--out', path('county.json'), '--report', path('report.json'), '--profile', 'sixian');
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toContain('[已采用 / accepted] a1.zip：泗县教育局');
    expect(r.out).toContain('冲突 / conflicts: 0');
    expect(r.err).toContain('已写出县级汇总目录');
    const county = parseCatalogText(read('county.json'));
    if (!county.ok) throw new Error(county.kind);
    expect(county.catalog.resources).toHaveLength(5);
    expect(new Set(county.catalog.resources.map((x) => readAttribution(x)!.sourceFile))).toEqual(new Set(['a1.zip', 'b1.zip']));
    const report = JSON.parse(read('report.json'));
    expect(report).toMatchObject({ format: 'mulu.aggregate-report', version: 1, counts: { inputs: 2, accepted: 2, rejected: 0, conflicts: 0 } });
  });

  it('takes an increment on the previous county catalog (--base); JSON output is the report', async () => {
    await runMulu('aggregate', path('a1.zip'), path('b1.zip'), '--trust', path('trust.json'), '--out', path('county-v1.json'));
    const r = await runMulu('aggregate', path('a2.zip'), '--trust', path('trust.json'), '--base', path('county-v1.json'), '--out', path('county-v2.json'), '--format', 'json');
    expect(r.code, r.out + r.err).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.inputs).toMatchObject([{ file: 'a2.zip', verdict: 'accepted', version: 2, incremental: true }]);
    expect(report.units.map((u: { name: string; version: number; carried: boolean }) => [u.name, u.version, u.carried]).sort()).toEqual([
      ['泗县教育局', 2, false],
      ['泗县民政局', 1, true],
    ]);
    expect(report.county.catalogVersion).toBe(2);
  });

  it('a broken, empty or missing package is a rejected input with its Chinese reason: exit 1, the rest aggregated', async () => {
    const r = await runMulu('aggregate', path('empty.zip'), path('not-a-package.zip'), path('missing.zip'), path('folder.zip'), path('a1.zip'), '--trust', path('trust.json'), '--out', path('county-bad.json'));
    expect(r.code, r.err).toBe(1);
    expect(r.out).toContain('[已拒收 / rejected] empty.zip  原因 / reason: container');
    expect(r.out).toContain('[已拒收 / rejected] missing.zip  原因 / reason: unreadable');
    expect(r.out).toContain('找不到文件');
    expect(r.out).toContain('是文件夹，不是文件');
    expect(r.out).toContain('[已采用 / accepted] a1.zip');
    const county = parseCatalogText(read('county-bad.json'));
    expect(county.ok && county.catalog.resources.length).toBe(3);
  });

  it('conflicts are exit 1 and listed with their status and articles', async () => {
    const r = await runMulu('aggregate', path('a1.zip'), path('b2.zip'), '--trust', path('trust.json'), '--out', path('county-c.json'));
    expect(r.code, r.err).toBe(1);
    expect(r.out).toContain('一数一源');
    expect(r.out).toContain('同一提供方被多个单位申报');
    expect(r.out).toContain('[待协调]');
    expect(r.out).toContain('《泗县政务数据资源管理办法》第二十八条');
  });

  it('unusable input is exit 2 and writes nothing: no trust store, a public key for --trust, an unreadable --base, an unknown profile', async () => {
    const cases = [
      [['--trust', path('nope.json')], '找不到文件'],
      [['--trust', path('not-json.json')], '信任库文件无法解析'],
      [['--trust', path('unit.pem')], '信任库文件无法解析'],
      [['--trust', path('trust.json'), '--base', path('not-json.json')], '目录文件无法解析'],
      [['--trust', path('trust.json'), '--base', path('a1.zip')], '不是 UTF-8'],
      [['--trust', path('trust.json'), '--profile', 'mars'], '未知的规则配置'],
      [['--trust', path('trust.json'), '--department-name', '泗县数据资源管理局'], '须一并给出'],
    ] as const;
    for (const [args, message] of cases) {
      const r = await runMulu('aggregate', path('a1.zip'), ...args, '--out', path('never.json'));
      expect(r.code, `${args.join(' ')}: ${r.err}`).toBe(2);
      expect(r.err).toContain(message);
    }
    expect(existsSync(path('never.json'))).toBe(false);
  });

  it('a county catalog that is not an aggregate is an unusable base, named by its path', async () => {
    const plain = JSON.parse(read('county.json'));
    delete plain.resources[0].extensions;
    writeFileSync(path('plain.json'), JSON.stringify(plain));
    const r = await runMulu('aggregate', path('a2.zip'), '--trust', path('trust.json'), '--base', path('plain.json'), '--out', path('never.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('上次的县级汇总目录内容有误');
    expect(r.err).toContain('resources[0].extensions');
  });

  it('refuses to write over an input (the output guard), and --help only prints the usage', async () => {
    const before = readFileSync(path('b1.zip'));
    const r = await runMulu('aggregate', path('a1.zip'), path('b1.zip'), '--trust', path('trust.json'), '--out', path('b1.zip'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('是同一个文件');
    expect(readFileSync(path('b1.zip'))).toEqual(before);
    const report = await runMulu('aggregate', path('a1.zip'), '--trust', path('trust.json'), '--out', path('x.json'), '--report', path('trust.json'));
    expect(report.code).toBe(2);
    const help = await runMulu('aggregate', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('用法：mulu aggregate');
    expect((await runMulu('aggregate', '--trust', path('trust.json'), '--out', path('x.json'))).code).toBe(2);
  });
});
