// Files streamed across the bridge, on a real folder: a save grows in a temporary file and appears whole only when
// kept (an existing file keeps its old bytes until then), a discarded or failed save leaves nothing, reads are by
// position, and tokens are checked.
import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStreams } from '../../../electron/ipc/file-streams.ts';

let dir: string;
let count = 0;
const streams = (limit?: number) => new FileStreams(fs, (path) => fs.open(path, 'r'), () => `token-${++count}`, limit);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mulu-streams-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('FileStreams: saving', () => {
  it('writes the pieces in order and the file appears only when kept, the old one untouched until then', async () => {
    const target = join(dir, '备份.mulu-backup');
    await writeFile(target, 'old');
    const s = streams();
    const token = await s.begin(target);
    await s.write(token, new Uint8Array([1, 2, 3]));
    await s.write(token, new Uint8Array([4]));
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toHaveLength(2); // the target and the temporary file beside it
    await expect(s.end(token, true)).resolves.toBe(target);
    expect(new Uint8Array(await readFile(target))).toEqual(new Uint8Array([1, 2, 3, 4]));
    expect(await readdir(dir)).toEqual(['备份.mulu-backup']);
    await expect(s.write(token, new Uint8Array([5]))).rejects.toThrow(/no file is being saved/);
  });

  it('discarded, it leaves nothing behind', async () => {
    const s = streams();
    const token = await s.begin(join(dir, 'a.mulu-backup'));
    await s.write(token, new Uint8Array(1000));
    await expect(s.end(token, false)).resolves.toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
    await expect(s.end(token, true)).rejects.toThrow(/no file is being saved/);
  });

  it('a piece that cannot be written removes the partial file and forgets the token', async () => {
    const failing = new FileStreams(
      {
        ...fs,
        open: async (path: string, flags: string, mode?: number) => {
          const handle = await fs.open(path, flags, mode);
          return { writeFile: async () => Promise.reject(Object.assign(new Error('no space left'), { code: 'ENOSPC' })), sync: () => handle.sync(), close: () => handle.close() };
        },
      },
      (path) => fs.open(path, 'r'),
      () => 'one',
    );
    const token = await failing.begin(join(dir, 'b.mulu-backup'));
    await expect(failing.write(token, new Uint8Array(10))).rejects.toThrow('no space left');
    expect(await readdir(dir)).toEqual([]);
    await expect(failing.end(token, true)).rejects.toThrow(/no file is being saved/);
  });

  it('refuses to hold more saves open than its limit', async () => {
    const s = streams(2);
    await s.begin(join(dir, '1'));
    await s.begin(join(dir, '2'));
    await expect(s.begin(join(dir, '3'))).rejects.toThrow(/already open/);
  });
});

describe('FileStreams: reading', () => {
  it('reads by position, fewer bytes at the end, none past it; closed, the token is refused', async () => {
    const path = join(dir, 'in.zip');
    await writeFile(path, Uint8Array.from({ length: 100 }, (_, i) => i));
    const s = streams();
    const { token, size } = await s.open(path);
    expect(size).toBe(100);
    expect(await s.read(token, 10, 3)).toEqual(new Uint8Array([10, 11, 12]));
    expect(await s.read(token, 98, 10)).toEqual(new Uint8Array([98, 99]));
    expect(await s.read(token, 200, 10)).toEqual(new Uint8Array(0));
    await s.close(token);
    await expect(s.read(token, 0, 1)).rejects.toThrow(/no file is open/);
  });
});
