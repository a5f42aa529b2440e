// Main's multi-file and folder pick on a real temporary folder: a folder's packages found in sub-folders in name
// order and named from the folder's parent as the browser names them, other files and symbolic links left out, a
// folder with too many packages refused in words, and files that cannot be read returned as entries saying why.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import * as fs from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { MAX_FILE_BYTES } from '../../../core/platform/ipc-contract.ts';
import { MAX_PICKED_FILES } from '../../../core/platform/picked-files.ts';
import { folderFiles, nameInFolder, readPickedFiles, type PickFileSystem } from '../../../electron/ipc/picked-files.ts';

const PACKAGES = [{ name: '目录包', extensions: ['zip'] }];
let dir: string;
let root: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mulu-pick-'));
  root = join(dir, 'U盘');
  await mkdir(join(root, '教育局', '旧'), { recursive: true });
  await writeFile(join(root, '民政局.ZIP'), 'b');
  await writeFile(join(root, '教育局', '2026.zip'), 'a');
  await writeFile(join(root, '教育局', '旧', '2025.zip'), 'old');
  await writeFile(join(root, '说明.txt'), 'not a package');
  // A link back up the tree: followed, the walk would never end.
  await symlink(root, join(root, '教育局', '回到上层'));
  await symlink(join(root, '民政局.ZIP'), join(root, '链接.zip'));
});

afterEach(() => rm(dir, { recursive: true, force: true }));

it('takes the packages under the folder, sub-folders included, in name order, without following links', async () => {
  const paths = await folderFiles(fs, root, PACKAGES);
  expect(paths.map((path) => nameInFolder(root, path))).toEqual(['U盘/教育局/2026.zip', 'U盘/教育局/旧/2025.zip', 'U盘/民政局.ZIP']);
  const { entries, read } = await readPickedFiles(fs, paths, (path) => nameInFolder(root, path));
  expect(entries).toEqual([
    { name: 'U盘/教育局/2026.zip', bytes: Buffer.from('a') },
    { name: 'U盘/教育局/旧/2025.zip', bytes: Buffer.from('old') },
    { name: 'U盘/民政局.ZIP', bytes: Buffer.from('b') },
  ]);
  expect(read).toEqual(paths);
});

it('refuses a folder holding more packages than one pick takes, naming the folder', async () => {
  const many = join(dir, '整个硬盘');
  await mkdir(many);
  await Promise.all(Array.from({ length: MAX_PICKED_FILES + 1 }, (_, i) => writeFile(join(many, `${String(i).padStart(5, '0')}.zip`), '')));
  await expect(folderFiles(fs, many, PACKAGES)).rejects.toThrow(`文件夹「整个硬盘」中的目录包超过 ${MAX_PICKED_FILES} 个`);
});

it('returns a file it cannot take as an entry saying why, and still reads the others', async () => {
  const files = [join(root, '民政局.ZIP'), join(root, '教育局'), join(root, '教育局', '2026.zip'), join(root, '教育局', '旧', '2025.zip')];
  // Sizes as main would see them for a huge file and for one that tips the pick over its total.
  const sizes = new Map([
    [files[2]!, MAX_FILE_BYTES + 1],
    [files[3]!, MAX_FILE_BYTES],
  ]);
  const sized: PickFileSystem = {
    readdir: (path, options) => fs.readdir(path, options),
    stat: async (path) => {
      const info = await fs.stat(path);
      return { size: sizes.get(path) ?? info.size, isFile: () => info.isFile() };
    },
    readFile: vi.fn((path: string) => fs.readFile(path)),
  };
  const { entries, read } = await readPickedFiles(sized, files, basename);
  expect(entries).toEqual([
    { name: '民政局.ZIP', bytes: Buffer.from('b') },
    { name: '教育局', unreadable: expect.stringContaining('无法读取：教育局 不是普通文件') },
    { name: '2026.zip', unreadable: expect.stringContaining('文件过大：2026.zip 超过 256 MB') },
    { name: '2025.zip', unreadable: expect.stringContaining('合计超过 256 MB，请分批选择') },
  ]);
  expect(read).toEqual([files[0]]);
  expect(sized.readFile).toHaveBeenCalledTimes(1);
});
