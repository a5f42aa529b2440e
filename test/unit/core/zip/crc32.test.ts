import { randomBytes } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../core/zip/crc32.ts';

describe('crc32', () => {
  it('gives the standard check value and the value of nothing', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('agrees with node:zlib on any input, whole or in pieces', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(300), (data, cut) => {
        const at = Math.min(cut, data.length);
        expect(crc32(data)).toBe(zlibCrc32(data));
        expect(crc32(data.subarray(at), crc32(data.subarray(0, at)))).toBe(zlibCrc32(data));
      }),
    );
  });

  it('agrees with node:zlib on a megabyte at an odd offset', () => {
    const data = new Uint8Array(randomBytes(1 << 20)).subarray(3);
    expect(crc32(data)).toBe(zlibCrc32(data));
  });
});
