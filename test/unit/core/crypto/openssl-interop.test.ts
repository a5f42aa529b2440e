// Interoperability with the stock OpenSSL 3 command line: what Mulu signs, OpenSSL verifies, and the reverse.
// These are the commands docs/package-format.md gives a platform engineer; keep the two in step.
import { createDecipheriv, randomFillSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bytesToHex, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestBytes } from '../../../../core/crypto/digest.ts';
import { createKeystore } from '../../../../core/crypto/keystore.ts';
import { decodePublicKeyPem, encodePublicKeyPem, keyIdOf } from '../../../../core/crypto/keys.ts';
import { generateKeyPair, sign, verify } from '../../../../core/crypto/signature.ts';
import { SM2_ORDER } from '../../../../core/crypto/sm2.ts';
import { parseDerSignature } from '../../../../core/crypto/sm2-der.ts';
import { derSignature } from './der.ts';
import { openssl, opensslOk, requireOpenSsl3 } from './openssl.ts';

let dir: string;
const file = (name: string) => join(dir, name);
// Stands in for a package manifest (any bytes; Chinese text plus binary), under the file names the docs use.
const message = Uint8Array.from([...utf8ToBytes('某县政务数据资源目录 manifest 第 42 版\n'.repeat(40)), ...randomBytes(4096)]);

beforeAll(() => {
  requireOpenSsl3();
  dir = mkdtempSync(join(tmpdir(), 'mulu-openssl-'));
  writeFileSync(file('manifest.json'), message);
  const tampered = message.slice();
  tampered[100]! ^= 1;
  writeFileSync(file('tampered.bin'), tampered);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const SM2_VERIFY = ['pkeyutl', '-verify', '-pubin', '-inkey', 'signer.pem', '-rawin', '-digest', 'sm3', '-pkeyopt', 'distid:1234567812345678', '-in', 'manifest.json', '-sigfile', 'manifest.sig'];
const SM2_DGST_VERIFY = ['dgst', '-sm3', '-verify', 'signer.pem', '-sigopt', 'distid:1234567812345678', '-signature', 'manifest.sig', 'manifest.json'];
const ED25519_VERIFY = ['pkeyutl', '-verify', '-pubin', '-inkey', 'signer.pem', '-rawin', '-in', 'manifest.json', '-sigfile', 'manifest.sig'];
const withInput = (args: string[], input: string) => args.map((a) => (a === 'manifest.json' ? input : a));

/** The key id as a platform engineer computes it: digest of the SPKI DER. */
function opensslKeyId(digest: 'sm3' | 'sha256'): string {
  opensslOk(['pkey', '-pubin', '-in', 'signer.pem', '-outform', 'DER', '-out', 'signer.der'], dir);
  return `${digest}:${opensslOk(['dgst', `-${digest}`, '-r', 'signer.der'], dir).split(' ')[0]}`;
}

describe('OpenSSL is present', () => {
  it('is OpenSSL 3', () => {
    expect(requireOpenSsl3()).toMatch(/^OpenSSL 3\./);
  });
});

describe('SM2-with-SM3 and OpenSSL 3', () => {
  it('uses the SM2 curve order OpenSSL uses', () => {
    const text = opensslOk(['ecparam', '-name', 'SM2', '-param_enc', 'explicit', '-text', '-noout'], dir);
    const order = /Order:\s*([0-9a-f:\s]+?)\s*Cofactor/.exec(text)![1]!.replace(/[:\s]/g, '');
    expect(BigInt(`0x${order}`)).toBe(SM2_ORDER);
  });

  it('a Mulu signature verifies with openssl pkeyutl and openssl dgst; a changed message does not', async () => {
    const pair = generateKeyPair('SM2-with-SM3');
    writeFileSync(file('signer.pem'), encodePublicKeyPem('SM2-with-SM3', pair.publicKey));
    writeFileSync(file('manifest.sig'), sign(pair, message));

    expect(opensslOk(SM2_VERIFY, dir)).toContain('Signature Verified Successfully');
    expect(opensslOk(SM2_DGST_VERIFY, dir)).toContain('Verified OK');
    expect(openssl(withInput(SM2_VERIFY, 'tampered.bin'), dir)).toMatchObject({ status: 1, output: expect.stringContaining('Signature Verification Failure') });
    expect(openssl(withInput(SM2_DGST_VERIFY, 'tampered.bin'), dir).status).toBe(1);
    // Without the distid OpenSSL 3.0 uses an empty user ID, so the option is mandatory.
    expect(openssl(SM2_VERIFY.filter((a) => a !== '-pkeyopt' && a !== 'distid:1234567812345678'), dir).status).toBe(1);

    expect(opensslOk(['pkey', '-pubin', '-in', 'signer.pem', '-noout', '-text'], dir)).toContain('ASN1 OID: SM2');
    expect(opensslKeyId('sm3')).toBe(await keyIdOf('SM2-with-SM3', pair.publicKey));
  });

  it('OpenSSL and Mulu both refuse DER with trailing bytes or s + n', () => {
    const pair = generateKeyPair('SM2-with-SM3');
    writeFileSync(file('signer.pem'), encodePublicKeyPem('SM2-with-SM3', pair.publicKey));
    const good = sign(pair, message);
    const parsed = parseDerSignature(good, SM2_ORDER);
    if (!parsed.ok) throw new Error('own signature does not parse');
    for (const bad of [Uint8Array.from([...good, 1, 2, 3, 4]), derSignature(parsed.r, parsed.s + SM2_ORDER)]) {
      writeFileSync(file('manifest.sig'), bad);
      expect(openssl(SM2_VERIFY, dir).status).toBe(1);
      expect(verify('SM2-with-SM3', pair.publicKey, message, bad).valid).toBe(false);
    }
  });

  it('a key generated and a signature made by OpenSSL verify in Mulu', () => {
    opensslOk(['genpkey', '-algorithm', 'SM2', '-out', 'openssl-key.pem'], dir);
    opensslOk(['pkey', '-in', 'openssl-key.pem', '-pubout', '-out', 'openssl-pub.pem'], dir);
    opensslOk(['pkeyutl', '-sign', '-inkey', 'openssl-key.pem', '-rawin', '-digest', 'sm3', '-pkeyopt', 'distid:1234567812345678', '-in', 'manifest.json', '-out', 'pkeyutl.sig'], dir);
    opensslOk(['dgst', '-sm3', '-sign', 'openssl-key.pem', '-sigopt', 'distid:1234567812345678', '-out', 'dgst.sig', 'manifest.json'], dir);
    // OpenSSL's own default user ID is empty: such a signature is not a GM/T-default one and must not verify.
    opensslOk(['pkeyutl', '-sign', '-inkey', 'openssl-key.pem', '-rawin', '-digest', 'sm3', '-in', 'manifest.json', '-out', 'empty-id.sig'], dir);

    const imported = decodePublicKeyPem(readFileSync(file('openssl-pub.pem'), 'utf8'));
    if (!imported.ok) throw new Error(imported.message.en);
    expect(imported.algorithm).toBe('SM2-with-SM3');
    const check = (sig: string, data: Uint8Array = message) => verify('SM2-with-SM3', imported.publicKey, data, readFileSync(file(sig)));
    expect(check('pkeyutl.sig')).toEqual({ valid: true });
    expect(check('dgst.sig')).toEqual({ valid: true });
    expect(check('pkeyutl.sig', readFileSync(file('tampered.bin')))).toEqual({ valid: false, reason: 'badSignature' });
    expect(check('empty-id.sig')).toEqual({ valid: false, reason: 'badSignature' });
  });
});

describe('Ed25519 and OpenSSL 3', () => {
  it('a Mulu signature verifies with openssl pkeyutl; a changed message does not', async () => {
    const pair = generateKeyPair('Ed25519');
    writeFileSync(file('signer.pem'), encodePublicKeyPem('Ed25519', pair.publicKey));
    writeFileSync(file('manifest.sig'), sign(pair, message));

    expect(opensslOk(ED25519_VERIFY, dir)).toContain('Signature Verified Successfully');
    expect(openssl(withInput(ED25519_VERIFY, 'tampered.bin'), dir)).toMatchObject({ status: 1, output: expect.stringContaining('Signature Verification Failure') });
    expect(opensslKeyId('sha256')).toBe(await keyIdOf('Ed25519', pair.publicKey));
  });

  it('a key generated and a signature made by OpenSSL verify in Mulu', () => {
    opensslOk(['genpkey', '-algorithm', 'ED25519', '-out', 'openssl-ed-key.pem'], dir);
    opensslOk(['pkey', '-in', 'openssl-ed-key.pem', '-pubout', '-out', 'openssl-ed-pub.pem'], dir);
    opensslOk(['pkeyutl', '-sign', '-inkey', 'openssl-ed-key.pem', '-rawin', '-in', 'manifest.json', '-out', 'ed.sig'], dir);

    const imported = decodePublicKeyPem(readFileSync(file('openssl-ed-pub.pem'), 'utf8'));
    if (!imported.ok) throw new Error(imported.message.en);
    expect(imported.algorithm).toBe('Ed25519');
    expect(verify('Ed25519', imported.publicKey, message, readFileSync(file('ed.sig')))).toEqual({ valid: true });
    expect(verify('Ed25519', imported.publicKey, readFileSync(file('tampered.bin')), readFileSync(file('ed.sig')))).toEqual({ valid: false, reason: 'badSignature' });
  });
});

describe('file digests and openssl dgst', () => {
  it.each([
    ['SM3', 'sm3'],
    ['SHA-256', 'sha256'],
  ] as const)('%s equals openssl dgst -%s -r', async (algorithm, name) => {
    const data = randomFillSync(new Uint8Array(1024 * 1024 + 3));
    writeFileSync(file('payload.bin'), data);
    expect(opensslOk(['dgst', `-${name}`, '-r', 'payload.bin'], dir).split(' ')[0]).toBe(bytesToHex(await digestBytes(algorithm, data)));
  });
});

type SealedFile = Record<string, unknown> & {
  kdf: { N: number; r: number; p: number; salt: string; passphraseCheck: string };
  cipher: { iv: string };
  ciphertext: string;
};

describe('keystore recovery without Mulu', () => {
  // The documented format is enough: scrypt from `openssl kdf`, AES-256-GCM from node:crypto, and the header's
  // canonical JSON (for this all-ASCII header, JSON with sorted keys and no whitespace).
  const sortedJson = (v: unknown): string =>
    v !== null && typeof v === 'object'
      ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${sortedJson((v as Record<string, unknown>)[k])}`).join(',')}}`
      : JSON.stringify(v);

  it('opens with openssl kdf SCRYPT and node:crypto AES-256-GCM', async () => {
    const pair = generateKeyPair('SM2-with-SM3');
    const passphrase = '县数据局 签名口令';
    const keystore = JSON.parse(await createKeystore(pair.privateKey, pair.publicKey, 'SM2-with-SM3', passphrase, { scrypt: { N: 2 ** 14, r: 8, p: 1 } })) as SealedFile;
    const { kdf, cipher } = keystore;
    const derived = opensslOk(
      ['kdf', '-keylen', '48', '-kdfopt', `pass:${passphrase}`, '-kdfopt', `hexsalt:${Buffer.from(kdf.salt, 'base64').toString('hex')}`,
        '-kdfopt', `n:${kdf.N}`, '-kdfopt', `r:${kdf.r}`, '-kdfopt', `p:${kdf.p}`, 'SCRYPT'], dir,
    ).replace(/[:\s]/g, '');
    const key = Buffer.from(derived.slice(0, 64), 'hex');
    expect(Buffer.from(derived.slice(64), 'hex').toString('base64')).toBe(kdf.passphraseCheck);

    const header = Object.fromEntries(Object.entries(keystore).filter(([k]) => k !== 'ciphertext' && k !== 'checksum'));
    const sealed = Buffer.from(keystore.ciphertext, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(cipher.iv, 'base64'));
    decipher.setAAD(Buffer.from(sortedJson(header)));
    decipher.setAuthTag(sealed.subarray(32));
    expect(Buffer.concat([decipher.update(sealed.subarray(0, 32)), decipher.final()])).toEqual(Buffer.from(pair.privateKey));
  });
});
