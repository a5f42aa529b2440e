// The small pieces behind the file operations: reveal tokens, save-dialog filters, atomic writes.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { saveDialogFilters } from '../../../electron/ipc/dialog-filters.ts';
import { SavedFiles } from '../../../electron/ipc/saved-files.ts';
import { writeFileAtomically } from '../../../electron/ipc/write-file-atomically.ts';

describe('SavedFiles', () => {
  it('gives each saved path a token and finds it again; unknown tokens find nothing', () => {
    let n = 0;
    const saved = new SavedFiles(() => `t${++n}`);
    expect(saved.remember('/home/clerk/a.zip')).toBe('t1');
    expect(saved.remember('/home/clerk/b.zip')).toBe('t2');
    expect(saved.pathOf('t1')).toBe('/home/clerk/a.zip');
    expect(saved.pathOf('t2')).toBe('/home/clerk/b.zip');
    expect(saved.pathOf('t3')).toBeUndefined();
  });

  it('forgets the oldest beyond its limit', () => {
    let n = 0;
    const saved = new SavedFiles(() => `t${++n}`, 2);
    saved.remember('/a');
    saved.remember('/b');
    saved.remember('/c');
    expect(saved.pathOf('t1')).toBeUndefined();
    expect(saved.pathOf('t3')).toBe('/c');
  });
});

describe('saveDialogFilters', () => {
  it.each([
    ['目录包.zip', [{ name: 'ZIP', extensions: ['zip'] }]],
    ['安徽 某县.2026.xlsx', [{ name: 'XLSX', extensions: ['xlsx'] }]],
    ['README', []],
    ['.hidden', []],
    ['trailing.', []],
  ])('%s → %j', (name, filters) => {
    expect(saveDialogFilters(name)).toEqual(filters);
  });
});

describe('writeFileAtomically', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mulu-atomic-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('replaces the file with the complete new bytes and leaves no temporary file', async () => {
    const target = join(dir, '目录包.zip');
    await writeFile(target, 'old');
    await writeFileAtomically(target, new TextEncoder().encode('new bytes'));
    expect(await readFile(target, 'utf8')).toBe('new bytes');
    expect(await readdir(dir)).toEqual(['目录包.zip']);
  });

  it('leaves what was there and no temporary file when the final rename fails', async () => {
    const target = join(dir, 'occupied');
    await mkdir(join(target, 'inside'), { recursive: true });
    await expect(writeFileAtomically(target, new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['occupied']);
    expect(await readdir(target)).toEqual(['inside']);
  });
});
