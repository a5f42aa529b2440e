// Writing a file so that a crash, a full disk or a pulled USB stick never leaves half a key file: a keystore is the
// only copy of a signing key, and a torn write would lose it. The write itself (temporary file, flush, rename, folder
// flush) is core's; here are what only a process has: removing the temporary file on Ctrl-C, and the user's wording.
import { unlinkSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import {
  fileExists as fileExistsIn,
  TargetExistsError,
  writeFileAtomic as writeDurably,
  type AtomicWriteOptions as DurableWriteOptions,
  type FileContent,
} from '../core/files/atomic-write.ts';
import { UsageError } from './exit-codes.ts';

export type { FileContent };

export type AtomicWriteOptions = Omit<DurableWriteOptions, 'temporaries'>;

export function fileExists(path: string): Promise<boolean> {
  return fileExistsIn(fs, path);
}

/** Only keygen refuses to overwrite (its target may be the only copy of a key), hence the wording. */
export function refuseExisting(path: string): UsageError {
  return new UsageError(
    `文件已存在：${path}。为免覆盖原有文件，未做任何改动；确需替换请加 --force（被替换的私钥将无法恢复）。`,
    `${path} already exists; nothing was written. Add --force to replace it (a replaced private key cannot be recovered).`,
  );
}

/**
 * Temporary files being written now. Ctrl-C (SIGINT) or a SIGTERM during a write would otherwise end the process
 * before the `catch` below runs, leaving a `name.xxxx.tmp` beside the target; while any is pending, a signal
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

const temporaries = {
  add(temp: string): void {
    if (pending.size === 0) for (const s of SIGNALS) process.on(s, removePendingAndExit);
    pending.add(temp);
  },
  delete(temp: string): void {
    pending.delete(temp);
    if (pending.size === 0) for (const s of SIGNALS) process.removeListener(s, removePendingAndExit);
  },
};

export async function writeFileAtomic(path: string, text: FileContent, options: AtomicWriteOptions): Promise<void> {
  try {
    await writeDurably(fs, path, text, { ...options, temporaries });
  } catch (err) {
    throw toUsageError(err, path);
  }
}

function toUsageError(err: unknown, path: string): unknown {
  if (err instanceof TargetExistsError) return refuseExisting(path);
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new UsageError(`无法写入 ${path}：所在文件夹不存在`, `cannot write ${path}: the folder does not exist`);
  if (code === 'EACCES' || code === 'EPERM') return new UsageError(`没有权限写入：${path}`, `permission denied: ${path}`);
  if (code === 'EISDIR') return new UsageError(`${path} 是文件夹，不是文件`, `${path} is a directory`);
  if (code === 'ENOSPC') return new UsageError(`磁盘空间不足，未能写入 ${path}；原有文件未受影响`, `no space left on the device; ${path} was not written and any existing file is unchanged`);
  return err;
}
