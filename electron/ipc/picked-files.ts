// Many files picked at once in main (the county inbox): the files of a folder the clerk chose, and reading the
// picked files into entries the renderer takes as the browser's multi-file input gives them. Pure over a small
// file-system interface (node:fs/promises satisfies it), so it is tested on a real temporary folder without Electron.
import { basename, dirname, join, relative, sep } from 'node:path';
import { MAX_FILE_BYTES, type PickedEntryResult } from '../../core/platform/ipc-contract.ts';
import { fileTooLargeText, hasFileType, MAX_PICKED_FILES, notAFileText, pickTooLargeText, type PickFileType } from '../../core/platform/picked-files.ts';

interface FolderEntry {
  readonly name: string;
  isFile(): boolean;
  isDirectory(): boolean;
}

/** The part of `node:fs/promises` these functions use. */
export interface PickFileSystem {
  readdir(path: string, options: { withFileTypes: true }): Promise<FolderEntry[]>;
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

/**
 * The files under `root` (sub-folders included) whose names have one of the types, in name order. Symbolic links
 * are not followed (a link back up the tree would never end). More than MAX_PICKED_FILES is refused in words.
 */
export async function folderFiles(fs: PickFileSystem, root: string, accept: readonly PickFileType[]): Promise<string[]> {
  const found: string[] = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = [...(await fs.readdir(folder, { withFileTypes: true }))].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() && hasFileType(entry.name, accept)) {
        found.push(path);
        if (found.length > MAX_PICKED_FILES) {
          throw new Error(`文件夹「${basename(root)}」中的目录包超过 ${MAX_PICKED_FILES} 个，请选择更小的文件夹 / more than ${MAX_PICKED_FILES} packages in the folder, pick a smaller one`);
        }
      }
    }
  };
  await walk(root);
  return found;
}

/** A folder's file is named by its path from the folder's parent ("U盘/教育局/目录包.zip"), as the browser names it. */
export const nameInFolder = (root: string, path: string): string => relative(dirname(root), path).split(sep).join('/');

/**
 * Reads each file into an entry: its bytes, or why it was not read (not a regular file, larger than MAX_FILE_BYTES,
 * or past MAX_FILE_BYTES read in all). `read` lists the paths whose bytes were taken.
 */
export async function readPickedFiles(fs: PickFileSystem, paths: readonly string[], nameOf: (path: string) => string): Promise<{ entries: PickedEntryResult[]; read: string[] }> {
  const entries: PickedEntryResult[] = [];
  const read: string[] = [];
  let total = 0;
  for (const path of paths) {
    const name = nameOf(path);
    const info = await fs.stat(path);
    if (!info.isFile()) entries.push({ name, unreadable: notAFileText(name) });
    else if (info.size > MAX_FILE_BYTES) entries.push({ name, unreadable: fileTooLargeText(name) });
    else if (total + info.size > MAX_FILE_BYTES) entries.push({ name, unreadable: pickTooLargeText(name) });
    else {
      const bytes = await fs.readFile(path);
      total += bytes.length;
      entries.push({ name, bytes });
      read.push(path);
    }
  }
  return { entries, read };
}
