// Files in the OLE2 Compound File format (CFB, [MS-CFB]) that clerks try to import: legacy .xls workbooks, and
// .xlsx workbooks with an open password, which Excel and WPS store as a CFB holding the encrypted package in a
// stream named "EncryptedPackage" next to "EncryptionInfo" ([MS-OFFCRYPTO] §2.3.4.4). Telling the two apart
// gives the clerk the right advice: "save as .xlsx" or "remove the password".

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Directory entries are 128 bytes and lie in sectors that start at multiples of the sector size (512 or 4096),
 * so every entry starts at a multiple of 128 from the start of the file; its UTF-16LE name comes first and the
 * name's length in bytes, terminator included, at byte 64.
 */
const DIRECTORY_ENTRY_BYTES = 128;
const NAME_LENGTH_OFFSET = 64;
const ENCRYPTION_STREAMS = ['EncryptedPackage', 'EncryptionInfo'];

export type LegacyKind = 'encrypted' | 'legacyXls';

/** What a CFB file is, or undefined if the bytes are not a CFB file. */
export function detectCompoundFile(bytes: Uint8Array): LegacyKind | undefined {
  if (bytes.length < CFB_MAGIC.length || CFB_MAGIC.some((b, i) => bytes[i] !== b)) return undefined;
  return ENCRYPTION_STREAMS.some((name) => hasDirectoryEntry(bytes, name)) ? 'encrypted' : 'legacyXls';
}

/**
 * A scan for the entry's name at every possible entry position. Following the sector chains would find exactly
 * the directory, but a name at an entry position with the right length field is specific enough to choose the
 * advice, and the scan cannot be led astray by a damaged allocation table.
 */
function hasDirectoryEntry(bytes: Uint8Array, name: string): boolean {
  const lengthField = (name.length + 1) * 2;
  for (let at = 0; at + DIRECTORY_ENTRY_BYTES <= bytes.length; at += DIRECTORY_ENTRY_BYTES) {
    if (bytes[at + NAME_LENGTH_OFFSET] !== (lengthField & 0xff) || bytes[at + NAME_LENGTH_OFFSET + 1] !== lengthField >> 8) continue;
    if (isUtf16Name(bytes, at, name)) return true;
  }
  return false;
}

function isUtf16Name(bytes: Uint8Array, at: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    if (bytes[at + 2 * i] !== name.charCodeAt(i) || bytes[at + 2 * i + 1] !== 0) return false;
  }
  return bytes[at + 2 * name.length] === 0 && bytes[at + 2 * name.length + 1] === 0;
}
