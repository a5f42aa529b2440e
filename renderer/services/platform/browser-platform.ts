// The platform in a plain browser (the web build, and the end-to-end tests): a file input to open, a download link
// to save. Both are the browser's own UI, so nothing here can reach the disk beyond what the clerk picks.
import { MAX_FILE_BYTES } from '../../../core/platform/ipc-contract.ts';
import type { AppIdentity, PickedFile, Platform } from './platform.ts';

/** The download keeps working after the click returns; the blob URL is freed once it surely started. */
const REVOKE_AFTER_MS = 10_000;

export function createBrowserPlatform(identity: AppIdentity): Platform {
  return {
    shell: 'browser',
    pickFile(accept) {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = accept.flatMap((type) => type.extensions.map((extension) => `.${extension}`)).join(',');
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

async function readPicked(file: File): Promise<PickedFile> {
  if (file.size > MAX_FILE_BYTES) {
    throw new Error(`文件过大：${file.name} 超过 ${MAX_FILE_BYTES / 1024 / 1024} MB / file too large`);
  }
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
