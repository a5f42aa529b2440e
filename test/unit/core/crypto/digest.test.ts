import { createHash } from 'node:crypto';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDigester, digestBytes } from '../../../../core/crypto/digest.ts';
import { sha256 } from '../../../../core/crypto/sha256.ts';
import { sm3 } from '../../../../core/crypto/sm3.ts';
import type { DigestAlgorithm } from '../../../../core/crypto/algorithms.ts';

describe('SM3 (GB/T 32905 appendix A)', () => {
  it('example 1: "abc"', async () => {
    expect(bytesToHex(await sm3(utf8ToBytes('abc')))).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('example 2: the 64-byte message "abcd" × 16', async () => {
    expect(bytesToHex(await sm3(utf8ToBytes('abcd'.repeat(16))))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });
});

describe('SHA-256 (FIPS 180-4 examples)', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('%j', (text, hex) => {
    expect(bytesToHex(sha256(utf8ToBytes(text)))).toBe(hex);
  });
});

const ALGORITHMS: [DigestAlgorithm, string][] = [
  ['SM3', 'sm3'],
  ['SHA-256', 'sha256'],
];

describe.each(ALGORITHMS)('%s streaming', (algorithm, nodeName) => {
  // Random data cut at random points: the chunking must never change the digest.
  const chunked = fc.uint8Array({ maxLength: 5000 }).chain((data) =>
    fc.uniqueArray(fc.nat({ max: data.length }), { maxLength: 12 }).map((cuts) => ({ data, cuts: [...cuts].sort((a, b) => a - b) })),
  );

  it('equals the one-shot digest for any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(chunked, async ({ data, cuts }) => {
        const digester = await createDigester(algorithm);
        let from = 0;
        for (const to of [...cuts, data.length]) {
          digester.update(data.subarray(from, to));
          from = to;
        }
        expect(bytesToHex(digester.digest())).toBe(bytesToHex(await digestBytes(algorithm, data)));
      }),
      { numRuns: 150 },
    );
  });

  it('agrees with node:crypto (OpenSSL) on random data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (data) => {
        expect(bytesToHex(await digestBytes(algorithm, data))).toBe(createHash(nodeName).update(data).digest('hex'));
      }),
      { numRuns: 100 },
    );
  });

  it('hashes input larger than the WASM buffer in one update', async () => {
    const data = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 31) & 255);
    expect(bytesToHex(await digestBytes(algorithm, data))).toBe(createHash(nodeName).update(data).digest('hex'));
  });
});
