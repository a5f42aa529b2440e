// Which file a path names, by identity (device and inode) rather than by spelling: `./k.json`, `k.json`, a symlink
// to it and a hard link to it are one file. An output that is the same file as an input or a key would destroy it,
// so the CLI's --out guard and Electron main's save dialog both ask this. Core has no file system of its own:
// callers pass `node:fs/promises`, which satisfies `IdentityFileSystem` as it is.

export interface FileIdentity {
  readonly dev: bigint;
  readonly ino: bigint;
}

/** The part of `node:fs/promises` these functions use. */
export interface IdentityFileSystem {
  stat(path: string, options: { bigint: true }): Promise<FileIdentity>;
  open(path: string, flags: 'r'): Promise<{ read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>; close(): Promise<void> }>;
}

/** The file's identity through any symlinks, or undefined when nothing (readable) is there. */
export async function fileIdentity(fs: IdentityFileSystem, path: string): Promise<FileIdentity | undefined> {
  try {
    const { dev, ino } = await fs.stat(path, { bigint: true });
    return { dev, ino };
  } catch {
    return undefined; // missing or unreadable: reading or writing it reports the problem in its own words
  }
}

export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/**
 * The first `bytes` bytes of a file (fewer if it is shorter), or undefined for a folder or an unreadable file:
 * enough to tell what kind of file it is without reading a large one whole.
 */
export async function readFileHead(fs: IdentityFileSystem, path: string, bytes: number): Promise<Uint8Array | undefined> {
  let handle;
  try {
    handle = await fs.open(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}
