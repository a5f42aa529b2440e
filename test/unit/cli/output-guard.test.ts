// An --out that names an input or an existing key file is refused (exit 2) before anything is written — by the
// file's identity, so a symlink or a hard link to the key is caught as well as its own name.
import { linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runMulu } from '../../harness/cli.ts';
import { makeUscc } from '../../harness/catalog-builders.ts';
import { encodePublicKeyPem } from '../../../core/crypto/keys.ts';
import { createKeystore, type ScryptCost } from '../../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../../core/crypto/signature.ts';
import { serializeCatalog } from '../../../core/format/catalog-file.ts';
import { generateCatalog } from '../../../core/sample/generator.ts';

const FAST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = '县数据局 签名口令 2026';
const RECEIVER = ['--receiver-name', '宿州市数据资源管理局', '--receiver-uscc', makeUscc('11', '341300', 'MB005678'), '--decision', 'returned'];

let dir = '';
const path = (name: string) => join(dir, name);
let keyText = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-out-guard-'));
  const clean = generateCatalog({ resources: 4, seed: 4, clean: true });
  writeFileSync(path('clean.json'), serializeCatalog(clean));
  const k = generateKeyPair('SM2-with-SM3');
  keyText = await createKeystore(k.privateKey, k.publicKey, 'SM2-with-SM3', PASSPHRASE, { scrypt: FAST });
  writeFileSync(path('key.json'), keyText);
  writeFileSync(path('key.pem'), encodePublicKeyPem('SM2-with-SM3', k.publicKey));
  symlinkSync(path('key.json'), path('key-link.json'));
  linkSync(path('key.json'), path('key-hard.csv'));
  vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
  expect((await runMulu('pack', path('clean.json'), '--key', path('key.json'), '--out', path('p.zip'))).code).toBe(0);
  expect((await runMulu('export', path('clean.json'), '--out', path('clean.xlsx'))).code).toBe(0);
  vi.unstubAllEnvs();
});

afterEach(() => {
  vi.unstubAllEnvs();
  expect(readFileSync(path('key.json'), 'utf8')).toBe(keyText);
});

async function refused(args: string[], input?: string): Promise<void> {
  const before = input && readFileSync(input);
  vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
  const r = await runMulu(...args);
  expect(r.code, r.err).toBe(2);
  expect(r.err).toMatch(/--out .*(是同一个文件|是已有的密钥文件)/);
  expect(r.err).toContain('未做任何改动');
  if (input) expect(readFileSync(input)).toEqual(before);
}

describe('an --out that is a key file', () => {
  it('pubkey key.json --out key.json, or a symlink to it', async () => {
    await refused(['pubkey', path('key.json'), '--out', path('key.json')]);
    await refused(['pubkey', path('key.json'), '--out', path('key-link.json')]);
  });
  it('pack … --key K --out K', async () => {
    await refused(['pack', path('clean.json'), '--key', path('key.json'), '--out', path('key.json')]);
  });
  it('receipt create … --key K --out K', async () => {
    await refused(['receipt', 'create', path('p.zip'), '--key', path('key.json'), ...RECEIVER, '--out', path('key.json')]);
  });
  it('a key file reached by a hard link under another name is refused too (export to .csv)', async () => {
    await refused(['export', path('clean.json'), '--out', path('key-hard.csv')]);
  });
});

describe('an --out that is an input', () => {
  it('import x.xlsx --out x.xlsx', async () => {
    await refused(['import', path('clean.xlsx'), '--out', path('clean.xlsx')], path('clean.xlsx'));
  });
  it('pack --base B --out B', async () => {
    await refused(['pack', path('clean.json'), '--key', path('key.json'), '--base', path('p.zip'), '--out', path('p.zip')], path('p.zip'));
  });
  it('receipt create P --out P', async () => {
    await refused(['receipt', 'create', path('p.zip'), '--key', path('key.json'), ...RECEIVER, '--out', path('p.zip')], path('p.zip'));
  });
  it('export c.json --out c.json (hard link with an .xlsx name)', async () => {
    linkSync(path('clean.json'), path('clean-link.xlsx'));
    await refused(['export', path('clean.json'), '--out', path('clean-link.xlsx')], path('clean.json'));
  });
});

describe('registration', () => {
  it('registration c.json --out <a hard link to c.json named .xlsx>, or a key file named .xlsx', async () => {
    linkSync(path('clean.json'), path('clean-form.xlsx'));
    await refused(['registration', path('clean.json'), '--out', path('clean-form.xlsx')], path('clean.json'));
    linkSync(path('key.json'), path('key-form.xlsx'));
    await refused(['registration', path('clean.json'), '--out', path('key-form.xlsx')]);
  });
});

describe('a fresh --out is still written', () => {
  it('pubkey to a new file', async () => {
    const r = await runMulu('pubkey', path('key.json'), '--out', path('new.pem'));
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(path('new.pem'), 'utf8')).toBe(readFileSync(path('key.pem'), 'utf8'));
  });
});
