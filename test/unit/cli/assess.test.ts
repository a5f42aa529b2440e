// `mulu assess` on a county catalog from `mulu aggregate`: the sheet written, each unit's line, exit 1 when a roster
// unit is behind, 0 when timeliness is not computed (and said so), 2 for unusable input with a Chinese message.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodePublicKeyPem, keyIdOf } from '../../../core/crypto/keys.ts';
import { readPackage } from '../../../core/package/read-package.ts';
import { buildReceipt, serializeReceipt, signReceipt, type ReceiptInput } from '../../../core/package/receipt.ts';
import { runMulu } from '../../harness/cli.ts';
import { countyTrust, makeUnit, unitCatalog, unitPackage, type TestUnit } from '../../harness/county-units.ts';
import { signerOf } from '../core/package/package-fixtures.ts';

// The county authority that issues the receipts (its key), and a stranger that signs one too.
const county = makeUnit(40, '泗县数据资源管理局');
const stranger = makeUnit(41, '外县数据资源管理局');

/** A receipt `by` signs for the package file `pkg`. */
async function receipt(pkg: string, by: TestUnit, decision: Pick<ReceiptInput, 'decision' | 'reason' | 'resources' | 'receivedAt'>): Promise<string> {
  const read = readPackage(new Uint8Array(readFileSync(path(pkg))));
  if (!read.ok) throw new Error(read.message.en);
  const built = await buildReceipt({ package: read.contents, ...decision, receiver: { name: by.name, uscc: by.uscc, keyId: await keyIdOf(by.key.algorithm, by.key.publicKey) } });
  return serializeReceipt(await signReceipt(built, signerOf(by.key)));
}

let dir = '';
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-assess-cli-'));
  const [a, b, c] = [makeUnit(31, '泗县教育局'), makeUnit(32, '泗县民政局'), makeUnit(33, '泗县交通运输局')];
  writeFileSync(path('trust.json'), (await countyTrust([a!, b!, c!])).text);
  writeFileSync(path('a1.zip'), await unitPackage(a!, unitCatalog(a!, { resources: 3, seed: 51 })));
  writeFileSync(path('b1.zip'), await unitPackage(b!, unitCatalog(b!, { resources: 2, seed: 52 })));
  const r = await runMulu('aggregate', path('a1.zip'), path('b1.zip'), '--trust', path('trust.json'), '--out', path('county.json'), '--department-name', county.name, '--department-uscc', county.uscc, '--division', county.divisionCode);
  expect(r.code, r.err).toBe(0);
  writeFileSync(path('county.pem'), encodePublicKeyPem(county.key.algorithm, county.key.publicKey));
  const [first, second] = unitCatalog(a!, { resources: 3, seed: 51 }).resources.map((res) => res.code!);
  const returned = (code: string) => ({ code, decision: 'returned' as const, reason: '共享条件表述不清，请补充' });
  // 教育局: accepted with two resources returned, then the receipt reissued with one (only the later counts).
  writeFileSync(path('a1-receipt-old.json'), await receipt('a1.zip', county, { decision: 'accepted', resources: [returned(first!), returned(second!)], receivedAt: '2026-11-24T09:00:00+08:00' }));
  writeFileSync(path('a1-receipt.json'), await receipt('a1.zip', county, { decision: 'accepted', resources: [returned(first!)], receivedAt: '2026-11-25T09:00:00+08:00' }));
  // 民政局: its package returned whole after it was accepted into the catalog, so it awaits a new report.
  writeFileSync(path('b1-receipt.json'), await receipt('b1.zip', county, { decision: 'returned', reason: '资源摘要不全', receivedAt: '2026-12-01T09:00:00+08:00' }));
  writeFileSync(path('b1-stranger.json'), await receipt('b1.zip', stranger, { decision: 'returned', reason: '冒充', receivedAt: '2026-12-01T09:00:00+08:00' }));
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

  it('counts returned resources and whole returns from the county’s verified receipts (a reissued receipt once)', async () => {
    const r = await runMulu('assess', path('county.json'), '--roster', path('trust.json'), '--deadline', '2026-12-31', '--today', '2026-12-09', '--format', 'json',
      '--receipts', path('a1-receipt-old.json'), path('a1-receipt.json'), path('b1-receipt.json'), '--receipt-trust', path('county.pem'));
    expect(r.code, r.err).toBe(1);
    const json = JSON.parse(r.out);
    const unit = (name: string) => json.units.find((u: { unit: { name: string } }) => u.unit.name === name);
    expect(unit('泗县教育局')).toMatchObject({ returned: 1, report: { state: 'reported' } });
    expect(unit('泗县民政局')).toMatchObject({ returned: 0, report: { state: 'returnedAwaiting' } });
    expect(unit('泗县交通运输局')).toMatchObject({ returned: 0, report: { state: 'notReported' } });
    expect(json.notComputed.map((t: { zh: string }) => t.zh).join()).not.toContain('退回资源数');
    const text = await runMulu('assess', path('county.json'), '--receipts', path('a1-receipt.json'), '--receipt-trust', path('county.pem'));
    expect(text.out).toMatch(/泗县教育局.* · 退回 1/);
  });

  it('refuses receipts it cannot trust: another receiver’s, or without the county’s key (exit 2, nothing counted)', async () => {
    const foreign = await runMulu('assess', path('county.json'), '--receipts', path('b1-stranger.json'), '--receipt-trust', path('county.pem'));
    expect(foreign.code).toBe(2);
    expect(foreign.err).toContain(`回执 ${path('b1-stranger.json')} 未通过验证`);
    const noKey = await runMulu('assess', path('county.json'), '--receipts', path('a1-receipt.json'));
    expect(noKey.code).toBe(2);
    expect(noKey.err).toContain('--receipts 与 --receipt-trust 须一起给出');
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
