import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ed25519PublicKeyOf, ed25519Sign, ed25519Verify, generateEd25519KeyPair, isValidEd25519PublicKey } from '../../../../core/crypto/ed25519.ts';

// RFC 8032 §7.1, TEST 1 and TEST 2.
const VECTORS = [
  {
    secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature: 'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature: '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
];

// L, the order of the base point (RFC 8032 §5.1).
const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const keyPair = generateEd25519KeyPair();
const message = utf8ToBytes('某县政务数据资源目录 第 42 版\n');
const signature = ed25519Sign(keyPair, message);

function withS(sig: Uint8Array, s: bigint): Uint8Array {
  const out = sig.slice();
  for (let i = 0; i < 32; i++) out[32 + i] = Number((s >> BigInt(8 * i)) & 255n);
  return out;
}
const sOf = (sig: Uint8Array) => BigInt(`0x${bytesToHex(sig.slice(32).reverse())}`);

describe('Ed25519', () => {
  it.each(VECTORS)('matches RFC 8032 test vector (message $message)', (v) => {
    const privateKey = hexToBytes(v.secret);
    const publicKey = ed25519PublicKeyOf(privateKey);
    expect(bytesToHex(publicKey)).toBe(v.public);
    const sig = ed25519Sign({ privateKey, publicKey }, hexToBytes(v.message));
    expect(bytesToHex(sig)).toBe(v.signature);
    expect(ed25519Verify(publicKey, hexToBytes(v.message), sig)).toEqual({ valid: true });
  });

  it('round-trips and rejects a changed message or another key', () => {
    expect(ed25519Verify(keyPair.publicKey, message, signature)).toEqual({ valid: true });
    const changed = message.slice();
    changed[0]! ^= 1;
    expect(ed25519Verify(keyPair.publicKey, changed, signature)).toEqual({ valid: false, reason: 'badSignature' });
    expect(ed25519Verify(generateEd25519KeyPair().publicKey, message, signature)).toEqual({ valid: false, reason: 'badSignature' });
  });

  it('rejects the signature with any bit flipped', () => {
    for (let i = 0; i < 64; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const changed = signature.slice();
        changed[i]! ^= 1 << bit;
        expect(ed25519Verify(keyPair.publicKey, message, changed).valid).toBe(false);
      }
    }
  });

  it('rejects S ≥ L (the malleable form RFC 8032 forbids and ZIP-215 would accept)', () => {
    expect(ed25519Verify(keyPair.publicKey, message, withS(signature, sOf(signature) + L))).toEqual({ valid: false, reason: 'signatureOutOfRange' });
  });

  it('rejects signatures that are not 64 bytes', () => {
    for (const sig of [signature.subarray(0, 63), Uint8Array.from([...signature, 0]), new Uint8Array(0)]) {
      expect(ed25519Verify(keyPair.publicKey, message, sig)).toEqual({ valid: false, reason: 'malformedSignature' });
    }
  });

  it('rejects small-order and non-canonical public keys', () => {
    const identity = hexToBytes('0100000000000000000000000000000000000000000000000000000000000000');
    const yEqualsP = hexToBytes('edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f'); // y = 2^255 − 19, unreduced
    for (const key of [identity, yEqualsP, keyPair.publicKey.subarray(1), new Uint8Array(32)]) {
      expect(isValidEd25519PublicKey(key)).toBe(false);
      expect(ed25519Verify(key, message, signature)).toEqual({ valid: false, reason: 'invalidPublicKey' });
    }
  });

  it('never throws and never accepts arbitrary bytes as a signature', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 80 }), fc.uint8Array({ minLength: 64, maxLength: 64 })), (bytes) => {
        expect(ed25519Verify(keyPair.publicKey, message, bytes).valid).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
