// Writing a file so that a crash, a full disk or a pulled USB stick never leaves half a key file: the text goes to
// a temporary file in the same folder (same filesystem, so the final step is a rename), is flushed to disk, and
// only then takes the target's name. A keystore is the only copy of a signing key; a torn write would lose it.
import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { link, open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './exit-codes.ts';

export interface AtomicWriteOptions {
  /** File mode on POSIX systems (Windows keeps only the read-only bit). */
  mode: number;
  /** When false, an existing file at `path` is an error and is left untouched. */
  overwrite: boolean;
}

export async function fileExists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
}

/** Only keygen refuses to overwrite (its target may be the only copy of a key), hence the wording. */
export function refuseExisting(path: string): UsageError {
  return new UsageError(
    `文件已存在：${path}。为免覆盖原有文件，未做任何改动；确需替换请加 --force（被替换的私钥将无法恢复）。`,
    `${path} already exists; nothing was written. Add --force to replace it (a replaced private key cannot be recovered).`,
  );
}

/** A whole file, or its parts in order (a workbook or CSV arrives in chunks; joining them first would double memory). */
export type FileContent = string | Uint8Array | readonly (string | Uint8Array)[];

/**
 * Temporary files being written now. Ctrl-C (SIGINT) or a SIGTERM during a write would otherwise end the process
 * before the `catch` below runs, leaving a hidden `.name.xxxx.tmp` beside the target; while any is pending, a signal
 * handler removes them and then ends the process with the signal, as it would have ended without the handler.
 */
const pending = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM'] as const;

function removePendingAndExit(signal: NodeJS.Signals): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pending.clear();
  for (const s of SIGNALS) process.removeListener(s, removePendingAndExit);
  process.kill(process.pid, signal); // no listener is left, so the default action ends the process
}

function track(temp: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, removePendingAndExit);
  pending.add(temp);
}

function untrack(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, removePendingAndExit);
}

export async function writeFileAtomic(path: string, text: FileContent, options: AtomicWriteOptions): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  track(temp);
  try {
    const handle = await open(temp, 'wx', options.mode);
    try {
      for (const part of typeof text === 'string' || text instanceof Uint8Array ? [text] : text) await handle.writeFile(part); // each call continues at the current position
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) await rename(temp, path);
    else await linkWithoutOverwrite(temp, path);
    await syncDirectory(dirname(path));
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw toUsageError(err, path);
  } finally {
    untrack(temp);
  }
}

/**
 * link() fails if the target exists, so there is no window between checking and writing. FAT and exFAT USB sticks
 * have no hard links; there the existence check and rename are separate steps, which is the best they allow.
 */
async function linkWithoutOverwrite(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
    await unlink(temp);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw refuseExisting(path);
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
    if (await fileExists(path)) throw refuseExisting(path);
    await rename(temp, path);
  }
}

/** Makes the rename itself durable on Linux; Windows cannot open a folder this way, and does not need to. */
async function syncDirectory(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort: the file itself is already complete on disk
  }
}

function toUsageError(err: unknown, path: string): unknown {
  if (err instanceof UsageError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UsageError(`无法写入 ${path}：所在文件夹不存在`, `cannot write ${path}: the folder does not exist`);
  if (code === 'EACCES' || code === 'EPERM') return new UsageError(`没有权限写入：${path}`, `permission denied: ${path}`);
  if (code === 'EISDIR') return new UsageError(`${path} 是文件夹，不是文件`, `${path} is a directory`);
  if (code === 'ENOSPC') return new UsageError(`磁盘空间不足，未能写入 ${path}；原有文件未受影响`, `no space left on the device; ${path} was not written and any existing file is unchanged`);
  return err;
}
