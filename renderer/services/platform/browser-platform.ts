// The platform in a plain browser (the web build, and the end-to-end tests): a file input to open, a download link
// to save. Both are the browser's own UI, so nothing here can reach the disk beyond what the clerk picks.
import { MAX_FILE_BYTES } from '../../../core/platform/ipc-contract.ts';
import { fileTooLargeText, hasFileType } from '../../../core/platform/picked-files.ts';
import type { AppIdentity, FileStream, FileType, PickedEntry, PickedFile, Platform } from './platform.ts';

/** The download keeps working after the click returns; the blob URL is freed once it surely started. */
const REVOKE_AFTER_MS = 10_000;

export function createBrowserPlatform(identity: AppIdentity): Platform {
  return {
    shell: 'browser',
    async pickFile(accept) {
      const file = await chooseFile(accept);
      return file && readPicked(file);
    },
    async openFile(accept) {
      // A File is a Blob on disk: slices are read as asked, the file never whole.
      const file = await chooseFile(accept);
      if (!file) return null;
      return {
        name: file.name,
        size: file.size,
        read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
        close: async () => undefined,
      };
    },
    saveStream: (suggestedName, type) => {
      const picker = (globalThis as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
      return picker ? saveThroughPicker(picker, suggestedName, type) : saveAsDownload(suggestedName);
    },
    pickFiles(accept, { folder }) {
      const input = document.createElement('input');
      input.type = 'file';
      input.multiple = true;
      // A folder input offers no type filter: the files are filtered here by their names.
      if (folder) input.webkitdirectory = true;
      else input.accept = acceptList(accept);
      return new Promise<PickedEntry[] | null>((resolve, reject) => {
        input.addEventListener('cancel', () => resolve(null), { once: true });
        input.addEventListener(
          'change',
          () => {
            const files = [...(input.files ?? [])].filter((file) => !folder || hasFileType(file.name, accept));
            Promise.all(files.map(readEntry)).then(resolve, reject);
          },
          { once: true },
        );
        input.click();
      });
    },
    async saveFile(suggestedName, bytes) {
      // The page is not cross-origin isolated, so no SharedArrayBuffer exists to back these bytes.
      download(suggestedName, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
      return { name: suggestedName };
    },
    async appInfo() {
      return { name: identity.name, version: identity.version, shell: 'browser', runtime: navigator.userAgent };
    },
  };
}

function chooseFile(accept: readonly FileType[]): Promise<File | null> {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = acceptList(accept);
  return new Promise<File | null>((resolve) => {
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.click();
  });
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** The parts of the File System Access API used (Chromium has it; the DOM types of this TypeScript do not yet). */
type SaveFilePicker = (options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<{
  createWritable(): Promise<{ write(data: Uint8Array<ArrayBuffer>): Promise<void>; close(): Promise<void>; abort(): Promise<void> }>;
}>;

/**
 * Chromium's own save dialog and file writer: the bytes go to a swap file beside the target, which replaces it on
 * close (abort removes it), so the file is whole or absent, as in Electron.
 */
async function saveThroughPicker(picker: SaveFilePicker, suggestedName: string, type: FileType): Promise<FileStream | null> {
  let handle;
  try {
    handle = await picker({ suggestedName, types: [{ description: type.name, accept: { 'application/octet-stream': type.extensions.map((e) => `.${e}`) } }] });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return null;
    throw error;
  }
  const writable = await handle.createWritable();
  return {
    name: suggestedName,
    write: (bytes) => writable.write(bytes as Uint8Array<ArrayBuffer>),
    commit: async () => {
      await writable.close();
      return { name: suggestedName };
    },
    abort: () => writable.abort(),
  };
}

/**
 * Without the picker, a download: each piece becomes a Blob at once (Chromium moves its bytes out of the page's
 * heap), and the file is a Blob of those Blobs, made without copying them into one array.
 */
async function saveAsDownload(suggestedName: string): Promise<FileStream> {
  let pieces: Blob[] = [];
  return {
    name: suggestedName,
    write: async (bytes) => void pieces.push(new Blob([bytes as Uint8Array<ArrayBuffer>])),
    commit: async () => {
      download(suggestedName, new Blob(pieces, { type: 'application/octet-stream' }));
      pieces = [];
      return { name: suggestedName };
    },
    abort: async () => void (pieces = []),
  };
}

const acceptList = (accept: readonly FileType[]) => accept.flatMap((type) => type.extensions.map((extension) => `.${extension}`)).join(',');


/** Folder picks name files by their path inside it, so two 目录包.zip in different sub-folders stay apart. */
async function readEntry(file: File): Promise<PickedEntry> {
  const name = file.webkitRelativePath || file.name;
  if (file.size > MAX_FILE_BYTES) return { name, unreadable: fileTooLargeText(file.name) };
  return { name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

async function readPicked(file: File): Promise<PickedFile> {
  if (file.size > MAX_FILE_BYTES) throw new Error(fileTooLargeText(file.name));
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
