// The platform in Electron: every operation goes through the preload bridge (`window.mulu`) to main.
import { concatBytes } from '@noble/hashes/utils.js';
import { MAX_CHUNK_BYTES, type MuluBridge, type SavedFileResult } from '../../../core/platform/ipc-contract.ts';
import type { Platform, SavedFile } from './platform.ts';

export function createElectronPlatform(bridge: MuluBridge): Platform {
  // Main identifies saved files by opaque tokens; they stay here, out of the UI's objects.
  const tokens = new WeakMap<SavedFile, string>();
  const remember = (saved: SavedFileResult): SavedFile => {
    const file: SavedFile = { name: saved.name };
    tokens.set(file, saved.token);
    return file;
  };
  return {
    shell: 'electron',
    pickFile: (accept) => bridge.pickFile(accept.map((type) => ({ name: type.name, extensions: [...type.extensions] }))),
    pickFiles: (accept, options) => bridge.pickFiles(accept.map((type) => ({ name: type.name, extensions: [...type.extensions] })), { folder: options.folder }),
    async saveFile(suggestedName, bytes) {
      const saved = await bridge.saveFile(suggestedName, bytes);
      return saved && remember(saved);
    },
    async openFile(accept) {
      const opened = await bridge.openFile(accept.map((type) => ({ name: type.name, extensions: [...type.extensions] })));
      if (!opened) return null;
      const { token } = opened;
      return {
        name: opened.name,
        size: opened.size,
        // Long reads are split: one call carries at most MAX_CHUNK_BYTES.
        async read(offset, length) {
          if (length === 0) return new Uint8Array(0);
          if (length <= MAX_CHUNK_BYTES) return bridge.readFile(token, offset, length);
          const parts: Uint8Array[] = [];
          for (let at = 0; at < length; at += MAX_CHUNK_BYTES) parts.push(await bridge.readFile(token, offset + at, Math.min(MAX_CHUNK_BYTES, length - at)));
          return concatBytes(...parts);
        },
        close: () => bridge.closeFile(token),
      };
    },
    async saveStream(suggestedName) {
      const begun = await bridge.saveBegin(suggestedName);
      if (!begun) return null;
      const { token } = begun;
      return {
        name: begun.name,
        async write(bytes) {
          for (let at = 0; at < bytes.length; at += MAX_CHUNK_BYTES) await bridge.saveWrite(token, bytes.subarray(at, at + MAX_CHUNK_BYTES));
        },
        async commit() {
          const saved = await bridge.saveEnd(token, true);
          if (!saved) throw new Error(`saveStream: ${begun.name} was not kept`);
          return remember(saved);
        },
        abort: () => bridge.saveEnd(token, false).then(() => undefined),
      };
    },
    async revealInFolder(file) {
      const token = tokens.get(file);
      if (!token) throw new Error(`revealInFolder: ${file.name} was not saved through this platform`);
      await bridge.revealInFolder(token);
    },
    async appInfo() {
      const info = await bridge.appInfo();
      return { name: info.name, version: info.version, shell: 'electron', runtime: `Electron ${info.electron}, Chromium ${info.chrome}, ${info.os} ${info.arch}` };
    },
  };
}
