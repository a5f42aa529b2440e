// The Windows .ico container around PNG images (allowed since Windows Vista, and what electron-builder and NSIS
// accept): a 6-byte header, a 16-byte directory entry per image, then the PNG files as they are. Written here so the
// icons build without ImageMagick or any image package.

/**
 * @param {{ size: number, png: Uint8Array }[]} images square PNGs, 1 to 256 pixels, 32-bit RGBA
 * @returns {Buffer}
 */
export function icoFromPngs(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // 1: icon (2 would be a cursor)
  header.writeUInt16LE(images.length, 4);
  const directory = Buffer.alloc(16 * images.length);
  let offset = header.length + directory.length;
  images.forEach(({ size, png }, i) => {
    if (!Number.isInteger(size) || size < 1 || size > 256) throw new Error(`an icon image is 1 to 256 pixels, not ${size}`);
    const at = 16 * i;
    directory.writeUInt8(size === 256 ? 0 : size, at); // width; 0 means 256
    directory.writeUInt8(size === 256 ? 0 : size, at + 1); // height
    directory.writeUInt8(0, at + 2); // no palette
    directory.writeUInt8(0, at + 3); // reserved
    directory.writeUInt16LE(1, at + 4); // colour planes
    directory.writeUInt16LE(32, at + 6); // bits per pixel
    directory.writeUInt32LE(png.length, at + 8);
    directory.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, directory, ...images.map(({ png }) => Buffer.from(png))]);
}
