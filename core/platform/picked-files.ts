// Several files picked at once (the county inbox: a folder from a USB stick, or many packages): which names a type
// filter admits, and the words for a file that could not be read. Shared by the browser's file input and Electron
// main's multi-file dialog, so both say the same.
import { MAX_FILE_BYTES } from './ipc-contract.ts';

/** A file type as the pickers take it: extensions without the dot. */
export interface PickFileType {
  readonly name: string;
  readonly extensions: readonly string[];
}

/** Files taken from one folder pick at most; a folder with more (a whole disk picked by mistake) stops there. */
export const MAX_PICKED_FILES = 2000;

/** Whether `name` ends in one of the types' extensions, ignoring case (目录包.ZIP is a package too). */
export function hasFileType(name: string, accept: readonly PickFileType[]): boolean {
  const lower = name.toLowerCase();
  return accept.some((type) => type.extensions.some((extension) => lower.endsWith(`.${extension.toLowerCase()}`)));
}

export const fileTooLargeText = (name: string): string => `文件过大：${name} 超过 ${MAX_FILE_BYTES / 1024 / 1024} MB / file too large`;

/** Bytes read in one pick stop at MAX_FILE_BYTES in all, as one file's do: the files after that are not read. */
export const pickTooLargeText = (name: string): string =>
  `未读取：${name}，一次选择的文件合计超过 ${MAX_FILE_BYTES / 1024 / 1024} MB，请分批选择 / not read: the files picked at once exceed ${MAX_FILE_BYTES / 1024 / 1024} MB in all, pick fewer`;

export const notAFileText = (name: string): string => `无法读取：${name} 不是普通文件 / not a regular file`;
