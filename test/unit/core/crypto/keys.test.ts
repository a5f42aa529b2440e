import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIGNATURE_ALGORITHMS } from '../../../../core/crypto/algorithms.ts';
import { decodeBase64, encodeBase64 } from '../../../../core/crypto/base64.ts';
import { decodePublicKeyPem, decodeSpki, encodePublicKeyPem, encodeSpki, formatFingerprint, keyIdOf } from '../../../../core/crypto/keys.ts';
import { generateKeyPair } from '../../../../core/crypto/signature.ts';
import { sha256 } from '../../../../core/crypto/sha256.ts';
import { sm3 } from '../../../../core/crypto/sm3.ts';

const sm2Key = generateKeyPair('SM2-with-SM3').publicKey;
const edKey = generateKeyPair('Ed25519').publicKey;
const SM2_SPKI_PREFIX = '3059301306072a8648ce3d020106082a811ccf5501822d034200';
const pemOf = (der: Uint8Array) => `-----BEGIN PUBLIC KEY-----\n${encodeBase64(der)}\n-----END PUBLIC KEY-----\n`;

describe('base64', () => {
  it('encodes and decodes exactly as RFC 4648 (checked against Buffer)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(decodeBase64(text)).toEqual(bytes);
      }),
    );
  });

  it.each(['QR==', 'QUI=x', 'QU=I', 'QUJD\n', 'QUJ', 'Q===', '====', 'QUJD-_'])('refuses non-canonical or invalid %j', (text) => {
    expect(decodeBase64(text)).toBeUndefined();
  });
});

describe('public key SPKI and PEM', () => {
  it.each(SIGNATURE_ALGORITHMS)('%s round-trips through PEM', (algorithm) => {
    const key = algorithm === 'Ed25519' ? edKey : sm2Key;
    const pem = encodePublicKeyPem(algorithm, key);
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END PUBLIC KEY-----\n$/);
    expect(decodePublicKeyPem(pem)).toEqual({ ok: true, algorithm, publicKey: key });
  });

  it('writes SM2 keys as id-ecPublicKey + sm2 curve + uncompressed point (91 bytes), Ed25519 per RFC 8410 (44 bytes)', () => {
    expect(bytesToHex(encodeSpki('SM2-with-SM3', sm2Key))).toBe(SM2_SPKI_PREFIX + bytesToHex(sm2Key));
    expect(bytesToHex(encodeSpki('Ed25519', edKey))).toBe(`302a300506032b6570032100${bytesToHex(edKey)}`);
    expect(() => encodeSpki('Ed25519', sm2Key)).toThrow(RangeError);
  });

  it('reads PEM with CRLF line ends, other line lengths and explanatory text around it', () => {
    const spki = encodeSpki('SM2-with-SM3', sm2Key);
    const b64 = encodeBase64(spki);
    const text = `某县数据局 签名公钥\r\n-----BEGIN PUBLIC KEY-----\r\n${b64.slice(0, 40)}\r\n${b64.slice(40)}\r\n-----END PUBLIC KEY-----\r\n登记日期 2026-11-22\r\n`;
    expect(decodePublicKeyPem(text)).toMatchObject({ ok: true, algorithm: 'SM2-with-SM3' });
  });

  const spki = encodeSpki('SM2-with-SM3', sm2Key);
  const offCurve = spki.slice();
  offCurve[90]! ^= 1;
  const compressed = hexToBytes(`3039301306072a8648ce3d020106082a811ccf5501822d032200${(2 + (sm2Key[64]! & 1)).toString(16).padStart(2, '0')}${bytesToHex(sm2Key.subarray(1, 33))}`);
  // SEQUENCE { SEQUENCE { OID 1.2.156.10197.1.301.1 (SM2 signature) }, BIT STRING 04‖X‖Y }
  const signatureOid = hexToBytes(`3051300b06092a811ccf5501822d01034200${bytesToHex(sm2Key)}`);
  const smallOrderEd = encodeSpki('Ed25519', hexToBytes(`01${'00'.repeat(31)}`));

  it.each([
    ['no PEM at all', 'MFkwEwYHKoZIzj0CAQYIKoEcz1UBgi0DQgAE', 'notPem'],
    ['a private key block', pemOf(spki).replace(/PUBLIC/g, 'PRIVATE'), 'notPem'],
    ['mismatched labels', pemOf(spki).replace('END PUBLIC KEY', 'END CERTIFICATE'), 'notPem'],
    ['two key blocks', pemOf(spki) + pemOf(spki), 'notPem'],
    ['a damaged base64 body', pemOf(spki).replace('MFkw', 'MF*w'), 'notPem'],
    ['a truncated key', pemOf(spki.subarray(0, 90)), 'unsupportedKeyType'],
    ['a trailing byte after the key', pemOf(Uint8Array.from([...spki, 0])), 'unsupportedKeyType'],
    ['a compressed SM2 point', pemOf(compressed), 'unsupportedKeyType'],
    ['the SM2 signature OID as algorithm', pemOf(signatureOid), 'unsupportedKeyType'],
    ['an SM2 point off the curve', pemOf(offCurve), 'invalidKey'],
    ['a small-order Ed25519 point', pemOf(smallOrderEd), 'invalidKey'],
  ])('refuses %s', (_, text, reason) => {
    const result = decodePublicKeyPem(text);
    expect(result).toMatchObject({ ok: false, reason });
    if (!result.ok) expect(result.message.zh.length * result.message.en.length).toBeGreaterThan(0);
  });

  it('refuses an SPKI of one algorithm with a key of the other length', () => {
    expect(decodeSpki(Uint8Array.from([...hexToBytes('302a300506032b6570032100'), ...sm2Key.subarray(0, 33)]))).toMatchObject({ ok: false, reason: 'unsupportedKeyType' });
  });
});

describe('key id and fingerprint', () => {
  it('is the suite digest of the SPKI DER: SM3 for SM2 keys, SHA-256 for Ed25519 keys', async () => {
    expect(await keyIdOf('SM2-with-SM3', sm2Key)).toBe(`sm3:${bytesToHex(await sm3(encodeSpki('SM2-with-SM3', sm2Key)))}`);
    expect(await keyIdOf('Ed25519', edKey)).toBe(`sha256:${bytesToHex(sha256(encodeSpki('Ed25519', edKey)))}`);
  });

  it('shows the digest as 16 groups of 4 hex digits', async () => {
    const keyId = await keyIdOf('SM2-with-SM3', sm2Key);
    const fingerprint = formatFingerprint(keyId);
    expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){15}$/);
    expect(fingerprint.replace(/ /g, '')).toBe(keyId.slice('sm3:'.length));
    expect(formatFingerprint('sm3:66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0')).toBe(
      '66c7 f0f4 62ee edd9 d1f2 d46b dc10 e4e2 4167 c487 5cf2 f7a2 297d a02b 8f4b a8e0',
    );
  });
});
