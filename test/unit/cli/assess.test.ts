// `mulu assess` on a county catalog from `mulu aggregate`: the sheet written, each unit's line, exit 1 when a roster
// unit is behind, 0 when timeliness is not computed (and said so), 2 for unusable input with a Chinese message.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMulu } from '../../harness/cli.ts';
import { countyTrust, makeUnit, unitCatalog, unitPackage } from '../../harness/county-units.ts';

let dir = '';
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-assess-cli-'));
  const [a, b, c] = [makeUnit(31, '泗县教育局'), makeUnit(32, '泗县民政局'), makeUnit(33, '泗县交通运输局')];
  writeFileSync(path('trust.json'), (await countyTrust([a!, b!, c!])).text);
  writeFileSync(path('a1.zip'), await unitPackage(a!, unitCatalog(a!, { resources: 3, seed: 51 })));
  writeFileSync(path('b1.zip'), await unitPackage(b!, unitCatalog(b!, { resources: 2, seed: 52 })));
  const r = await runMulu('aggregate', path('a1.zip'), path('b1.zip'), '--trust', path('trust.json'), '--out', path('county.json'));
  expect(r.code, r.err).toBe(0);
}, 60_000);

describe('mulu assess', () => {
  it('writes the sheet; a roster unit that has not reported by the deadline makes exit 1', async () => {
    const r = await runMulu('assess', path('county.json'), '--roster', path('trust.json'), '--deadline', '2026-12-04', '--today', '2026-12-09', '--out', path('考核表.xlsx'));
    expect(r.code, r.err).toBe(1);
    expect(r.out).toContain('泗县教育局');
    expect(r.out).toMatch(/泗县交通运输局（[0-9A-Z]+）资源 0 .*报送 逾期/);
    expect(r.out).toContain('退回资源数：输入中没有回执');
    expect(existsSync(path('考核表.xlsx'))).toBe(true);
  });

  it('without a deadline (the profile has no annual one) timeliness is not computed and said so: exit 0; JSON on request', async () => {
    const r = await runMulu('assess', path('county.json'), '--format', 'json');
    expect(r.code, r.err).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ format: 'mulu.assessment', version: 1, due: null });
    expect(json.units).toHaveLength(2);
    expect(json.notComputed.map((t: { zh: string }) => t.zh).join()).toContain('及时性');
  });

  it('unusable input is exit 2 with a Chinese message', async () => {
    const bad = await runMulu('assess', path('county.json'), '--deadline', '2026-02-30');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--deadline 应为日期');
    const roster = await runMulu('assess', path('county.json'), '--roster', path('county.json'));
    expect(roster.code).toBe(2);
    expect(roster.err).toContain('既不是信任库');
  });
});
