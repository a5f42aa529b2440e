// The platform in Electron: every operation goes through the preload bridge (`window.mulu`) to main.
import type { MuluBridge } from '../../../core/platform/ipc-contract.ts';
import type { Platform, SavedFile } from './platform.ts';

export function createElectronPlatform(bridge: MuluBridge): Platform {
  // Main identifies saved files by opaque tokens; they stay here, out of the UI's objects.
  const tokens = new WeakMap<SavedFile, string>();
  return {
    shell: 'electron',
    pickFile: (accept) => bridge.pickFile(accept.map((type) => ({ name: type.name, extensions: [...type.extensions] }))),
    pickFiles: (accept, options) => bridge.pickFiles(accept.map((type) => ({ name: type.name, extensions: [...type.extensions] })), { folder: options.folder }),
    async saveFile(suggestedName, bytes) {
      const saved = await bridge.saveFile(suggestedName, bytes);
      if (!saved) return null;
      const file: SavedFile = { name: saved.name };
      tokens.set(file, saved.token);
      return file;
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
