// `mulu pack --sources` and `mulu verify` on a county package as a county office and a province run them: the county
// catalog from `mulu aggregate` packed with the accepted unit packages and the county trust store, checked by the
// province with only the county's key; exit codes (0, 1, 2) and Chinese messages that name the failing link.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROSTER_ENTRY } from '../../../core/county/county-roster.ts';
import { encodePublicKeyPem } from '../../../core/crypto/keys.ts';
import { createKeystore } from '../../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../../core/crypto/signature.ts';
import { PACKAGE_MEDIA_TYPE } from '../../../core/package/package-media-type.ts';
import { addTrustedKey, emptyTrustStore, serializeTrustStore } from '../../../core/package/trust-store.ts';
import { readContainer } from '../../../core/zip/reader.ts';
import { encodeUtf8 } from '../../../core/zip/utf8.ts';
import { writeContainer } from '../../../core/zip/writer.ts';
import { makeUscc } from '../../harness/catalog-builders.ts';
import { runMulu } from '../../harness/cli.ts';
import { countyTrust, makeUnit, unitCatalog, unitPackage } from '../../harness/county-units.ts';

const PASSPHRASE = '县数据局 签名口令 2026';
const COUNTY_USCC = makeUscc('11', '341324', 'MB900002');
let dir = '';
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-county-pkg-cli-'));
  const a = makeUnit(21, '泗县教育局');
  const b = makeUnit(22, '泗县民政局');
  writeFileSync(path('trust.json'), (await countyTrust([a, b])).text);
  writeFileSync(path('a1.zip'), await unitPackage(a, unitCatalog(a, { resources: 3, seed: 41 })));
  writeFileSync(path('b1.zip'), await unitPackage(b, unitCatalog(b, { resources: 2, seed: 42 })));
  const aggregated = await runMulu('aggregate', path('a1.zip'), path('b1.zip'), '--trust', path('trust.json'), '--out', path('county.json'), '--department-name', '泗县数据资源管理局', '--department-uscc', COUNTY_USCC, '--division', '341324');
  expect(aggregated.code, aggregated.out + aggregated.err).toBe(0);
  const key = generateKeyPair('Ed25519');
  writeFileSync(path('county.key.json'), await createKeystore(key.privateKey, key.publicKey, key.algorithm, PASSPHRASE, { scrypt: { N: 2 ** 10, r: 8, p: 1 } }));
  const added = await addTrustedKey(emptyTrustStore(), { departmentName: '泗县数据资源管理局', departmentUscc: COUNTY_USCC, publicKeyPem: encodePublicKeyPem(key.algorithm, key.publicKey), validFrom: '2026-01-01' });
  if (!added.ok) throw new Error('county trust');
  writeFileSync(path('province-trust.json'), serializeTrustStore(added.file));
}, 60_000);

afterEach(() => {
  vi.unstubAllEnvs();
});

const pack = (...extra: string[]) => runMulu('pack', path('county.json'), '--key', path('county.key.json'), '--out', path('county-pkg.zip'), ...extra);

describe('mulu pack --sources', () => {
  it('writes the county package embedding every source; the province verifies it with the county key alone (exit 0)', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    const packed = await pack('--sources', path('a1.zip'), path('b1.zip'), '--trust', path('trust.json'));
    expect(packed.code, packed.err).toBe(0);
    expect(packed.err).toContain('内嵌单位目录包 2 个');
    const verified = await runMulu('verify', path('county-pkg.zip'), '--trust', path('province-trust.json'));
    expect(verified.code, verified.out).toBe(0);
    expect(verified.out).toContain('内嵌的 2 个单位目录包均按名册中的公钥验证通过');
    const json = JSON.parse((await runMulu('verify', path('county-pkg.zip'), '--trust', path('province-trust.json'), '--format', 'json')).out);
    expect(json.manifest.files.map((f: { path: string }) => f.path).filter((p: string) => p.startsWith('county/'))).toHaveLength(4);
  });

  it('refuses a county catalog whose resources are not all backed by the sources given, before the passphrase (exit 1)', async () => {
    const r = await pack('--sources', path('a1.zip'), '--trust', path('trust.json'));
    expect(r.code, r.err).toBe(1);
    expect(r.err).toContain('sourceNotEmbedded');
    expect(r.err).toContain('县级目录包没有内嵌该目录包');
  });

  it('needs the county trust store the sources were accepted with (exit 2)', async () => {
    const r = await pack('--sources', path('a1.zip'), path('b1.zip'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('县级信任库');
  });

  it('a roster changed after signing fails verification naming county/roster.json (exit 1)', async () => {
    vi.stubEnv('MULU_PASSPHRASE', PASSPHRASE);
    expect((await pack('--sources', path('a1.zip'), path('b1.zip'), '--trust', path('trust.json'))).code).toBe(0);
    const read = readContainer(new Uint8Array(readFileSync(path('county-pkg.zip'))), PACKAGE_MEDIA_TYPE);
    if (!read.ok) throw new Error(read.reason);
    const entries = read.order.map((name) => ({ path: name, data: name === ROSTER_ENTRY ? encodeUtf8(new TextDecoder().decode(read.entries.get(name)).replace('泗县民政局', '泗县冒名局')) : read.entries.get(name)! }));
    writeFileSync(path('tampered.zip'), writeContainer(entries, PACKAGE_MEDIA_TYPE));
    const r = await runMulu('verify', path('tampered.zip'), '--trust', path('province-trust.json'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('county/roster.json');
    expect(r.out).toContain('内容已被改动');
  });
});
