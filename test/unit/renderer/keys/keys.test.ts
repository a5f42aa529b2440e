// The 密钥 screen's pieces without a browser: the passphrase policy the hint and the CLI warning share, the key
// worker's jobs (a wrong passphrase changes nothing), Beijing time on forms, and the per-workspace key store over
// fake-indexeddb (sealed keystore only, replace keeps the old public key, every change audited).
import { describe, expect, it } from 'vitest';
import { encodePublicKeyPem } from '../../../../core/crypto/keys.ts';
import { readKeystoreInfo, unlockKeystore, type ScryptCost } from '../../../../core/crypto/keystore.ts';
import { passphraseStrength } from '../../../../core/crypto/passphrase-policy.ts';
import { formatRegistrationForm } from '../../../../core/crypto/registration-form.ts';
import { beijingDate, beijingDateTime } from '../../../../core/time/beijing-time.ts';
import { runKeystoreJob } from '../../../../renderer/services/keys/keystore-job.ts';
import { listAudit } from '../../../../renderer/services/storage/audit-log.ts';
import { verifyAuditChain } from '../../../../renderer/services/storage/audit-verify.ts';
import { getReceiverKey, getSigningKey, storeReceiverKey, storeSigningKey } from '../../../../renderer/services/storage/keystore-store.ts';
import { createWorkspace } from '../../../../renderer/services/storage/workspaces.ts';
import { DEPARTMENT, testDatabase } from '../services/storage/test-storage.ts';

const FAST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };

async function newKeystore(passphrase: string, algorithm: 'SM2-with-SM3' | 'Ed25519' = 'SM2-with-SM3'): Promise<string> {
  const made = await runKeystoreJob({ kind: 'create', algorithm, passphrase, created: '2026-11-22T01:00:00.000Z', scrypt: FAST });
  if (!made.ok) throw new Error(made.error.code);
  return made.keystore;
}

describe('passphrase policy', () => {
  it('grades by characters, not bytes: short under 8, strong from 12 or from 8 with three kinds', () => {
    expect(passphraseStrength('')).toBe('empty');
    expect(passphraseStrength('abc1234')).toBe('short');
    expect(passphraseStrength('泗县农业农村局')).toBe('short');
    expect(passphraseStrength('abcdefgh')).toBe('fair');
    expect(passphraseStrength('泗县农业局2026')).toBe('fair');
    expect(passphraseStrength('泗县农业局2026!')).toBe('strong');
    expect(passphraseStrength('abcdefghijkl')).toBe('strong');
  });
});

describe('key jobs', () => {
  it('creates a sealed key of either algorithm that opens with its passphrase only', async () => {
    for (const algorithm of ['SM2-with-SM3', 'Ed25519'] as const) {
      const keystore = await newKeystore('正确的口令 2026', algorithm);
      expect(keystore).not.toContain('privateKey');
      expect(await unlockKeystore(keystore, '正确的口令 2026')).toMatchObject({ ok: true, key: { algorithm, created: '2026-11-22T01:00:00.000Z' } });
      expect(await unlockKeystore(keystore, '错误')).toMatchObject({ ok: false, error: { code: 'wrongPassphrase' } });
    }
  });

  it('a new passphrase re-seals the same key; a wrong current one is core’s Chinese error', async () => {
    const keystore = await newKeystore('旧口令 abcdefg');
    const wrong = await runKeystoreJob({ kind: 'change', keystore, oldPassphrase: '猜的口令', newPassphrase: '新口令 abcdefg', scrypt: FAST });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrongPassphrase' } });
    expect(wrong.ok || wrong.error.message.zh).toContain('口令不正确');
    const changed = await runKeystoreJob({ kind: 'change', keystore, oldPassphrase: '旧口令 abcdefg', newPassphrase: '新口令 abcdefg', scrypt: FAST });
    if (!changed.ok) throw new Error(changed.error.code);
    const [before, after] = await Promise.all([readKeystoreInfo(keystore), readKeystoreInfo(changed.keystore)]);
    expect(after.ok && after.info.keyId).toBe(before.ok && before.info.keyId);
    expect(await unlockKeystore(changed.keystore, '新口令 abcdefg')).toMatchObject({ ok: true });
  });

  it('forms show China Standard Time', () => {
    expect(beijingDateTime('2026-11-22T17:05:00.000Z')).toBe('2026-11-23 01:05');
    expect(beijingDate('2026-11-22T15:59:00.000Z')).toBe('2026-11-22');
  });

  it('the registration form the screen downloads is core’s, with the department and fingerprint', async () => {
    const read = await readKeystoreInfo(await newKeystore('口令口令口令口令'));
    if (!read.ok) throw new Error('keystore');
    const { info } = read;
    const text = formatRegistrationForm({ department: { name: '泗县农业农村局', uscc: DEPARTMENT.department.uscc, division: { code: '341324', names: ['安徽省', '宿州市', '泗县'] } }, algorithm: info.algorithm, keyId: info.keyId, publicKeyPem: encodePublicKeyPem(info.algorithm, info.publicKey), created: info.created });
    expect(text).toContain('泗县农业农村局');
    expect(text).toContain('341324 安徽省 宿州市 泗县');
    expect(text).toContain('-----BEGIN PUBLIC KEY-----');
  });
});

describe('key store', () => {
  it('keeps one sealed key per workspace; replacing keeps the old public key; a passphrase change must keep the key', async () => {
    const { ctx } = await testDatabase().open();
    const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
    expect(await getSigningKey(ctx, ws.id)).toBeUndefined();
    const first = await newKeystore('第一把钥匙的口令');
    const stored = await storeSigningKey(ctx, ws.id, first, 'create', '王芳');
    expect(stored).toMatchObject({ keystore: first, algorithm: 'SM2-with-SM3', retired: [] });
    await expect(storeSigningKey(ctx, ws.id, await newKeystore('另一把'), 'create', '王芳')).rejects.toThrow(/replace/);
    await expect(storeSigningKey(ctx, ws.id, await newKeystore('另一把'), 'passphrase', '王芳')).rejects.toThrow(/same key/);
    expect((await getSigningKey(ctx, ws.id))?.keystore).toBe(first);

    const second = await newKeystore('第二把钥匙的口令', 'Ed25519');
    const replaced = await storeSigningKey(ctx, ws.id, second, 'replace', '王芳');
    const firstInfo = await readKeystoreInfo(first);
    if (!firstInfo.ok) throw new Error('keystore');
    expect(replaced.retired).toEqual([expect.objectContaining({ keyId: stored.keyId, publicKeyPem: encodePublicKeyPem(firstInfo.info.algorithm, firstInfo.info.publicKey) })]);
    expect(replaced.algorithm).toBe('Ed25519');

    const resealed = await runKeystoreJob({ kind: 'change', keystore: second, oldPassphrase: '第二把钥匙的口令', newPassphrase: '第二把的新口令', scrypt: FAST });
    if (!resealed.ok) throw new Error('reseal');
    expect(await storeSigningKey(ctx, ws.id, resealed.keystore, 'passphrase', '王芳')).toMatchObject({ keyId: replaced.keyId, retired: replaced.retired });

    expect((await listAudit(ctx, 10)).map((e) => e.action).filter((a) => a.startsWith('key.'))).toEqual(['key.passphrase', 'key.replace', 'key.create']);
    expect(await verifyAuditChain(ctx)).toMatchObject({ ok: true });
  });

  it('keeps the receiver’s public key per workspace', async () => {
    const { ctx } = await testDatabase().open();
    const ws = await createWorkspace(ctx, 'department', DEPARTMENT);
    await storeReceiverKey(ctx, ws.id, { pem: 'PEM', keyId: 'sm3:abc' }, '王芳');
    expect(await getReceiverKey(ctx, ws.id)).toMatchObject({ pem: 'PEM', keyId: 'sm3:abc' });
    expect(await getReceiverKey(ctx, ws.id + 1)).toBeUndefined();
    expect((await listAudit(ctx, 1))[0]).toMatchObject({ action: 'trust.receiver', subject: 'sm3:abc' });
  });
});
