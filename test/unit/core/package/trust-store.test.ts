// The trust store: strict reading with JSON paths, building with addTrustedKey, and the lookup a verifier makes —
// the algorithm and department always come from the store, never from what a package claims.
import { beforeAll, describe, expect, it } from 'vitest';
import { completeUscc, orgCodeCheckChar } from '../../../../core/codes/uscc.ts';
import { encodePublicKeyPem, keyIdOf } from '../../../../core/crypto/keys.ts';
import { generateKeyPair } from '../../../../core/crypto/signature.ts';
import {
  addTrustedKey,
  emptyTrustStore,
  findTrustedKey,
  parseTrustStore,
  serializeTrustStore,
  trustFromPublicKeyPem,
  validityBoundMs,
  type TrustStore,
  type TrustStoreFile,
} from '../../../../core/package/trust-store.ts';
import { beijingDate } from '../../../../core/time/beijing-time.ts';

const usccOf = (body: string) => completeUscc(`11341324${body}${orgCodeCheckChar(body)}`);
const SIXIAN = { name: '泗县数据资源管理局', uscc: usccOf('MB123456') };
const EDU = { name: '泗县教育局', uscc: usccOf('00312345') };

const sm2 = generateKeyPair('SM2-with-SM3');
const ed = generateKeyPair('Ed25519');
const other = generateKeyPair('SM2-with-SM3');
const sm2Pem = encodePublicKeyPem('SM2-with-SM3', sm2.publicKey);
const edPem = encodePublicKeyPem('Ed25519', ed.publicKey);
let sm2Id: string;
let edId: string;

/** A store built the way `mulu trust add` builds it. */
async function buildStore(): Promise<TrustStoreFile> {
  let file = emptyTrustStore();
  for (const input of [
    { departmentName: SIXIAN.name, departmentUscc: SIXIAN.uscc, publicKeyPem: sm2Pem, validFrom: '2026-11-22', validUntil: '2027-12-31', note: '2026 年登记' },
    { departmentName: EDU.name, departmentUscc: EDU.uscc.toLowerCase(), publicKeyPem: `登记表附件\n${edPem}`, validFrom: '2026-12-01T09:00:00+08:00' },
  ]) {
    const added = await addTrustedKey(file, input);
    if (!added.ok) throw new Error(added.messages[0]!.en);
    file = added.file;
  }
  return file;
}

async function parsed(file: unknown): Promise<TrustStore> {
  const result = await parseTrustStore(JSON.stringify(file));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.store;
}

type RawKey = Record<string, unknown> & { keyId: string; publicKey: string };
type RawDepartment = Record<string, unknown> & { uscc: string; keys: RawKey[] };
type RawStore = { departments: RawDepartment[] };
const dept = (f: RawStore, d: number): RawDepartment => f.departments[d]!;
const key = (f: RawStore, d: number, k = 0): RawKey => dept(f, d).keys[k]!;

async function problemsOf(edit: (file: RawStore) => void): Promise<{ path: string; zh: string; en: string }[]> {
  const file = JSON.parse(serializeTrustStore(await buildStore())) as RawStore;
  edit(file);
  const result = await parseTrustStore(JSON.stringify(file, null, 2));
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems.map((p) => ({ path: p.path, zh: p.message.zh, en: p.message.en }));
}

beforeAll(async () => {
  sm2Id = await keyIdOf('SM2-with-SM3', sm2.publicKey);
  edId = await keyIdOf('Ed25519', ed.publicKey);
});

describe('building and reading a trust store', () => {
  it('round-trips: added keys serialise, parse back, and are found with their department', async () => {
    const file = await buildStore();
    const text = serializeTrustStore(file);
    expect(JSON.parse(text)).toEqual({
      format: 'mulu.trust-store',
      version: 1,
      departments: [
        { name: SIXIAN.name, uscc: SIXIAN.uscc, keys: [{ keyId: sm2Id, algorithm: 'SM2-with-SM3', publicKey: sm2Pem, validFrom: '2026-11-22', validUntil: '2027-12-31', note: '2026 年登记' }] },
        // the USCC is normalised and the text around the PEM dropped
        { name: EDU.name, uscc: EDU.uscc, keys: [{ keyId: edId, algorithm: 'Ed25519', publicKey: edPem, validFrom: '2026-12-01T09:00:00+08:00' }] },
      ],
    });
    const result = await parseTrustStore(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.store.source).toBe('trustStore');
    expect(result.store.file).toEqual(file);
    expect(serializeTrustStore(result.store.file)).toBe(text);
    const found = findTrustedKey(result.store, edId, new Date('2027-01-01T00:00:00Z'));
    expect(found).toMatchObject({ ok: true, key: { algorithm: 'Ed25519', publicKey: ed.publicKey, department: EDU } });
  });

  it('lists a second key of the same department under that department', async () => {
    const added = await addTrustedKey(await buildStore(), { departmentName: SIXIAN.name, departmentUscc: SIXIAN.uscc, publicKeyPem: encodePublicKeyPem('SM2-with-SM3', other.publicKey), validFrom: '2027-12-01' });
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.file.departments).toHaveLength(2);
    expect(added.file.departments[0]!.keys.map((k) => k.validFrom)).toEqual(['2026-11-22', '2027-12-01']);
    expect(added.key.department).toEqual(SIXIAN);
  });

  it('refuses to add a key twice, a bad USCC, a name that differs for a known USCC, or reversed dates', async () => {
    const file = await buildStore();
    const base = { departmentName: SIXIAN.name, departmentUscc: SIXIAN.uscc, publicKeyPem: encodePublicKeyPem('SM2-with-SM3', other.publicKey), validFrom: '2026-11-22' };
    const cases: [Partial<typeof base> & { validUntil?: string }, string][] = [
      [{ publicKeyPem: sm2Pem }, '已在信任库中'],
      [{ departmentUscc: `${SIXIAN.uscc.slice(0, 17)}${SIXIAN.uscc.endsWith('0') ? '1' : '0'}` }, '校验码错误'],
      [{ departmentName: '泗县数据局' }, '「泗县数据资源管理局」'],
      [{ validUntil: '2026-11-21' }, '早于生效日期'],
      [{ validFrom: '2026-02-30' }, '无效'],
      [{ publicKeyPem: 'not a key' }, '不是公钥 PEM'],
      [{ departmentName: '  ' }, '部门名称不能为空'],
    ];
    for (const [edit, expected] of cases) {
      const result = await addTrustedKey(file, { ...base, ...edit });
      expect(result.ok, JSON.stringify(edit)).toBe(false);
      if (!result.ok) expect(result.messages.map((m) => m.zh).join('\n')).toContain(expected);
    }
  });
});

describe('parseTrustStore is strict and says where', () => {
  it.each([
    ['an unknown field', (f: RawStore) => (key(f, 0).expires = '2030-01-01'), 'departments[0].keys[0].expires', '未定义的属性'],
    ['a missing field', (f: RawStore) => delete key(f, 1).validFrom, 'departments[1].keys[0].validFrom', '缺少必需的属性'],
    ['a mistyped field', (f: RawStore) => (dept(f, 0).name = 42), 'departments[0].name', '应为文本'],
    ['keys not a list', (f: RawStore) => ((dept(f, 0) as Record<string, unknown>).keys = {}), 'departments[0].keys', '应为数组'],
    ['an unknown algorithm', (f: RawStore) => (key(f, 0).algorithm = 'ECDSA'), 'departments[0].keys[0].algorithm', 'SM2-with-SM3、Ed25519'],
    ['an algorithm that is not the key’s', (f: RawStore) => (key(f, 0).algorithm = 'Ed25519'), 'departments[0].keys[0].algorithm', '但公钥是 SM2-with-SM3 公钥'],
    ['a key id that is not the key’s', (f: RawStore) => (key(f, 0).keyId = key(f, 1).keyId.replace('sha256', 'sm3')), 'departments[0].keys[0].keyId', '密钥标识与公钥不符'],
    ['a damaged PEM', (f: RawStore) => (key(f, 0).publicKey = key(f, 0).publicKey.replace('MFkw', 'MFkx')), 'departments[0].keys[0].publicKey', '公钥'],
    ['an invalid USCC', (f: RawStore) => (dept(f, 1).uscc = '91341324MA2TXXXXX1'), 'departments[1].uscc', '统一社会信用代码'],
    ['a lower-case USCC', (f: RawStore) => (dept(f, 1).uscc = dept(f, 1).uscc.toLowerCase()), 'departments[1].uscc', '大写'],
    ['a USCC listed twice', (f: RawStore) => (dept(f, 1).uscc = dept(f, 0).uscc), 'departments[1].uscc', '已在 departments[0].uscc 登记'],
    ['a key listed twice', (f: RawStore) => dept(f, 1).keys.push({ ...key(f, 0) }), 'departments[1].keys[1].keyId', '重复'],
    ['an impossible date', (f: RawStore) => (key(f, 0).validUntil = '2027-02-29'), 'departments[0].keys[0].validUntil', '日期 "2027-02-29" 无效'],
    ['an instant without an offset', (f: RawStore) => (key(f, 0).validFrom = '2026-11-22T08:00:00'), 'departments[0].keys[0].validFrom', '带时区'],
    ['validUntil before validFrom', (f: RawStore) => (key(f, 0).validUntil = '2026-11-21'), 'departments[0].keys[0].validUntil', '早于生效日期'],
    ['an empty name', (f: RawStore) => (dept(f, 0).name = ' '), 'departments[0].name', '不能为空'],
  ])('reports %s at its JSON path, in both languages', async (_what, edit, path, zh) => {
    const problems = await problemsOf(edit);
    const problem = problems.find((p) => p.path === path);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.zh).toContain(zh);
    expect(problem!.en).toMatch(/^[\x20-\x7e]+$/); // the English half is English
  });

  it('reports syntax errors by line and column', async () => {
    const result = await parseTrustStore('{\n  "format": "mulu.trust-store",\n  oops\n}');
    expect(result).toMatchObject({ ok: false, kind: 'syntax', problems: [{ line: 3 }] });
  });

  it('refuses another format, and names a newer version as such', async () => {
    expect(await parseTrustStore('{"format":"mulu.keystore","version":1}')).toMatchObject({ ok: false, kind: 'format' });
    const newer = await parseTrustStore('{"format":"mulu.trust-store","version":2,"departments":[]}');
    expect(newer).toMatchObject({ ok: false, kind: 'version' });
    if (!newer.ok) expect(newer.problems[0]!.message.zh).toContain('较新版本');
  });

  it('accepts an empty store and a department without keys', async () => {
    expect((await parsed({ format: 'mulu.trust-store', version: 1, departments: [] })).keys).toEqual([]);
    expect((await parsed({ format: 'mulu.trust-store', version: 1, departments: [{ ...SIXIAN, keys: [] }] })).keys).toEqual([]);
  });
});

describe('findTrustedKey', () => {
  let store: TrustStore;
  beforeAll(async () => {
    store = await parsed(JSON.parse(serializeTrustStore(await buildStore())));
  });

  it('finds a key inside its validity period, whole Beijing days included', () => {
    // validFrom 2026-11-22 starts at 00:00 Beijing time = 2026-11-21T16:00Z; validUntil 2027-12-31 ends 24:00 Beijing time.
    for (const at of ['2026-11-21T16:00:00.000Z', '2027-06-01T00:00:00Z', '2027-12-31T15:59:59.999Z']) {
      expect(findTrustedKey(store, sm2Id, new Date(at)), at).toMatchObject({ ok: true, key: { keyId: sm2Id, department: SIXIAN } });
    }
  });

  it('refuses a key before it is valid and after it expires, with bilingual reasons', () => {
    const early = findTrustedKey(store, sm2Id, new Date('2026-11-21T15:59:59.999Z'));
    expect(early).toMatchObject({ ok: false, reason: 'notYetValid' });
    if (!early.ok) expect(early.message.zh).toContain('自 2026-11-22 起才生效');
    const late = findTrustedKey(store, sm2Id, new Date('2027-12-31T16:00:00.000Z'));
    expect(late).toMatchObject({ ok: false, reason: 'expired' });
    if (!late.ok) {
      expect(late.message.zh).toContain('至 2027-12-31 止，在 2028-01-01 00:00:00（北京时间）已过期');
      expect(late.message.en).toContain('2027-12-31T16:00:00.000Z');
    }
  });

  it('honours instants with an offset, and open-ended keys never expire', () => {
    expect(findTrustedKey(store, edId, new Date('2026-12-01T00:59:59.999Z'))).toMatchObject({ ok: false, reason: 'notYetValid' });
    expect(findTrustedKey(store, edId, new Date('2026-12-01T01:00:00.000Z'))).toMatchObject({ ok: true });
    expect(findTrustedKey(store, edId, new Date('2099-01-01T00:00:00Z'))).toMatchObject({ ok: true });
  });

  it('refuses an unknown key', async () => {
    const result = findTrustedKey(store, await keyIdOf('SM2-with-SM3', other.publicKey), new Date('2027-01-01T00:00:00Z'));
    expect(result).toMatchObject({ ok: false, reason: 'unknownKey' });
    if (!result.ok) expect(result.message.zh).toContain('不在信任库中');
  });

  it('takes the algorithm and department from the store; a package claiming others is refused', () => {
    const at = new Date('2027-01-01T00:00:00Z');
    expect(findTrustedKey(store, sm2Id, at, { algorithm: 'Ed25519' })).toMatchObject({ ok: false, reason: 'algorithmMismatch' });
    expect(findTrustedKey(store, sm2Id, at, { uscc: EDU.uscc })).toMatchObject({ ok: false, reason: 'departmentMismatch' });
    expect(findTrustedKey(store, sm2Id, at, { algorithm: 'SM2-with-SM3', uscc: ` ${SIXIAN.uscc.toLowerCase()} ` })).toMatchObject({ ok: true });
  });
});

describe('trustFromPublicKeyPem (--trust signer.pem)', () => {
  it('trusts exactly that key, at any time, vouching for no department', async () => {
    const result = await trustFromPublicKeyPem(`note above the block\n${sm2Pem}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.store.source).toBe('publicKey');
    const found = findTrustedKey(result.store, sm2Id, new Date('1999-01-01T00:00:00Z'), { uscc: EDU.uscc });
    expect(found).toMatchObject({ ok: true, key: { algorithm: 'SM2-with-SM3', publicKey: sm2.publicKey, publicKeyPem: sm2Pem } });
    if (found.ok) expect(found.key.department).toBeUndefined();
    expect(findTrustedKey(result.store, edId, new Date())).toMatchObject({ ok: false, reason: 'unknownKey' });
  });

  it('explains a file that is not a public key', async () => {
    const result = await trustFromPublicKeyPem('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n');
    expect(result).toMatchObject({ ok: false, message: { zh: expect.stringContaining('不是公钥 PEM') } });
  });
});

describe('validity dates', () => {
  it.each([
    ['2026-11-22', 'start', '2026-11-21T16:00:00.000Z'],
    ['2026-11-22', 'end', '2026-11-22T15:59:59.999Z'],
    ['2028-02-29', 'start', '2028-02-28T16:00:00.000Z'],
    ['2026-11-22T10:00:00Z', 'end', '2026-11-22T10:00:00.000Z'],
    ['2026-11-22T10:00:00.5-05:00', 'start', '2026-11-22T15:00:00.500Z'],
  ] as const)('%s (%s) is %s', (text, edge, iso) => {
    expect(new Date(validityBoundMs(text, edge)!).toISOString()).toBe(iso);
  });

  it.each(['2027-02-29', '2026-13-01', '2026-11-31', '26-11-22', '2026-11-22T24:00:00Z', '2026-11-22T10:00:00', '2026-11-22 10:00:00Z', '2026-11-22T10:00:00+15:00', ''])('refuses %j', (text) => {
    expect(validityBoundMs(text, 'start')).toBeUndefined();
  });

  it('gives the calendar day in Beijing', () => {
    expect(beijingDate(new Date('2026-11-21T15:59:59Z'))).toBe('2026-11-21');
    expect(beijingDate(new Date('2026-11-21T16:00:00Z'))).toBe('2026-11-22');
  });
});
