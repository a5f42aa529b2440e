// A file read by position (core/zip/stream-reader.ts's RandomAccessSource) over a Node file handle, so a backup of
// hundreds of MB is read an entry at a time, never whole. A missing or unreadable file is unusable input (exit 2).
import { open, type FileHandle } from 'node:fs/promises';
import type { RandomAccessSource } from '../core/zip/stream-reader.ts';
import { UsageError } from './exit-codes.ts';

export async function withFileSource<T>(path: string, use: (source: RandomAccessSource) => Promise<T>): Promise<T> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`找不到文件：${path}`, `file not found: ${path}`);
    if (code === 'EACCES') throw new UsageError(`没有权限读取文件：${path}`, `permission denied: ${path}`);
    throw err;
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new UsageError(`${path} 是文件夹，不是文件`, `${path} is a directory`);
    const source: RandomAccessSource = {
      size: stat.size,
      read: async (offset, length) => {
        const data = new Uint8Array(length);
        let filled = 0;
        while (filled < length) {
          const { bytesRead } = await handle.read(data, filled, length - filled, offset + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return data.subarray(0, filled);
      },
    };
    return await use(source);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EISDIR') throw new UsageError(`${path} 是文件夹，不是文件`, `${path} is a directory`);
    throw err;
  } finally {
    await handle.close();
  }
}
