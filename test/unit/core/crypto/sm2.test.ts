import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { sm2 as smCrypto } from 'sm-crypto-v2';
import { describe, expect, it } from 'vitest';
import { parseDerSignature } from '../../../../core/crypto/sm2-der.ts';
import { VERIFY_FAILURE_TEXT } from '../../../../core/crypto/verification.ts';
import { generateSm2KeyPair, isValidSm2PrivateKey, isValidSm2PublicKey, SM2_ORDER, SM2_USER_ID, sm2PublicKeyOf, sm2Sign, sm2Verify } from '../../../../core/crypto/sm2.ts';
import { derInteger, derSequence, derSignature } from './der.ts';

const n = SM2_ORDER;
const keyPair = generateSm2KeyPair();
const message = utf8ToBytes('某县政务数据资源目录 第 42 版\n');
const signature = sm2Sign(keyPair, message);
const parsed = parseDerSignature(signature, n);
if (!parsed.ok) throw new Error('own signature does not parse');
const { r, s } = parsed;

const scalar = (value: bigint) => hexToBytes(value.toString(16).padStart(64, '0'));

describe('SM2 keys', () => {
  it('generates a 32-byte private key and the matching uncompressed public point', () => {
    expect(keyPair.privateKey).toHaveLength(32);
    expect(keyPair.publicKey).toHaveLength(65);
    expect(keyPair.publicKey[0]).toBe(0x04);
    expect(isValidSm2PublicKey(keyPair.publicKey)).toBe(true);
    expect(sm2PublicKeyOf(keyPair.privateKey)).toEqual(keyPair.publicKey);
  });

  it('accepts private keys 1 … n−2 only', () => {
    expect([0n, 1n, n - 2n, n - 1n, n].map((d) => isValidSm2PrivateKey(scalar(d)))).toEqual([false, true, true, false, false]);
    expect(isValidSm2PrivateKey(new Uint8Array(31).fill(1))).toBe(false);
    expect(() => sm2PublicKeyOf(scalar(0n))).toThrow(RangeError);
  });

  it('rejects public keys that are compressed, off the curve or the wrong length', () => {
    const offCurve = keyPair.publicKey.slice();
    offCurve[64]! ^= 1;
    const compressed = Uint8Array.from([2 + (keyPair.publicKey[64]! & 1), ...keyPair.publicKey.subarray(1, 33)]);
    for (const key of [offCurve, compressed, keyPair.publicKey.subarray(0, 64), new Uint8Array(65)]) {
      expect(isValidSm2PublicKey(key)).toBe(false);
      expect(sm2Verify(key, message, signature)).toEqual({ valid: false, reason: 'invalidPublicKey' });
    }
  });
});

describe('SM2 sign and verify', () => {
  it('round-trips, over the exact bytes given', () => {
    expect(sm2Verify(keyPair.publicKey, message, signature)).toEqual({ valid: true });
    expect(sm2Verify(keyPair.publicKey, new Uint8Array(0), sm2Sign(keyPair, new Uint8Array(0)))).toEqual({ valid: true });
  });

  it('signs with hash: true and the GM/T default user ID (checked with the library directly)', () => {
    const hex = bytesToHex(signature);
    const pub = bytesToHex(keyPair.publicKey);
    expect(SM2_USER_ID).toBe('1234567812345678');
    expect(smCrypto.doVerifySignature(message, hex, pub, { hash: true, der: true, userId: '1234567812345678' })).toBe(true);
    expect(smCrypto.doVerifySignature(message, hex, pub, { hash: true, der: true, userId: '' })).toBe(false);
    expect(smCrypto.doVerifySignature(message, hex, pub, { hash: false, der: true })).toBe(false);
  });

  it('writes every signature in strict DER (70–72 bytes) that parses back to itself', () => {
    for (let i = 0; i < 200; i++) {
      const sig = sm2Sign(keyPair, utf8ToBytes(`message ${i}`));
      const p = parseDerSignature(sig, n);
      expect(p.ok).toBe(true);
      if (p.ok) expect(derSignature(p.r, p.s)).toEqual(sig);
      expect(sig.length).toBeGreaterThanOrEqual(8);
      expect(sig.length).toBeLessThanOrEqual(72);
    }
  });

  it('rejects a changed message at every byte', () => {
    for (let i = 0; i < message.length; i++) {
      const changed = message.slice();
      changed[i]! ^= 0x01;
      expect(sm2Verify(keyPair.publicKey, changed, signature)).toEqual({ valid: false, reason: 'badSignature' });
    }
    expect(sm2Verify(keyPair.publicKey, message.subarray(1), signature).valid).toBe(false);
  });

  it('rejects a signature by another key', () => {
    expect(sm2Verify(generateSm2KeyPair().publicKey, message, signature)).toEqual({ valid: false, reason: 'badSignature' });
  });

  it('rejects the signature with any bit flipped, without throwing', () => {
    for (let i = 0; i < signature.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const changed = signature.slice();
        changed[i]! ^= 1 << bit;
        expect(sm2Verify(keyPair.publicKey, message, changed).valid).toBe(false);
      }
    }
  });

  it('never throws and never accepts arbitrary bytes as a signature', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 90 }), (bytes) => {
        expect(sm2Verify(keyPair.publicKey, message, bytes).valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('SM2 strict DER', () => {
  const reject = (sig: Uint8Array) => {
    const result = sm2Verify(keyPair.publicKey, message, sig);
    return result.valid ? 'accepted' : result.reason;
  };

  it('accepts the canonical encoding', () => {
    expect(reject(derSignature(r, s))).toBe('accepted');
  });

  it.each([
    ['one trailing byte', () => Uint8Array.from([...signature, 0x00])],
    ['four trailing bytes (accepted by sm-crypto-v2 itself)', () => Uint8Array.from([...signature, 1, 2, 3, 4])],
    ['a needless leading zero on r', () => derSequence(derInteger(r, { extraLeadingZero: true }), derInteger(s))],
    ['a needless leading zero on s', () => derSequence(derInteger(r), derInteger(s, { extraLeadingZero: true }))],
    ['SET instead of SEQUENCE', () => Uint8Array.from([0x31, ...signature.subarray(1)])],
    ['BIT STRING instead of INTEGER', () => derSequence([0x03, ...derInteger(r).slice(1)], derInteger(s))],
    ['a long-form length', () => Uint8Array.from([0x30, 0x81, signature.length - 2, ...signature.subarray(2)])],
    ['a sequence length one too long', () => Uint8Array.from([0x30, signature.length - 1, ...signature.subarray(2), 0])],
    ['an integer running past the end', () => derSequence(derInteger(r), [0x02, 40, 1, 2, 3])],
    ['a third integer', () => derSequence(derInteger(r), derInteger(s), derInteger(1n))],
    ['only r', () => derSequence(derInteger(r))],
    ['an empty INTEGER', () => derSequence([0x02, 0], derInteger(s))],
    ['a negative r (high bit set, no leading zero)', () => derSequence([0x02, 32, 0x80 | (Number(r >> 248n) & 0x7f), ...scalar(r).subarray(1)], derInteger(s))],
    ['raw r ‖ s (64 bytes, no DER)', () => Uint8Array.from([...scalar(r), ...scalar(s)])],
    ['empty input', () => new Uint8Array(0)],
  ])('rejects %s as malformed', (_, make) => {
    expect(reject(make())).toBe('malformedSignature');
  });

  it.each([
    ['r = 0', () => derSignature(0n, s)],
    ['s = 0', () => derSignature(r, 0n)],
    ['r = n', () => derSignature(n, s)],
    ['s = n', () => derSignature(r, n)],
    ['s + n (makes sm-crypto-v2 throw)', () => derSignature(r, s + n)],
    ['r + n', () => derSignature(r + n, s)],
  ])('rejects %s as out of range, without throwing', (_, make) => {
    expect(reject(make())).toBe('signatureOutOfRange');
  });
});

describe('rejection messages', () => {
  it('say every reason in Chinese and English', () => {
    for (const text of Object.values(VERIFY_FAILURE_TEXT)) {
      expect(Object.keys(text)).toEqual(['zh', 'en']);
      expect(text.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(text.en.length).toBeGreaterThan(10);
    }
  });
});
