// The platform in a plain browser (the web build, and the end-to-end tests): a file input to open, a download link
// to save. Both are the browser's own UI, so nothing here can reach the disk beyond what the clerk picks.
import { MAX_FILE_BYTES } from '../../../core/platform/ipc-contract.ts';
import { fileTooLargeText, hasFileType } from '../../../core/platform/picked-files.ts';
import type { AppIdentity, FileType, PickedEntry, PickedFile, Platform } from './platform.ts';

/** The download keeps working after the click returns; the blob URL is freed once it surely started. */
const REVOKE_AFTER_MS = 10_000;

export function createBrowserPlatform(identity: AppIdentity): Platform {
  return {
    shell: 'browser',
    pickFile(accept) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = acceptList(accept);
      return new Promise<PickedFile | null>((resolve, reject) => {
        input.addEventListener('cancel', () => resolve(null), { once: true });
        input.addEventListener(
          'change',
          () => {
            const file = input.files?.[0];
            if (!file) resolve(null);
            else readPicked(file).then(resolve, reject);
          },
          { once: true },
        );
        input.click();
      });
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
      const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
      return { name: suggestedName };
    },
    async appInfo() {
      return { name: identity.name, version: identity.version, shell: 'browser', runtime: navigator.userAgent };
    },
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
