// One durable, atomic file write for every caller (the CLI and Electron main): the bytes go to a temporary file
// beside the target (same folder, so the last step is a rename), the file is flushed to disk, it takes the target's
// name, and the folder is flushed so the rename itself survives a power cut or a pulled USB stick. Core has no file
// system of its own: callers pass `node:fs/promises` itself, which satisfies `AtomicFileSystem` as it is.
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js';

/** The part of a file handle the write uses (Node's `FileHandle` has it). */
export interface WritableFile {
  /** Writes at the current position, so successive calls append. */
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file operations the write uses, named and shaped as in `node:fs/promises`. */
export interface AtomicFileSystem {
  open(path: string, flags: string, mode?: number): Promise<WritableFile>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, path: string): Promise<void>;
  unlink(path: string): Promise<void>;
  stat(path: string): Promise<unknown>;
}

/** Text or bytes, or parts written one after another (an iterable, so a large file can be produced as it is written). */
export type FileContent = string | Uint8Array | Iterable<string | Uint8Array>;

export interface AtomicWriteOptions {
  /** File mode on POSIX systems (Windows keeps only the read-only bit). */
  mode: number;
  /** When false, an existing file at `path` is refused with `TargetExistsError` and left untouched. */
  overwrite: boolean;
  /** Told of the temporary file while it exists, so a signal handler can remove it (the CLI's Ctrl-C). */
  temporaries?: { add(path: string): void; delete(path: string): void };
}

/** The target exists and `overwrite` was false; nothing was written. Callers word it for their users. */
export class TargetExistsError extends Error {
  readonly code = 'EEXIST';
  constructor(readonly path: string) {
    super(`${path} already exists`);
  }
}

export async function writeFileAtomic(fs: AtomicFileSystem, path: string, content: FileContent, options: AtomicWriteOptions): Promise<void> {
  const write = await startAtomicWrite(fs, path, options);
  try {
    for (const part of typeof content === 'string' || content instanceof Uint8Array ? [content] : content) await write.write(part);
  } catch (err) {
    await write.abort();
    throw err;
  }
  await write.commit();
}

/** A write under way: parts appended to the temporary file, then `commit` (the target appears whole) or `abort` (nothing does). */
export interface AtomicWrite {
  write(part: string | Uint8Array): Promise<void>;
  /** Flushes, gives the file its name and flushes the folder; on failure the temporary file is removed and the error thrown. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target is as it was. */
  abort(): Promise<void>;
}

/** The same write when the parts arrive over time (Electron main receiving a backup from the renderer chunk by chunk). */
export async function startAtomicWrite(fs: AtomicFileSystem, path: string, options: AtomicWriteOptions): Promise<AtomicWrite> {
  // The suffix keeps the temporary file in the target's folder without parsing the path.
  const temp = `${path}.${bytesToHex(randomBytes(6))}.tmp`;
  options.temporaries?.add(temp);
  let handle: WritableFile;
  try {
    handle = await fs.open(temp, 'wx', options.mode);
  } catch (err) {
    options.temporaries?.delete(temp);
    throw err;
  }
  let open = true;
  const close = async () => {
    if (!open) return;
    open = false;
    await handle.close();
  };
  const discard = async () => {
    await close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    options.temporaries?.delete(temp);
  };
  return {
    write: (part) => handle.writeFile(part),
    async commit() {
      try {
        await handle.sync();
        await close();
        if (options.overwrite) await fs.rename(temp, path);
        else await linkWithoutOverwrite(fs, temp, path);
        await syncFolder(fs, parentFolder(path));
      } catch (err) {
        await discard();
        throw err;
      }
      options.temporaries?.delete(temp);
    },
    abort: discard,
  };
}

export async function fileExists(fs: Pick<AtomicFileSystem, 'stat'>, path: string): Promise<boolean> {
  try {
    await fs.stat(path);
    return true;
  } catch (err) {
    if (errorCode(err) === 'ENOENT') return false;
    throw err;
  }
}

/**
 * link() fails if the target exists, so there is no window between checking and writing. FAT and exFAT USB sticks
 * have no hard links; there the existence check and rename are separate steps, which is the best they allow.
 */
async function linkWithoutOverwrite(fs: AtomicFileSystem, temp: string, path: string): Promise<void> {
  try {
    await fs.link(temp, path);
    await fs.unlink(temp);
  } catch (err) {
    const code = errorCode(err);
    if (code === 'EEXIST') throw new TargetExistsError(path);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
    if (await fileExists(fs, path)) throw new TargetExistsError(path);
    await fs.rename(temp, path);
  }
}

/**
 * Makes the rename durable on Linux; Windows cannot open a folder this way and does not need to. Best effort: the
 * file itself is already complete on disk.
 */
async function syncFolder(fs: AtomicFileSystem, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // a folder that cannot be opened or flushed (Windows) leaves the rename to the file system's own journal
  }
}

/** Either separator, as Windows accepts both; a POSIX name containing `\` only makes the folder flush miss. */
export function parentFolder(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  if (cut < 0) return '.';
  if (cut === 0) return path.slice(0, 1);
  if (cut === 2 && path[1] === ':') return path.slice(0, 3); // C:\name
  return path.slice(0, cut);
}

function errorCode(err: unknown): unknown {
  return typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
}
