import { bytesToHex } from '@noble/hashes/utils.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_ALGORITHMS } from '../../../../core/crypto/algorithms.ts';
import { decodeBase64, encodeBase64 } from '../../../../core/crypto/base64.ts';
import { canonicalJsonBytes, type JsonValue } from '../../../../core/crypto/canonical-json.ts';
import { encodeSpki, keyIdOf } from '../../../../core/crypto/keys.ts';
import { changePassphrase, createKeystore, DEFAULT_SCRYPT_COST, unlockKeystore, type KeystoreErrorCode, type ScryptCost } from '../../../../core/crypto/keystore.ts';
import { sha256 } from '../../../../core/crypto/sha256.ts';
import { generateKeyPair, type KeyPair } from '../../../../core/crypto/signature.ts';

// A low cost keeps the suite fast; the default cost is exercised once below.
const FAST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = '县数据局 签名口令 2026';
const CREATED = new Date('2026-11-22T04:00:00.000Z');

type KeystoreJson = Record<string, unknown> & { kdf: Record<string, unknown>; cipher: Record<string, unknown> };

/** Edits a keystore and recomputes its checksum, as a deliberate attacker would. */
function tamper(json: string, edit: (file: KeystoreJson) => void): string {
  const file = JSON.parse(json) as KeystoreJson;
  edit(file);
  delete file.checksum;
  file.checksum = `sha256:${bytesToHex(sha256(canonicalJsonBytes(file as JsonValue)))}`;
  return JSON.stringify(file);
}

async function codeOf(json: string, passphrase = PASSPHRASE): Promise<KeystoreErrorCode | 'unlocked'> {
  const result = await unlockKeystore(json, passphrase);
  return result.ok ? 'unlocked' : result.error.code;
}

const keys = new Map<string, KeyPair>();
const stores = new Map<string, string>();
beforeAll(async () => {
  for (const algorithm of SIGNATURE_ALGORITHMS) {
    const pair = generateKeyPair(algorithm);
    keys.set(algorithm, pair);
    stores.set(algorithm, await createKeystore(pair.privateKey, pair.publicKey, algorithm, PASSPHRASE, { created: CREATED, scrypt: FAST }));
  }
});

describe.each(SIGNATURE_ALGORITHMS)('keystore with %s', (algorithm) => {
  it('unlocks to the same key pair, key id and creation time', async () => {
    const pair = keys.get(algorithm)!;
    const result = await unlockKeystore(stores.get(algorithm)!, PASSPHRASE);
    expect(result).toEqual({
      ok: true,
      key: { algorithm, privateKey: pair.privateKey, publicKey: pair.publicKey, keyId: await keyIdOf(algorithm, pair.publicKey), created: CREATED.toISOString() },
    });
  });

  it('records the public key, key id and KDF parameters in the clear, and nothing of the private key', async () => {
    const pair = keys.get(algorithm)!;
    const json = stores.get(algorithm)!;
    const file = JSON.parse(json) as KeystoreJson;
    expect(file).toMatchObject({
      format: 'mulu.keystore',
      version: 1,
      algorithm,
      keyId: await keyIdOf(algorithm, pair.publicKey),
      publicKey: encodeBase64(encodeSpki(algorithm, pair.publicKey)),
      created: CREATED.toISOString(),
      kdf: { name: 'scrypt', ...FAST },
      cipher: { name: 'AES-256-GCM' },
    });
    const hex = bytesToHex(pair.privateKey);
    for (const secret of [hex, hex.toUpperCase(), encodeBase64(pair.privateKey), encodeBase64(pair.privateKey).slice(0, 40)]) {
      expect(json).not.toContain(secret);
    }
  });

  it('refuses a wrong passphrase with a bilingual message, Chinese first', async () => {
    const result = await unlockKeystore(stores.get(algorithm)!, `${PASSPHRASE}!`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('wrongPassphrase');
    expect(Object.keys(result.error.message)).toEqual(['zh', 'en']);
    expect(result.error.message.zh).toContain('口令不正确');
  });
});

describe('keystore passphrases', () => {
  it('treats composed and decomposed forms alike (NFC) but full- and half-width characters as different', async () => {
    const pair = keys.get('Ed25519')!;
    const json = await createKeystore(pair.privateKey, pair.publicKey, 'Ed25519', 'café ＡＢ', { scrypt: FAST });
    expect(await codeOf(json, 'cafe\u0301 ＡＢ')).toBe('unlocked');
    expect(await codeOf(json, 'café AB')).toBe('wrongPassphrase');
  });

  it('changes the passphrase: the new one opens the key, the old one no longer does', async () => {
    const json = stores.get('SM2-with-SM3')!;
    const changed = await changePassphrase(json, PASSPHRASE, '新口令', { scrypt: FAST });
    expect(changed.ok).toBe(true);
    if (!changed.ok) return;
    expect(await codeOf(changed.json, PASSPHRASE)).toBe('wrongPassphrase');
    const reopened = await unlockKeystore(changed.json, '新口令');
    const original = await unlockKeystore(json, PASSPHRASE);
    expect(reopened).toEqual(original);
    const [before, after] = [json, changed.json].map((j) => JSON.parse(j) as KeystoreJson);
    for (const field of ['salt', 'passphraseCheck'] as const) expect(after!.kdf[field]).not.toBe(before!.kdf[field]);
    expect(after!.cipher.iv).not.toBe(before!.cipher.iv);
    expect(after!.ciphertext).not.toBe(before!.ciphertext);
  });

  it('does not change the passphrase without the old one', async () => {
    const changed = await changePassphrase(stores.get('SM2-with-SM3')!, 'wrong', '新口令', { scrypt: FAST });
    expect(changed).toMatchObject({ ok: false, error: { code: 'wrongPassphrase' } });
  });

  it('refuses to seal a key under an empty passphrase, a mismatched pair or an unbounded cost', async () => {
    const pair = keys.get('SM2-with-SM3')!;
    const other = generateKeyPair('SM2-with-SM3');
    await expect(createKeystore(pair.privateKey, pair.publicKey, 'SM2-with-SM3', '', { scrypt: FAST })).rejects.toThrow(RangeError);
    await expect(createKeystore(pair.privateKey, other.publicKey, 'SM2-with-SM3', PASSPHRASE, { scrypt: FAST })).rejects.toThrow(RangeError);
    await expect(createKeystore(pair.privateKey, pair.publicKey, 'Ed25519', PASSPHRASE, { scrypt: FAST })).rejects.toThrow(RangeError);
    await expect(createKeystore(pair.privateKey, pair.publicKey, 'SM2-with-SM3', PASSPHRASE, { scrypt: { N: 1000, r: 8, p: 1 } })).rejects.toThrow(RangeError);
    await expect(createKeystore(pair.privateKey, pair.publicKey, 'SM2-with-SM3', PASSPHRASE, { scrypt: { N: 2 ** 20, r: 8, p: 1 } })).rejects.toThrow(RangeError);
  });

  it('uses scrypt N=2^17, r=8, p=1 by default', async () => {
    const pair = keys.get('SM2-with-SM3')!;
    const json = await createKeystore(pair.privateKey, pair.publicKey, 'SM2-with-SM3', PASSPHRASE);
    expect((JSON.parse(json) as KeystoreJson).kdf).toMatchObject({ name: 'scrypt', N: 131072, r: 8, p: 1 });
    expect(DEFAULT_SCRYPT_COST).toEqual({ N: 131072, r: 8, p: 1 });
    expect(await codeOf(json)).toBe('unlocked');
  });
});

describe('keystore damage and tampering', () => {
  it('reports damage anywhere in the file as corrupt (every character, one bit flipped)', async () => {
    const json = stores.get('SM2-with-SM3')!;
    const versionAt = json.indexOf('"version": 1') + '"version": '.length;
    for (let i = 0; i < json.length; i++) {
      const flipped = json.slice(0, i) + String.fromCharCode(json.charCodeAt(i) ^ 1) + json.slice(i + 1);
      const code = await codeOf(flipped);
      expect([i, code]).toEqual([i, i === versionAt ? expect.stringMatching(/^(corrupt|unsupportedVersion)$/) : 'corrupt']);
    }
  });

  it('reports any flipped ciphertext byte as corrupt, also when the checksum is recomputed (AES-GCM tag)', async () => {
    const json = stores.get('Ed25519')!;
    const sealed = decodeBase64((JSON.parse(json) as KeystoreJson).ciphertext as string)!;
    for (let i = 0; i < sealed.length; i++) {
      const changed = sealed.slice();
      changed[i]! ^= 0x80;
      const edited = tamper(json, (f) => (f.ciphertext = encodeBase64(changed)));
      expect([i, await codeOf(edited)]).toEqual([i, 'corrupt']);
    }
  });

  it.each<[string, (f: KeystoreJson) => void]>([
    ['created (protected only by the AES-GCM additional data)', (f) => (f.created = '2026-11-23T04:00:00.000Z')],
    ['cipher.iv', (f) => (f.cipher.iv = encodeBase64(new Uint8Array(12)))],
    ['keyId', (f) => (f.keyId = `sm3:${'0'.repeat(64)}`)],
    ['algorithm', (f) => (f.algorithm = 'Ed25519')],
    ['format', (f) => (f.format = 'mulu.keystor')],
    ['version 0', (f) => (f.version = 0)],
    ['an added field', (f) => (f.note = 'x')],
    ['a removed field', (f) => delete f.created],
    ['cipher.name', (f) => (f.cipher.name = 'AES-128-GCM')],
    ['kdf.name', (f) => (f.kdf.name = 'argon2id')],
    ['kdf.N beyond the memory cap', (f) => (f.kdf.N = 2 ** 30)],
    ['kdf.N not a power of two', (f) => (f.kdf.N = 1000)],
    ['a salt of the wrong length', (f) => (f.kdf.salt = encodeBase64(new Uint8Array(8)))],
  ])('reports a re-checksummed edit of %s as corrupt', async (_, edit) => {
    expect(await codeOf(tamper(stores.get('SM2-with-SM3')!, edit))).toBe('corrupt');
  });

  it('binds the public key: another valid key with its own key id is refused (AES-GCM additional data)', async () => {
    const other = generateKeyPair('SM2-with-SM3');
    const keyId = await keyIdOf('SM2-with-SM3', other.publicKey);
    const edited = tamper(stores.get('SM2-with-SM3')!, (f) => {
      f.publicKey = encodeBase64(encodeSpki('SM2-with-SM3', other.publicKey));
      f.keyId = keyId;
    });
    expect(await codeOf(edited)).toBe('corrupt');
  });

  it.each<[string, (f: KeystoreJson) => void]>([
    ['kdf.salt', (f) => (f.kdf.salt = encodeBase64(new Uint8Array(16)))],
    ['kdf.passphraseCheck', (f) => (f.kdf.passphraseCheck = encodeBase64(new Uint8Array(16)))],
    ['kdf.N', (f) => (f.kdf.N = 2 ** 11)],
  ])('a re-checksummed edit of %s reads as a wrong passphrase; the key stays sealed', async (_, edit) => {
    expect(await codeOf(tamper(stores.get('SM2-with-SM3')!, edit))).toBe('wrongPassphrase');
  });

  it('reports a newer format version as unsupported, naming the version', async () => {
    const result = await unlockKeystore(tamper(stores.get('SM2-with-SM3')!, (f) => (f.version = 2)), PASSPHRASE);
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupportedVersion' } });
    if (!result.ok) {
      expect(Object.keys(result.error.message)).toEqual(['zh', 'en']);
      expect(result.error.message.zh).toContain('格式版本 2');
      expect(result.error.message.en).toContain('version 2');
    }
  });

  it.each(['', 'not json', '[]', 'null', '{"format":"mulu.catalog","version":1}'])('reports %j as corrupt', async (text) => {
    expect(await codeOf(text)).toBe('corrupt');
  });
});
