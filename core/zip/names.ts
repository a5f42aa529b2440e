// Which entry names a package may carry. A name is where an entry lands when someone extracts the package with
// any tool on Windows 10, 统信 UOS, 麒麟 or macOS, so it must be a plain relative path that means the same file
// everywhere, and no two names may land on the same file. The writer applies the same rules, so Mulu never
// writes a package that Mulu refuses.
import { decodeUtf8Strict, encodeUtf8 } from './utf8.ts';

export type NameProblem =
  | 'emptyName'
  | 'controlCharacter'
  | 'backslash'
  | 'absolutePath'
  | 'driveLetter'
  | 'pathTraversal'
  | 'directoryEntry'
  | 'unportableName';

/** ext4 and most other file systems allow 255 bytes per path segment. */
const MAX_SEGMENT_BYTES = 255;
/** Characters Windows does not allow in a file name (":" also opens NTFS alternate data streams). */
const WINDOWS_FORBIDDEN = new Set(['<', '>', ':', '"', '|', '?', '*']);
/** Windows device names, with or without an extension, in any case (COM¹ and friends count too). */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|conin\$|conout\$|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;

/** The name as text, or undefined if the bytes are not valid UTF-8. */
export function decodeName(bytes: Uint8Array): string | undefined {
  return decodeUtf8Strict(bytes);
}

/** The UTF-8 bytes of a name, or undefined if the string holds a lone surrogate (which UTF-8 cannot carry). */
export function encodeName(name: string): Uint8Array | undefined {
  const bytes = encodeUtf8(name);
  return decodeUtf8Strict(bytes) === name ? bytes : undefined;
}

/** The first rule `name` breaks, in the order the reader reports them; undefined if it is a safe file name. */
export function nameProblem(name: string): NameProblem | undefined {
  if (name.length === 0) return 'emptyName';
  if (hasControlCharacter(name)) return 'controlCharacter';
  if (name.includes('\\')) return 'backslash';
  if (name.startsWith('/')) return 'absolutePath';
  if (/^[A-Za-z]:/.test(name)) return 'driveLetter';
  const isDirectory = name.endsWith('/');
  const segments = (isDirectory ? name.slice(0, -1) : name).split('/');
  if (segments.includes('..')) return 'pathTraversal';
  if (isDirectory) return 'directoryEntry';
  if (name.normalize('NFC') !== name) return 'unportableName';
  return segments.every(isPortableSegment) ? undefined : 'unportableName';
}

/**
 * C0 and C1 controls, DEL, and the bidirectional formatting characters, which can make a name display as
 * something else ("gpj.exe" shown as "exe.jpg").
 */
function hasControlCharacter(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
    if (c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) return true;
  }
  return false;
}

function isPortableSegment(segment: string): boolean {
  if (segment === '' || segment === '.') return false; // "a//b", "./a": the same file under two spellings
  if (segment.endsWith('.') || segment.endsWith(' ')) return false; // Windows strips these, so "a." is "a"
  if (WINDOWS_DEVICE.test(segment)) return false;
  for (const ch of segment) if (WINDOWS_FORBIDDEN.has(ch)) return false;
  return encodeUtf8(segment).length <= MAX_SEGMENT_BYTES;
}

/**
 * The key under which two names land on the same file on a case-insensitive, normalisation-insensitive file
 * system (NTFS, APFS). Upper- then lower-casing also folds ς/σ/Σ and ı/i/I together, as NTFS's upcase table does;
 * it folds a little more than any one file system (ß with ss), which only ever refuses, never admits.
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}

export type NameConflict = { name: string; other: string; kind: 'duplicate' | 'fileAndFolder' };

/**
 * The first name that lands on the same file as an earlier one, or that is used both as a file and as a folder
 * ("a" and "a/b"), which no extraction can honour. Names are assumed to have passed nameProblem.
 */
export function findNameConflict(names: readonly string[]): NameConflict | undefined {
  const files = new Map<string, string>();
  const folders = new Map<string, string>();
  for (const name of names) {
    const key = nameKey(name);
    const same = files.get(key);
    if (same !== undefined) return { name, other: same, kind: 'duplicate' };
    const folderUser = folders.get(key);
    if (folderUser !== undefined) return { name, other: folderUser, kind: 'fileAndFolder' };
    files.set(key, name);
    for (let i = key.indexOf('/'); i >= 0; i = key.indexOf('/', i + 1)) {
      const folder = key.slice(0, i);
      const file = files.get(folder);
      if (file !== undefined) return { name, other: file, kind: 'fileAndFolder' };
      if (!folders.has(folder)) folders.set(folder, name);
    }
  }
  return undefined;
}
