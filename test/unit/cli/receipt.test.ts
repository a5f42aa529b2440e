// `mulu receipt create` and `mulu receipt verify` as a platform clerk and a department clerk meet them: the files,
// exit codes and messages, and that refusals come before the passphrase is asked for.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runMulu } from '../../harness/cli.ts';
import { encodePublicKeyPem } from '../../../core/crypto/keys.ts';
import { createKeystore, type ScryptCost } from '../../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../../core/crypto/signature.ts';
import type { Catalog } from '../../../core/model/catalog.ts';
import { packCatalog } from '../../../core/package/pack.ts';
import { makeUscc } from '../../harness/catalog-builders.ts';
import { baseCatalog, CREATED, nextCatalog, reportFor, signerOf } from '../core/package/package-fixtures.ts';

const FAST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = '市数据局 回执口令';
const RECEIVER = ['--receiver-name', '宿州市数据资源管理局', '--receiver-uscc', makeUscc('11', '341300', 'MB005678')];

let dir = '';
let v1: Catalog;
const path = (name: string) => join(dir, name);

const run = runMulu;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-receipt-cli-'));
  v1 = baseCatalog();
  const sender = generateKeyPair('SM2-with-SM3');
  writeFileSync(path('sender.pem'), encodePublicKeyPem(sender.algorithm, sender.publicKey));
  writeFileSync(path('v1.zip'), await packCatalog({ catalog: v1, report: await reportFor(v1), signer: signerOf(sender), createdAt: CREATED }));
  const v2 = nextCatalog(v1);
  writeFileSync(path('v2.zip'), await packCatalog({ catalog: v2, report: await reportFor(v2), signer: signerOf(sender), createdAt: CREATED }));
  const receiver = generateKeyPair('SM2-with-SM3');
  writeFileSync(path('receiver.key.json'), await createKeystore(receiver.privateKey, receiver.publicKey, receiver.algorithm, PASSPHRASE, { scrypt: FAST }));
  writeFileSync(path('receiver.pem'), encodePublicKeyPem(receiver.algorithm, receiver.publicKey));
  writeFileSync(
    path('decisions.json'),
    JSON.stringify({ format: 'mulu.resource-decisions', version: 1, resources: { [v1.resources[1]!.code!]: { decision: 'returned', reason: '共享条件表述不清，请补充' } } }),
  );
  writeFileSync(path('unknown.json'), JSON.stringify({ format: 'mulu.resource-decisions', version: 1, resources: { '99999999/000001': { decision: 'accepted' } } }));
});

afterEach(() => {
  vi.unstubAllEnvs();
});

const create = (out: string, ...extra: string[]) => run('receipt', 'create', path('v1.zip'), '--key', path('receiver.key.json'), ...RECEIVER, '--out', path(out), ...extra);

describe('mulu receipt', () => {
  it('create (package verified first) then verify against the receiver’s key and the package: exit 0', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    const made = await create('accepted.json', '--decision', 'accepted', '--trust', path('sender.pem'), '--resources', path('decisions.json'));
    expect(made.code, made.err).toBe(0);
    expect(made.err).toContain('已写出回执');
    const verified = await run('receipt', 'verify', path('accepted.json'), '--trust', path('receiver.pem'), '--package', path('v1.zip'));
    expect(verified.code, verified.out).toBe(0);
    expect(verified.out).toContain('回执有效');
    expect(verified.out).toContain('接收 / accepted');
    expect(verified.out).toContain(`[退回 / returned] ${v1.resources[1]!.code}：共享条件表述不清，请补充`);
    const json = JSON.parse((await run('receipt', 'verify', path('accepted.json'), '--trust', path('receiver.pem'), '--format', 'json')).out);
    expect(json).toMatchObject({ ok: true, receipt: { decision: 'accepted', catalogVersion: 1, resources: [{ decision: 'returned' }] } });
    expect(json.notes.map((n: { en: string }) => n.en).join(' ')).toContain('no --package');
  });

  it('verify: another package, another key or an edited receipt is exit 1 with the reason', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    await create('r.json', '--decision', 'returned', '--reason', '资源分类有误，请核对后重报');
    const other = await run('receipt', 'verify', path('r.json'), '--trust', path('receiver.pem'), '--package', path('v2.zip'));
    expect(other.code).toBe(1);
    expect(other.out).toContain('packageMismatch');
    const wrongKey = await run('receipt', 'verify', path('r.json'), '--trust', path('sender.pem'));
    expect(wrongKey.code).toBe(1);
    expect(wrongKey.out).toContain('unknownKey');
    writeFileSync(path('edited.json'), readFileSync(path('r.json'), 'utf8').replace('"returned"', '"accepted"'));
    const edited = await run('receipt', 'verify', path('edited.json'), '--trust', path('receiver.pem'));
    expect(edited.code).toBe(1);
    expect(edited.out).toContain('badSignature');
  });

  it('create refuses to accept a package that does not verify (exit 1, nothing written); returning it is allowed', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    const refused = await create('no.json', '--decision', 'accepted', '--trust', path('receiver.pem'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('unknownKey');
    expect(existsSync(path('no.json'))).toBe(false);
    const returned = await create('returned.json', '--decision', 'returned', '--reason', '签名公钥未登记', '--trust', path('receiver.pem'));
    expect(returned.code, returned.err).toBe(0);
  });

  it('a return without a reason, unknown resource codes and bad options are exit 2 — before the passphrase is asked for', async () => {
    vi.stubEnv('MULU_PASSPHRASE', undefined);
    const noReason = await create('x.json', '--decision', 'returned');
    expect(noReason.code).toBe(2);
    expect(noReason.err).toContain('退回须写明理由');
    const unknown = await create('x.json', '--decision', 'accepted', '--resources', path('unknown.json'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('99999999/000001');
    expect((await create('x.json', '--decision', 'maybe')).code).toBe(2);
    expect((await run('receipt', 'sign', path('v1.zip'))).code).toBe(2);
    expect((await run('receipt', 'verify', path('x.json'))).code).toBe(2);
    expect(existsSync(path('x.json'))).toBe(false);
  });
});
