// The committed icons (scripts/build-icons.mjs): build/icon.ico is a valid icon container whose every image is a PNG
// of the size its directory entry states, and the Linux PNGs are the sizes their names say. Each PNG is decoded as
// far as its pixel data: the compressed rows must inflate to exactly height × (1 + width × 4) bytes of RGBA.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { icoFromPngs } from '../../../scripts/lib/ico.mjs';

const BUILD = join(import.meta.dirname, '..', '..', '..', 'build');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG, after checking its chunks and that its image data inflates to the right length. */
function decodePng(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (;;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      // 8 bits per channel, colour type 6 (RGBA), no interlace.
      expect([data[8], data[9], data[12]]).toEqual([8, 6, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
    if (type === 'IEND') break;
  }
  expect(at).toBe(png.length);
  expect(inflateSync(Buffer.concat(idat)).length).toBe(height * (1 + width * 4));
  return { width, height };
}

interface IcoEntry {
  size: number;
  bitCount: number;
  image: Buffer;
}

function readIco(ico: Buffer): IcoEntry[] {
  expect(ico.readUInt16LE(0)).toBe(0);
  expect(ico.readUInt16LE(2)).toBe(1);
  const count = ico.readUInt16LE(4);
  const entries: IcoEntry[] = [];
  let expectedOffset = 6 + 16 * count;
  for (let i = 0; i < count; i++) {
    const at = 6 + 16 * i;
    const width = ico.readUInt8(at) || 256;
    const height = ico.readUInt8(at + 1) || 256;
    expect(height).toBe(width);
    expect(ico.readUInt16LE(at + 4)).toBe(1);
    const bytes = ico.readUInt32LE(at + 8);
    const offset = ico.readUInt32LE(at + 12);
    expect(offset).toBe(expectedOffset);
    expectedOffset += bytes;
    entries.push({ size: width, bitCount: ico.readUInt16LE(at + 6), image: ico.subarray(offset, offset + bytes) });
  }
  expect(expectedOffset).toBe(ico.length);
  return entries;
}

describe('build/icon.ico', () => {
  it('holds a 32-bit PNG of the stated size for 16, 24, 32, 48, 64, 128 and 256 pixels', () => {
    const entries = readIco(readFileSync(join(BUILD, 'icon.ico')));
    expect(entries.map((e) => e.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
    for (const entry of entries) {
      expect(entry.bitCount).toBe(32);
      expect(decodePng(entry.image)).toEqual({ width: entry.size, height: entry.size });
    }
  });

  it('is what icoFromPngs writes for the Linux PNGs of the same sizes (one drawing everywhere)', () => {
    const sizes = [16, 24, 32, 48, 64, 128, 256];
    const rebuilt = icoFromPngs(sizes.map((size) => ({ size, png: readFileSync(join(BUILD, 'icons', `${size}x${size}.png`)) })));
    expect(rebuilt.equals(readFileSync(join(BUILD, 'icon.ico')))).toBe(true);
  });

  it('refuses an image larger than the format allows', () => {
    expect(() => icoFromPngs([{ size: 512, png: new Uint8Array(8) }])).toThrow(/1 to 256/);
  });
});

describe('build/icons and build/icon.png', () => {
  it('are PNGs of the sizes their names say', () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
      expect(decodePng(readFileSync(join(BUILD, 'icons', `${size}x${size}.png`)))).toEqual({ width: size, height: size });
    }
    expect(decodePng(readFileSync(join(BUILD, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
  });
});
