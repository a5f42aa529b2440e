// The key commands as a user meets them: keygen, pubkey, passwd and trust add — passphrases from the environment
// or a terminal, exit code 2 with a clear message for every refusal, and files left untouched when a step fails.
// Most cases call the command functions with a low scrypt cost injected; a few go through `runCli` at the real
// default cost, so the registration and exit-code mapping are covered as the user meets them too.
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { runMulu, type CliOutcome } from '../../harness/cli.ts';
import { writeFileAtomic } from '../../../cli/atomic-write.ts';
import { keygenCommand } from '../../../cli/commands/keygen.ts';
import { passwdCommand } from '../../../cli/commands/passwd.ts';
import { trustCommand } from '../../../cli/commands/trust.ts';
import { UsageError } from '../../../cli/exit-codes.ts';
import { readNewPassphrase, readPassphrase, type KeyCommandSettings } from '../../../cli/passphrase.ts';
import { readTrustArgument, readTrustStoreFile } from '../../../cli/read-trust.ts';
import { completeUscc, orgCodeCheckChar } from '../../../core/codes/uscc.ts';
import { encodePublicKeyPem, formatFingerprint, keyIdOf } from '../../../core/crypto/keys.ts';
import { createKeystore, DEFAULT_SCRYPT_COST, unlockKeystore, type ScryptCost } from '../../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../../core/crypto/signature.ts';
import { findTrustedKey } from '../../../core/package/trust-store.ts';

const FAST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = '县数据局 签名口令 2026';
const DEPARTMENT = { name: '泗县数据资源管理局', uscc: completeUscc(`11341324MB123456${orgCodeCheckChar('MB123456')}`) };
const POSIX = process.platform !== 'win32';

let dir = '';
let counter = 0;
const fresh = (name: string) => join(dir, `${counter++}-${name}`);

type Outcome = CliOutcome;

const run = runMulu;

type KeyCommand = (ctx: Parameters<typeof keygenCommand>[0], settings: KeyCommandSettings) => Promise<number>;

/** Calls a command with injected settings; a UsageError becomes exit 2 with its message, as runCli does. */
async function call(command: KeyCommand, positionals: string[], values: Record<string, string>, settings: KeyCommandSettings): Promise<Outcome> {
  let out = '';
  let err = '';
  const ctx = { positionals, values, out: { write: (s: string) => (out += s) }, err: { write: (s: string) => (err += s) } };
  try {
    return { code: await command(ctx, { scrypt: FAST, ...settings }), out, err };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { code: 2, out, err: `${err}${e.text.zh}\n${e.text.en}\n` };
  }
}

const notATerminal = { isTTY: false } as unknown as NodeJS.ReadableStream;
const withEnv = (env: Record<string, string>): KeyCommandSettings => ({ passphrases: { env, stdin: notATerminal } });

async function fastKeystore(algorithm: 'SM2-with-SM3' | 'Ed25519' = 'SM2-with-SM3'): Promise<{ path: string; keyId: string; text: string }> {
  const pair = generateKeyPair(algorithm);
  const text = await createKeystore(pair.privateKey, pair.publicKey, algorithm, PASSPHRASE, { scrypt: FAST, created: new Date('2026-11-22T04:00:00.000Z') });
  const path = fresh('key.json');
  writeFileSync(path, text);
  return { path, keyId: await keyIdOf(algorithm, pair.publicKey), text };
}

/** No temporary file may be left beside a target after a refused or failed write. */
const leftovers = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-keys-'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  expect(leftovers()).toEqual([]);
});

describe('mulu keygen', () => {
  it('writes an SM2 keystore at the default cost with MULU_PASSPHRASE, owner-only, and prints its key id', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    const path = fresh('key.json');
    const r = await run('keygen', '--out', path);
    expect(r.code).toBe(0);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toMatchObject({ format: 'mulu.keystore', algorithm: 'SM2-with-SM3', kdf: { N: DEFAULT_SCRYPT_COST.N, r: DEFAULT_SCRYPT_COST.r, p: DEFAULT_SCRYPT_COST.p } });
    expect(r.out).toBe(`密钥标识 Key id: ${file.keyId}\n公钥指纹 Fingerprint: ${formatFingerprint(file.keyId)}\n`);
    expect(r.err).toContain('已生成 SM2-with-SM3 密钥');
    expect(r.err).toContain('mulu pubkey');
    if (POSIX) expect(statSync(path).mode & 0o777).toBe(0o600);
    const unlocked = await unlockKeystore(readFileSync(path, 'utf8'), PASSPHRASE);
    expect(unlocked.ok && unlocked.key.keyId).toBe(file.keyId);
  });

  it('generates Ed25519 keys with --alg ed25519', async () => {
    const path = fresh('ed.json');
    const r = await call(keygenCommand, [], { out: path, alg: 'ed25519' }, withEnv({ MULU_PASSPHRASE: PASSPHRASE }));
    expect(r.code).toBe(0);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    expect(file).toMatchObject({ algorithm: 'Ed25519', kdf: FAST });
    expect(file.keyId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await unlockKeystore(readFileSync(path, 'utf8'), PASSPHRASE)).ok).toBe(true);
  });

  it.skipIf(process.stdin.isTTY)('exits 2 and asks for MULU_PASSPHRASE when stdin is not a terminal', async () => {
    vi.stubEnv('MULU_PASSPHRASE', undefined);
    const path = fresh('key.json');
    const r = await run('keygen', '--out', path);
    expect(r.code).toBe(2);
    expect(r.err).toContain('标准输入不是终端');
    expect(r.err).toContain('请设置环境变量 MULU_PASSPHRASE');
    expect(r.err).toContain('Set the MULU_PASSPHRASE environment variable');
    expect(() => statSync(path)).toThrow();
  });

  it('refuses to overwrite an existing file, leaving it byte-identical', async () => {
    const path = fresh('key.json');
    writeFileSync(path, 'the only copy of somebody’s key');
    const r = await run('keygen', '--out', path); // refused before any passphrase is needed
    expect(r.code).toBe(2);
    expect(r.err).toContain('文件已存在');
    expect(r.err).toContain('--force');
    expect(readFileSync(path, 'utf8')).toBe('the only copy of somebody’s key');
  });

  it('replaces an existing file with --force', async () => {
    const path = fresh('key.json');
    writeFileSync(path, 'old');
    const r = await call(keygenCommand, [], { out: path, force: 'true' }, withEnv({ MULU_PASSPHRASE: PASSPHRASE }));
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe('mulu.keystore');
    if (POSIX) expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('refuses an empty passphrase and writes nothing', async () => {
    const path = fresh('key.json');
    const r = await call(keygenCommand, [], { out: path }, withEnv({ MULU_PASSPHRASE: '' }));
    expect(r.code).toBe(2);
    expect(r.err).toContain('口令不能为空');
    expect(() => statSync(path)).toThrow();
  });

  it('warns about a short passphrase but still writes the key', async () => {
    const path = fresh('key.json');
    const r = await call(keygenCommand, [], { out: path }, withEnv({ MULU_PASSPHRASE: '1234567' }));
    expect(r.code).toBe(0);
    expect(r.err).toContain('警告：口令只有 7 个字符');
    expect(r.err).toContain('warning: the passphrase has only 7 characters');
    const eight = await call(keygenCommand, [], { out: fresh('key.json') }, withEnv({ MULU_PASSPHRASE: '八个汉字的口令啊' }));
    expect(eight.err).not.toContain('警告');
  });

  it('prints the registration form at once when given the department', async () => {
    const path = fresh('key.json');
    const r = await call(
      keygenCommand,
      [],
      { out: path, 'department-name': DEPARTMENT.name, 'department-uscc': DEPARTMENT.uscc.toLowerCase(), division: '341324' },
      withEnv({ MULU_PASSPHRASE: PASSPHRASE }),
    );
    expect(r.code).toBe(0);
    const { keyId } = JSON.parse(readFileSync(path, 'utf8'));
    expect(r.out).toContain('公钥登记表');
    expect(r.out).toContain(DEPARTMENT.name);
    expect(r.out).toContain(DEPARTMENT.uscc);
    expect(r.out).toContain('341324 安徽省 宿州市 泗县');
    expect(r.out).toContain(formatFingerprint(keyId).slice(0, 39));
  });

  it('never replaces a file that appears between the check and the write', async () => {
    const path = fresh('key.json');
    writeFileSync(path, 'arrived meanwhile');
    await expect(writeFileAtomic(path, 'new key', { mode: 0o600, overwrite: false })).rejects.toThrow('文件已存在');
    expect(readFileSync(path, 'utf8')).toBe('arrived meanwhile');
  });

  it.each([
    ['a missing folder', ['--out', join(dir, 'no-such-folder', 'key.json')], '所在文件夹不存在'],
    ['a bad USCC (checked before the passphrase)', ['--department-name', '某局', '--department-uscc', '11341324MB12345670'], '校验码错误'],
    ['a USCC without a name', ['--department-uscc', '11341324MB12345670'], '须同时给出'],
    ['a malformed division', ['--department-name', '某局', '--department-uscc', DEPARTMENT.uscc, '--division', '3413'], '--division'],
    ['an unknown algorithm', ['--alg', 'rsa'], '--alg 只能是 sm2'],
    ['no --out', [], '用法'],
  ])('exits 2 on %s', async (_what, args, expected) => {
    vi.stubEnv('MULU_PASSPHRASE', undefined);
    const r = await run('keygen', ...(args.length && !args.includes('--out') ? ['--out', fresh('key.json')] : []), ...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(expected);
    expect(r.err).not.toContain('MULU_PASSPHRASE');
  });
});

describe('passphrase prompts on a terminal', () => {
  /** A fake terminal that types each answer once its prompt has appeared, and records the screen. */
  function terminal(answers: string[]): { stdin: NodeJS.ReadableStream & { isTTY: boolean }; screen: { write(s: string): void; text: string } } {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const screen = {
      text: '',
      write(s: string) {
        screen.text += s;
        if (s.includes(': ') && answers.length) {
          const answer = answers.shift()!;
          setImmediate(() => stdin.write(`${answer}\r`));
        }
      },
    };
    return { stdin, screen };
  }

  it('asks twice and never echoes what is typed', async () => {
    const { stdin, screen } = terminal(['秘密口令 alpha-7', '秘密口令 alpha-7']);
    const passphrase = await readNewPassphrase({ env: {}, stdin }, screen, 'MULU_PASSPHRASE', '设置口令 / New passphrase: ', '再次输入口令 / Repeat passphrase: ');
    expect(passphrase).toBe('秘密口令 alpha-7');
    expect(screen.text).toContain('设置口令 / New passphrase: ');
    expect(screen.text).toContain('再次输入口令 / Repeat passphrase: ');
    expect(screen.text).not.toContain('alpha');
  });

  it('refuses two different entries', async () => {
    const { stdin, screen } = terminal(['first-passphrase', 'second-passphrase']);
    await expect(readNewPassphrase({ env: {}, stdin }, screen, 'MULU_PASSPHRASE', 'New passphrase: ', 'Repeat passphrase: ')).rejects.toThrow('两次输入的口令不一致');
  });

  it('prefers the environment variable to the terminal', async () => {
    const { stdin, screen } = terminal([]);
    expect(await readPassphrase({ env: { MULU_PASSPHRASE: 'from-env' }, stdin }, screen, 'MULU_PASSPHRASE', 'Passphrase: ')).toBe('from-env');
    expect(screen.text).toBe('');
  });

  it('cancels on end of input', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const pending = readPassphrase({ env: {}, stdin }, { write: () => undefined }, 'MULU_PASSPHRASE', 'Passphrase: ');
    stdin.end();
    await expect(pending).rejects.toThrow('已取消');
  });
});

describe('mulu pubkey', () => {
  let key: { path: string; keyId: string; text: string };
  beforeAll(async () => {
    key = await fastKeystore();
  });

  it('prints the PEM without asking for a passphrase', async () => {
    vi.stubEnv('MULU_PASSPHRASE', undefined);
    const r = await run('pubkey', key.path);
    expect(r.code).toBe(0);
    const unlocked = await unlockKeystore(key.text, PASSPHRASE);
    if (!unlocked.ok) throw new Error('fixture');
    expect(r.out).toBe(encodePublicKeyPem('SM2-with-SM3', unlocked.key.publicKey));
  });

  it('prints a registration form with the department, fingerprint, PEM and blanks for signature and seal', async () => {
    const r = await run('pubkey', key.path, '--form', 'registration', '--department-name', DEPARTMENT.name, '--department-uscc', DEPARTMENT.uscc, '--division', '341324');
    expect(r.code).toBe(0);
    const groups = formatFingerprint(key.keyId).split(' ');
    for (const expected of [
      '政务数据目录签名公钥登记表',
      `部门名称 Department`,
      DEPARTMENT.name,
      `统一社会信用代码 USCC`,
      DEPARTMENT.uscc,
      '341324 安徽省 宿州市 泗县',
      '算法 Algorithm',
      'SM2-with-SM3',
      key.keyId,
      `    ${groups.slice(0, 8).join(' ')}\n    ${groups.slice(8).join(' ')}\n`,
      '2026-11-22 12:00:00（北京时间',
      '-----BEGIN PUBLIC KEY-----\n',
      'openssl dgst -sm3',
      '经办人签字 Signature: ____',
      '单位盖章 Official seal',
      '日期 Date: ________ 年',
    ]) {
      expect(r.out).toContain(expected);
    }
    expect(r.out.split('\n').every((line) => line.length <= 100)).toBe(true);
  });

  it('leaves the department lines blank to fill in by hand when no department is given', async () => {
    const r = await run('pubkey', key.path, '--form', 'registration');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/部门名称 Department \.+ _{10,}/);
  });

  it('writes the PEM to --out', async () => {
    const out = fresh('signer.pem');
    const r = await run('pubkey', key.path, '--out', out);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect(r.err).toContain(formatFingerprint(key.keyId));
  });

  it.each([
    ['a damaged key file', () => writeTo('damaged.json', key.text.replace(/"created": "[^"]+"/, '"created": "2026-11-23T04:00:00.000Z"')), '已损坏或被改动'],
    ['a file that is not a keystore', () => writeTo('other.json', '{"format":"mulu.catalog"}'), '不是 Mulu 密钥文件'],
    ['a newer keystore version', () => writeTo('v2.json', '{"format":"mulu.keystore","version":2}'), '较新版本'],
    ['a missing file', () => join(dir, 'missing.json'), '找不到文件'],
  ])('exits 2 on %s', async (_what, make, expected) => {
    const r = await run('pubkey', make());
    expect(r.code).toBe(2);
    expect(r.err).toContain(expected);
    expect(r.out).toBe('');
  });

  it('exits 2 on an unknown --form or department options without the form', async () => {
    expect((await run('pubkey', key.path, '--form', 'pdf')).err).toContain('--form 只能是');
    expect((await run('pubkey', key.path, '--department-name', 'x', '--department-uscc', DEPARTMENT.uscc)).code).toBe(2);
  });
});

function writeTo(name: string, text: string): string {
  const path = fresh(name);
  writeFileSync(path, text);
  return path;
}

describe('mulu passwd', () => {
  it('re-seals under the new passphrase; key id and creation time stay, salt and IV change', async () => {
    const key = await fastKeystore('Ed25519');
    const r = await call(passwdCommand, [key.path], {}, withEnv({ MULU_PASSPHRASE: PASSPHRASE, MULU_NEW_PASSPHRASE: 'a new passphrase 新' }));
    expect(r.code).toBe(0);
    expect(r.err).toContain('口令已更改');
    const before = JSON.parse(key.text);
    const after = JSON.parse(readFileSync(key.path, 'utf8'));
    expect(after).toMatchObject({ keyId: before.keyId, created: before.created, publicKey: before.publicKey });
    expect(after.kdf.salt).not.toBe(before.kdf.salt);
    expect(after.cipher.iv).not.toBe(before.cipher.iv);
    expect((await unlockKeystore(JSON.stringify(after), 'a new passphrase 新')).ok).toBe(true);
    expect(await unlockKeystore(JSON.stringify(after), PASSPHRASE)).toMatchObject({ ok: false, error: { code: 'wrongPassphrase' } });
    if (POSIX) expect(statSync(key.path).mode & 0o777).toBe(0o600);
  });

  it('exits 2 on a wrong passphrase and leaves the file byte-identical', async () => {
    const key = await fastKeystore();
    const bytes = readFileSync(key.path);
    const mtime = statSync(key.path).mtimeMs;
    vi.stubEnv('MULU_PASSPHRASE', `${PASSPHRASE}!`);
    vi.stubEnv('MULU_NEW_PASSPHRASE', 'whatever new passphrase');
    const r = await run('passwd', key.path);
    expect(r.code).toBe(2);
    expect(r.err).toContain('口令不正确');
    expect(r.err).toContain('Wrong passphrase');
    expect(readFileSync(key.path)).toEqual(bytes);
    expect(statSync(key.path).mtimeMs).toBe(mtime);
  });

  it('says which variable is missing before unlocking, when stdin is not a terminal', async () => {
    const key = await fastKeystore();
    const r = await call(passwdCommand, [key.path], {}, withEnv({ MULU_PASSPHRASE: PASSPHRASE }));
    expect(r.code).toBe(2);
    expect(r.err).toContain('MULU_NEW_PASSPHRASE');
    expect(readFileSync(key.path, 'utf8')).toBe(key.text);
  });

  it('refuses an empty new passphrase and a damaged file, writing nothing', async () => {
    const key = await fastKeystore();
    const empty = await call(passwdCommand, [key.path], {}, withEnv({ MULU_PASSPHRASE: PASSPHRASE, MULU_NEW_PASSPHRASE: '' }));
    expect(empty.code).toBe(2);
    expect(empty.err).toContain('口令不能为空');
    expect(readFileSync(key.path, 'utf8')).toBe(key.text);
    const damaged = writeTo('damaged.json', key.text.replace('"version": 1', '"version": 1, "extra": 0'));
    const r = await call(passwdCommand, [damaged], {}, withEnv({ MULU_PASSPHRASE: PASSPHRASE, MULU_NEW_PASSPHRASE: 'new passphrase' }));
    expect(r.code).toBe(2);
    expect(r.err).toContain('已损坏');
  });
});

describe('mulu trust add', () => {
  const EDU = { name: '泗县教育局', uscc: completeUscc(`1134132400312345${orgCodeCheckChar('00312345')}`) };

  async function pemFile(algorithm: 'SM2-with-SM3' | 'Ed25519' = 'SM2-with-SM3'): Promise<{ path: string; keyId: string }> {
    const { publicKey } = generateKeyPair(algorithm);
    return { path: writeTo('signer.pem', encodePublicKeyPem(algorithm, publicKey)), keyId: await keyIdOf(algorithm, publicKey) };
  }
  const add = (store: string, pem: string, ...rest: string[]) => run('trust', 'add', store, pem, ...rest);

  it('creates the store, adds keys per department, and the result parses and verifies lookups', async () => {
    const store = fresh('trust.json');
    const first = await pemFile();
    const second = await pemFile('Ed25519');
    const third = await pemFile();
    const a = await add(store, first.path, '--department-name', DEPARTMENT.name, '--department-uscc', DEPARTMENT.uscc, '--valid-from', '2026-11-22', '--valid-until', '2027-12-31', '--note', '2026 年登记');
    expect(a.code).toBe(0);
    expect(a.err).toContain(formatFingerprint(first.keyId));
    expect(a.err).toContain('有效期 2026-11-22 至 2027-12-31');
    expect((await add(store, second.path, '--department-name', EDU.name, '--department-uscc', EDU.uscc)).code).toBe(0);
    expect((await add(store, third.path, '--department-name', DEPARTMENT.name, '--department-uscc', DEPARTMENT.uscc, '--valid-from', '2027-12-01')).code).toBe(0);

    const trust = await readTrustStoreFile(store);
    expect(trust.file.departments.map((d) => [d.name, d.keys.length])).toEqual([[DEPARTMENT.name, 2], [EDU.name, 1]]);
    expect(trust.file.departments[0]!.keys[0]).toMatchObject({ validUntil: '2027-12-31', note: '2026 年登记' });
    expect(findTrustedKey(trust, first.keyId, new Date('2027-06-01T00:00:00Z'), { uscc: DEPARTMENT.uscc })).toMatchObject({ ok: true, key: { department: DEPARTMENT } });
    expect(findTrustedKey(trust, first.keyId, new Date('2028-01-01T00:00:00Z'))).toMatchObject({ ok: false, reason: 'expired' });
    expect(findTrustedKey(trust, third.keyId, new Date('2027-06-01T00:00:00Z'))).toMatchObject({ ok: false, reason: 'notYetValid' });
    expect(findTrustedKey(trust, second.keyId, new Date(), { algorithm: 'SM2-with-SM3' })).toMatchObject({ ok: false, reason: 'algorithmMismatch' });
    expect(findTrustedKey(trust, (await pemFile()).keyId, new Date())).toMatchObject({ ok: false, reason: 'unknownKey' });
  });

  it('starts validity today (Beijing time) unless --valid-from is given', async () => {
    const store = fresh('trust.json');
    const { path } = await pemFile();
    const r = await trustCommand(
      { positionals: ['add', store, path], values: { 'department-name': DEPARTMENT.name, 'department-uscc': DEPARTMENT.uscc }, out: { write: () => true }, err: { write: () => true } },
      new Date('2026-11-21T16:30:00Z'),
    );
    expect(r).toBe(0);
    expect((await readTrustStoreFile(store)).file.departments[0]!.keys[0]!.validFrom).toBe('2026-11-22');
  });

  it('refuses a duplicate key, a bad USCC, a different name for a known USCC, and a bad PEM, leaving the store unchanged', async () => {
    const store = fresh('trust.json');
    const key = await pemFile();
    expect((await add(store, key.path, '--department-name', DEPARTMENT.name, '--department-uscc', DEPARTMENT.uscc)).code).toBe(0);
    const before = readFileSync(store, 'utf8');
    const other = await pemFile();
    const cases: [string[], string][] = [
      [[key.path, '--department-name', DEPARTMENT.name, '--department-uscc', DEPARTMENT.uscc], '已在信任库中'],
      [[other.path, '--department-name', DEPARTMENT.name, '--department-uscc', '11341324MB12345670'], '校验码错误'],
      [[other.path, '--department-name', '泗县数据局', '--department-uscc', DEPARTMENT.uscc], '不一致'],
      [[writeTo('not.pem', 'hello'), '--department-name', DEPARTMENT.name, '--department-uscc', DEPARTMENT.uscc], 'not.pem：不是公钥 PEM'],
      [[other.path, '--department-name', DEPARTMENT.name, '--department-uscc', DEPARTMENT.uscc, '--valid-until', '2026-02-30'], '无效'],
      [[other.path, '--department-name', DEPARTMENT.name], '须给出'],
    ];
    for (const [args, expected] of cases) {
      const r = await add(store, ...(args as [string, ...string[]]));
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain(expected);
      expect(readFileSync(store, 'utf8')).toBe(before);
    }
  });

  it('refuses a damaged store with the JSON path of the problem', async () => {
    const store = writeTo('trust.json', JSON.stringify({ format: 'mulu.trust-store', version: 1, departments: [{ name: 'x', uscc: DEPARTMENT.uscc, keys: [{ keyId: 'sm3:00' }] }] }));
    const r = await add(store, (await pemFile()).path, '--department-name', DEPARTMENT.name, '--department-uscc', DEPARTMENT.uscc);
    expect(r.code).toBe(2);
    expect(r.err).toContain('信任库文件内容有误');
    expect(r.err).toContain('departments[0].keys[0].algorithm：缺少必需的属性');
  });

  it('reads --trust as a store or as a single PEM', async () => {
    const key = await pemFile('Ed25519');
    const single = await readTrustArgument(key.path);
    expect(single.source).toBe('publicKey');
    expect(single.keys.map((k) => k.keyId)).toEqual([key.keyId]);
    const store = fresh('trust.json');
    await add(store, key.path, '--department-name', EDU.name, '--department-uscc', EDU.uscc);
    expect((await readTrustArgument(store)).source).toBe('trustStore');
  });

  it('exits 2 on an unknown subcommand', async () => {
    const r = await run('trust', 'remove', 'a.json', 'b.pem');
    expect(r.code).toBe(2);
    expect(r.err).toContain('mulu trust add');
  });
});
