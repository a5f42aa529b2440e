// `mulu pack`, `verify` and `inspect` as a user meets them, through runCli: exit codes, messages and files, for full
// and incremental packages. The key files are sealed at a low scrypt cost (opening uses the cost recorded in the
// file), so no test switch is needed.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runMulu } from '../../harness/cli.ts';
import { encodePublicKeyPem } from '../../../core/crypto/keys.ts';
import { createKeystore, type ScryptCost } from '../../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../../core/crypto/signature.ts';
import { serializeCatalog } from '../../../core/format/catalog-file.ts';
import { generateCatalog } from '../../../core/sample/generator.ts';
import { baseCatalog, nextCatalog } from '../core/package/package-fixtures.ts';

const FAST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = '县数据局 签名口令 2026';

let dir = '';
const path = (name: string) => join(dir, name);

const run = runMulu;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-pack-cli-'));
  const clean = generateCatalog({ resources: 8, seed: 4, clean: true });
  writeFileSync(path('clean.json'), serializeCatalog(clean));
  writeFileSync(path('faulty.json'), serializeCatalog(generateCatalog({ resources: 200, seed: 3 })));
  writeFileSync(path('secret.json'), serializeCatalog({ ...clean, resources: clean.resources.map((r, i) => (i === 0 ? { ...r, secret: true } : r)) }));
  const v1 = baseCatalog();
  writeFileSync(path('v1.json'), serializeCatalog(v1));
  writeFileSync(path('v2.json'), serializeCatalog(nextCatalog(v1)));
  writeFileSync(path('notes.json'), JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { [v1.resources[2]!.code!]: { reason: '补充摘要' }, '99999999/000009': { reason: '笔误的代码' }, '*': { reason: '2026 年度目录更新', basis: [{ title: '政务数据资源目录编制指南' }] } } }));
  writeFileSync(
    path('dated-notes.json'),
    JSON.stringify({ format: 'mulu.change-notes', version: 2, notes: { '*': { reason: '按修订后的办法更新', basis: [{ title: '安徽省政务数据资源管理办法', article: '第十五条' }], basisChangedOn: '2026-11-02' } } }),
  );
  writeFileSync(path('bad-notes.json'), JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { 'A/1': { reason: '', basis: 'law' } } }));
  for (const [name, suite] of [['sm2', 'SM2-with-SM3'], ['ed', 'Ed25519'], ['other', 'SM2-with-SM3']] as const) {
    const k = generateKeyPair(suite);
    writeFileSync(path(`${name}.key.json`), await createKeystore(k.privateKey, k.publicKey, suite, PASSPHRASE, { scrypt: FAST }));
    writeFileSync(path(`${name}.pem`), encodePublicKeyPem(suite, k.publicKey));
  }
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('packing from a workbook', () => {
  it('imports, validates and packs an .xlsx; the package carries the catalog as a workbook too', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    expect((await run('export', path('clean.json'), '--out', path('clean.xlsx'))).code).toBe(0);
    const packed = await run('pack', path('clean.xlsx'), '--key', path('sm2.key.json'), '--out', path('from-xlsx.zip'), '--created-at', '2026-11-22T09:00:00+08:00');
    expect(packed.code, packed.err).toBe(0);
    const verified = await run('verify', path('from-xlsx.zip'), '--trust', path('sm2.pem'));
    expect(verified.code, verified.out).toBe(0);
    const inspected = await run('inspect', path('from-xlsx.zip'));
    expect(inspected.out).toContain('catalog.xlsx');
    // The same resources as the JSON the workbook was exported from: diff across the two forms finds nothing.
    const diff = await run('diff', path('clean.json'), path('clean.xlsx'));
    expect(diff.code, diff.out).toBe(0);
    expect(diff.out).toContain('工作簿');
  });

  it('refuses to pack a workbook with errors and writes nothing', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    expect((await run('export', path('faulty.json'), '--out', path('faulty.xlsx'))).code).toBe(0);
    const packed = await run('pack', path('faulty.xlsx'), '--key', path('sm2.key.json'), '--out', path('faulty-xlsx.zip'));
    expect(packed.code).toBe(1);
    expect(packed.out).toMatch(/资源!\w+\d+/);
    expect(existsSync(path('faulty-xlsx.zip'))).toBe(false);
  });
});

describe('mulu pack / verify / inspect', () => {
  it.each(['sm2', 'ed'])('packs and verifies with a %s key (exit 0), and inspect says it is unverified', async (key) => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    const out = path(`${key}.zip`);
    const packed = await run('pack', path('clean.json'), '--key', path(`${key}.key.json`), '--out', out, '--created-at', '2026-11-22T09:00:00+08:00');
    expect(packed.code, packed.err).toBe(0);
    expect(packed.err).toContain('已写出目录包');
    const verified = await run('verify', out, '--trust', path(`${key}.pem`));
    expect(verified.code, verified.out).toBe(0);
    expect(verified.out).toContain('验证通过 / verified');
    expect(verified.out).toContain('单个公钥'); // the quick check says the department is unconfirmed
    const json = await run('verify', out, '--trust', path(`${key}.pem`), '--format', 'json');
    expect(JSON.parse(json.out)).toMatchObject({ ok: true, manifest: { createdAt: '2026-11-22T01:00:00.000Z', type: 'submission' } });
    const inspected = await run('inspect', out);
    expect(inspected.code).toBe(0);
    expect(inspected.out).toContain('未经验证');
    expect(inspected.out).toContain('NOT VERIFIED');
  });

  it('is deterministic with a fixed time: two Ed25519 packs are byte-identical', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    for (const n of ['a', 'b']) expect((await run('pack', path('clean.json'), '--key', path('ed.key.json'), '--out', path(`det-${n}.zip`), '--created-at', '2026-11-22T00:00:00Z')).code).toBe(0);
    expect(readFileSync(path('det-a.zip')).equals(readFileSync(path('det-b.zip')))).toBe(true);
  });

  it('exit 1 for a package signed by another key, with the reason', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    await run('pack', path('clean.json'), '--key', path('sm2.key.json'), '--out', path('x.zip'), '--created-at', '2026-11-22T00:00:00Z');
    const r = await run('verify', path('x.zip'), '--trust', path('other.pem'), '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toMatchObject({ ok: false, reason: 'unknownKey' });
  });

  it('training packages fail as submissions (exit 1) and pass with --allow-training', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    const out = path('training.zip');
    expect((await run('pack', path('clean.json'), '--key', path('sm2.key.json'), '--out', out, '--created-at', '2026-11-22T00:00:00Z', '--training')).code).toBe(0);
    const refused = await run('verify', out, '--trust', path('sm2.pem'));
    expect(refused.code).toBe(1);
    expect(refused.out).toContain('trainingPackage');
    expect((await run('verify', out, '--trust', path('sm2.pem'), '--allow-training')).code).toBe(0);
  });

  it('a catalog with errors is exit 1 with the report printed, and nothing is written', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    const r = await run('pack', path('faulty.json'), '--key', path('sm2.key.json'), '--out', path('faulty.zip'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('错误');
    expect(r.err).toContain('未打包');
    expect(existsSync(path('faulty.zip'))).toBe(false);
  });

  it('a catalog with 涉密 resources is refused (exit 1: the validation rule reports it), nothing written', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    const r = await run('pack', path('secret.json'), '--key', path('sm2.key.json'), '--out', path('secret.zip'), '--created-at', '2026-11-22T00:00:00Z');
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('secret');
    expect(r.err).toContain('未打包');
    expect(existsSync(path('secret.zip'))).toBe(false);
  });

  it('exit 2 for unusable arguments: a wrong passphrase, a missing file, missing options, a bad time', async () => {
    vi.stubEnv('MULU_PASSPHRASE', 'wrong passphrase');
    const wrong = await run('pack', path('clean.json'), '--key', path('sm2.key.json'), '--out', path('w.zip'), '--created-at', '2026-11-22T00:00:00Z');
    expect(wrong.code).toBe(2);
    expect(existsSync(path('w.zip'))).toBe(false);
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    expect((await run('pack', path('clean.json'), '--key', path('sm2.key.json'), '--out', path('t.zip'), '--created-at', 'yesterday')).code).toBe(2);
    expect((await run('pack', path('clean.json'), '--out', path('y.zip'))).code).toBe(2);
    expect((await run('verify', path('missing.zip'), '--trust', path('sm2.pem'))).code).toBe(2);
    expect((await run('verify', path('sm2.zip'))).code).toBe(2);
    expect((await run('verify', path('sm2.zip'), '--trust', path('clean.json'))).code).toBe(2);
    expect((await run('inspect')).code).toBe(2);
  });

  it('verify on a workbook says it is a workbook, not a package (once: "数据描述符")', async () => {
    expect((await run('export', path('clean.json'), '--out', path('given.xlsx'))).code).toBe(0);
    const r = await run('verify', path('given.xlsx'), '--trust', path('sm2.pem'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('workbookNotPackage');
    expect(r.out).toContain('这是 Excel/WPS 工作簿（.xlsx），不是 Mulu 目录包');
    expect(r.out).not.toContain('数据描述符');
  });

  it('verify: exit 1 for a file that is not a package (its finding); inspect, which judges nothing: exit 2', async () => {
    const r = await run('verify', path('clean.json'), '--trust', path('sm2.pem'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('container');
    expect((await run('inspect', path('clean.json'))).code).toBe(2);
  });
});

describe('incremental packages: mulu pack --base --changes, verify --base, inspect', () => {
  const created = ['--created-at', '2026-11-22T09:00:00+08:00'];
  beforeAll(async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    expect((await run('pack', path('v1.json'), '--key', path('sm2.key.json'), '--out', path('v1.zip'), ...created)).code).toBe(0);
    expect((await run('pack', path('v1.json'), '--key', path('other.key.json'), '--out', path('v1-other.zip'), ...created)).code).toBe(0);
    vi.unstubAllEnvs();
  });

  it('packs on the base with the notes (exit 0), and verifies with the base: chain checked', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    const packed = await run('pack', path('v2.json'), '--key', path('sm2.key.json'), '--out', path('v2.zip'), '--base', path('v1.zip'), '--changes', path('notes.json'), ...created);
    expect(packed.code, packed.err).toBe(0);
    expect(packed.err).toContain('基于版本 1 的增量目录包');
    expect(packed.err).toContain('变更 4 条');
    expect(packed.err).toMatch(/未使用：99999999\/000009/);
    const verified = await run('verify', path('v2.zip'), '--trust', path('sm2.pem'), '--base', path('v1.zip'));
    expect(verified.code, verified.out).toBe(0);
    expect(verified.out).toContain('版本链：已核对');
    expect(verified.out).toContain('增量，基于版本 1');
    const json = JSON.parse((await run('verify', path('v2.zip'), '--trust', path('sm2.pem'), '--base', path('v1.zip'), '--format', 'json')).out);
    expect(json).toMatchObject({ ok: true, chain: 'verified', manifest: { baseVersion: 1, catalogVersion: 2 } });
    const alone = await run('verify', path('v2.zip'), '--trust', path('sm2.pem'));
    expect(alone.code).toBe(0);
    expect(alone.out).toContain('版本链（基础版本和清单摘要、变更清单）未核对');
    const inspected = await run('inspect', path('v2.zip'));
    expect(inspected.out).toContain('补充摘要');
    expect(inspected.out).toContain('2026 年度目录更新');
    // Anhui Art. 15 asks for the 变更依据 with every change: the note that gives none is named (a warning under Anhui).
    expect(packed.err).toContain(`警告：以下 1 项变更的变更说明没有写明变更依据：${baseCatalog().resources[2]!.code}`);
  });

  it('carries the 变更之日 from the notes: inspect and diff show it, verify passes with the base', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    const packed = await run('pack', path('v2.json'), '--key', path('sm2.key.json'), '--out', path('v2-dated.zip'), '--base', path('v1.zip'), '--changes', path('dated-notes.json'), ...created);
    expect(packed.code, packed.err).toBe(0);
    expect(packed.err).not.toContain('变更依据');
    const verified = await run('verify', path('v2-dated.zip'), '--trust', path('sm2.pem'), '--base', path('v1.zip'));
    expect(verified.code, verified.out).toBe(0);
    expect(verified.out).toContain('（变更之日 / changed on 2026-11-02）');
    expect((await run('inspect', path('v2-dated.zip'))).out).toContain('按修订后的办法更新（变更之日 / changed on 2026-11-02）');
    const diff = await run('diff', path('v1.zip'), path('v2-dated.zip'));
    expect(diff.out).toContain('变更说明：按修订后的办法更新；依据：安徽省政务数据资源管理办法 第十五条；变更之日：2026-11-02');
    const json = JSON.parse((await run('diff', path('v1.zip'), path('v2-dated.zip'), '--format', 'json')).out);
    expect(json.changes[0].note).toEqual({ reason: '按修订后的办法更新', basis: [{ title: '安徽省政务数据资源管理办法', article: '第十五条' }], basisChangedOn: '2026-11-02' });
  });

  it('an old package against a newer base is exit 1, staleVersion', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    await run('pack', path('v2.json'), '--key', path('sm2.key.json'), '--out', path('v2.zip'), '--base', path('v1.zip'), '--changes', path('notes.json'), ...created);
    const r = await run('verify', path('v1.zip'), '--trust', path('sm2.pem'), '--base', path('v2.zip'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('staleVersion');
    expect(r.out).toContain('step: chain');
  });

  it('changes without a reason: exit 1 naming the codes, before the passphrase is asked for, nothing written', async () => {
    vi.stubEnv('MULU_PASSPHRASE', undefined);
    const r = await run('pack', path('v2.json'), '--key', path('sm2.key.json'), '--out', path('no-notes.zip'), '--base', path('v1.zip'), ...created);
    expect(r.code, r.err).toBe(1);
    expect(r.err).toContain('missingChangeReason');
    expect(r.err).toContain('以下 4 条资源有变更');
    expect(existsSync(path('no-notes.zip'))).toBe(false);
  });

  it('a version not after the base is exit 1 and says which version to set', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    const r = await run('pack', path('v1.json'), '--key', path('sm2.key.json'), '--out', path('same.zip'), '--base', path('v1.zip'), ...created);
    expect(r.code).toBe(1);
    expect(r.err).toContain('catalogVersion 改为 2');
  });

  it('a base signed with an earlier key needs --trust for it; unusable notes, bases and options are exit 2', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    const args = [path('v2.json'), '--key', path('sm2.key.json'), '--base', path('v1-other.zip'), '--changes', path('notes.json'), ...created];
    const refused = await run('pack', ...args, '--out', path('rotated.zip'));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('unknownKey');
    expect((await run('pack', ...args, '--out', path('rotated.zip'), '--trust', path('other.pem'))).code).toBe(0);

    const bad = await run('pack', path('v2.json'), '--key', path('sm2.key.json'), '--out', path('unusable.zip'), '--base', path('v1.zip'), '--changes', path('bad-notes.json'), ...created);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('notes["A/1"].basis');
    expect((await run('pack', path('v2.json'), '--key', path('sm2.key.json'), '--out', path('unusable.zip'), '--changes', path('notes.json'))).code).toBe(2);
    expect((await run('pack', path('v2.json'), '--key', path('sm2.key.json'), '--out', path('unusable.zip'), '--base', path('v2.json'), '--changes', path('notes.json'))).code).toBe(2);
    expect(existsSync(path('unusable.zip'))).toBe(false);
  });
});
