// The packaging worker's work without the worker: the check finds the changes since the base with the resources'
// ids, and the signed package — full or incremental — verifies with core against the key that sealed it. A wrong
// passphrase is core's Chinese refusal and signs nothing; a change without a note is refused before signing.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodePublicKeyPem } from '../../../../../core/crypto/keys.ts';
import { createKeystore, readKeystoreInfo, type ScryptCost } from '../../../../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../../../../core/crypto/signature.ts';
import type { Catalog } from '../../../../../core/model/catalog.ts';
import { trustFromPublicKeyPem } from '../../../../../core/package/trust-store.ts';
import { verifyPackage } from '../../../../../core/package/verify.ts';
import { buildPackage, preparePackage, type PackStage, type Prepared } from '../../../../../renderer/services/package/package-job.ts';
import { AT, baseCatalog, CREATED, nextCatalog } from '../../../core/package/package-fixtures.ts';

const FAST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = '泗县农业农村局 签名口令';
let keystore = '';
let pem = '';

beforeAll(async () => {
  const pair = generateKeyPair('SM2-with-SM3');
  keystore = await createKeystore(pair.privateKey, pair.publicKey, pair.algorithm, PASSPHRASE, { scrypt: FAST });
  pem = encodePublicKeyPem(pair.algorithm, pair.publicKey);
});

async function prepared(catalog: Catalog, base?: Uint8Array): Promise<Extract<Prepared, { ok: true }>> {
  const result = await preparePackage({ kind: 'prepare', catalog, type: 'submission', at: CREATED, ...(base && { base: { bytes: base, signerPem: pem } }) }, () => undefined);
  if (!result.ok) throw new Error(result.refusal.text.en);
  return result;
}

async function trust() {
  const t = await trustFromPublicKeyPem(pem);
  if (!t.ok) throw new Error('pem');
  return t.store;
}

describe('packaging job', () => {
  it('packs a full package that core verifies, reporting its stages; a wrong passphrase signs nothing', async () => {
    const v1 = baseCatalog();
    const check = await prepared(v1);
    expect(check.changes).toBeNull();
    expect(check.report.counts.error).toBe(0);
    const stages: PackStage[] = [];
    const wrong = await buildPackage({ kind: 'pack', catalog: v1, report: check.report, type: 'submission', notes: new Map(), keystore, passphrase: '不对的口令', createdAt: CREATED }, (s) => stages.push(s));
    expect(wrong).toMatchObject({ ok: false, refusal: { reason: 'wrongPassphrase' } });
    expect(wrong.ok || wrong.refusal.text.zh).toContain('口令不正确');
    const packed = await buildPackage({ kind: 'pack', catalog: v1, report: check.report, type: 'submission', notes: new Map(), keystore, passphrase: PASSPHRASE, createdAt: CREATED }, (s) => stages.push(s));
    if (!packed.ok) throw new Error(packed.refusal.text.en);
    expect(stages).toEqual(['unlocking', 'unlocking', 'exporting', 'signing', 'checking']);
    const verified = await verifyPackage(packed.bytes, { trust: await trust(), at: AT });
    expect(verified).toMatchObject({ ok: true, chain: 'none' });
    expect(packed.manifest.catalogVersion).toBe(v1.catalogVersion);
    const info = await readKeystoreInfo(keystore);
    expect(info.ok && packed.manifest.signer.keyId).toBe(info.ok && info.info.keyId);
  });

  it('an incremental package lists the changes with their ids, needs a note for each, and verifies on its base', async () => {
    const v1 = baseCatalog();
    const full = await buildPackage({ kind: 'pack', catalog: v1, report: (await prepared(v1)).report, type: 'submission', notes: new Map(), keystore, passphrase: PASSPHRASE, createdAt: CREATED }, () => undefined);
    if (!full.ok) throw new Error(full.refusal.text.en);
    const v2 = nextCatalog(v1);
    const check = await prepared(v2, full.bytes);
    expect(check.baseVersion).toBe(v1.catalogVersion);
    const withdrawn = v1.resources[5]!;
    expect(check.changes!.map((c) => [c.kind, c.resourceId]).sort()).toEqual(
      [
        ['changed', v2.resources[2]!.id],
        ['changed', v2.resources[3]!.id],
        ['withdrawn', withdrawn.id],
        ['added', v2.resources[5]!.id],
      ].sort(),
    );
    const base = { bytes: full.bytes, signerPem: pem };
    const request = { kind: 'pack' as const, catalog: v2, report: check.report, type: 'submission' as const, keystore, passphrase: PASSPHRASE, createdAt: '2026-11-24T09:00:00+08:00', base };
    const partial = new Map(check.changes!.slice(1).map((c) => [c.code, { reason: '年度更新', basis: [] }]));
    expect(await buildPackage({ ...request, notes: partial }, () => undefined)).toMatchObject({ ok: false, refusal: { reason: 'missingChangeReason' } });
    const notes = new Map(check.changes!.map((c) => [c.code, { reason: `${c.kind} 的原因`, basis: [{ title: '安徽省政务数据资源管理办法', article: '第十二条' }] }]));
    const packed = await buildPackage({ ...request, notes }, () => undefined);
    if (!packed.ok) throw new Error(packed.refusal.text.en);
    expect(packed.manifest.changes!.map((c) => c.reason).sort()).toEqual(check.changes!.map((c) => `${c.kind} 的原因`).sort());
    expect(await verifyPackage(packed.bytes, { trust: await trust(), at: AT, base: full.bytes })).toMatchObject({ ok: true, chain: 'verified' });
  });

  it('a training package carries the watermark; a damaged base is refused with core’s reason', async () => {
    const v1 = baseCatalog();
    const check = await prepared(v1);
    const training = await buildPackage({ kind: 'pack', catalog: v1, report: check.report, type: 'training', notes: new Map(), keystore, passphrase: PASSPHRASE, createdAt: CREATED }, () => undefined);
    if (!training.ok) throw new Error(training.refusal.text.en);
    expect(training.manifest.type).toBe('training');
    expect(training.manifest.watermark).toContain('培训练习用目录包');
    const damaged = training.bytes.slice();
    const at = damaged.length - 40;
    damaged[at] = damaged[at]! ^ 0xff;
    const refused = await preparePackage({ kind: 'prepare', catalog: nextCatalog(v1), type: 'training', at: CREATED, base: { bytes: damaged, signerPem: pem } }, () => undefined);
    expect(refused).toMatchObject({ ok: false, refusal: { reason: 'baseInvalid' } });
  });
});
