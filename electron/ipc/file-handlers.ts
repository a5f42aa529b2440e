// The bridge's operations, implemented with Electron's dialogs and shell and Node's file system. Arguments arrive
// already validated (register-handlers.ts); paths never cross the bridge in either direction.
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, shell, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { MAX_FILE_BYTES } from '../../core/platform/ipc-contract.ts';
import { saveDialogFilters } from './dialog-filters.ts';
import type { IpcHandlers } from './register-handlers.ts';
import type { SavedFiles } from './saved-files.ts';
import { writeFileAtomically } from './write-file-atomically.ts';

export function createFileHandlers(savedFiles: SavedFiles): IpcHandlers<IpcMainInvokeEvent> {
  return {
    async pickFile(event, accept) {
      const options: OpenDialogOptions = { properties: ['openFile'], filters: accept };
      const owner = BrowserWindow.fromWebContents(event.sender);
      const { canceled, filePaths } = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const [path] = filePaths;
      if (canceled || !path) return null;
      if ((await stat(path)).size > MAX_FILE_BYTES) {
        throw new Error(`pickFile: ${basename(path)} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
      }
      return { name: basename(path), bytes: await readFile(path) };
    },

    async saveFile(event, suggestedName, bytes) {
      const options: SaveDialogOptions = {
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: saveDialogFilters(suggestedName),
        properties: ['showOverwriteConfirmation'],
      };
      const owner = BrowserWindow.fromWebContents(event.sender);
      const { canceled, filePath } = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (canceled || !filePath) return null;
      await writeFileAtomically(filePath, bytes);
      return { name: basename(filePath), token: savedFiles.remember(filePath) };
    },

    async revealInFolder(_event, token) {
      const path = savedFiles.pathOf(token);
      if (!path) throw new Error('revealInFolder: no file was saved under this token in this session');
      shell.showItemInFolder(path);
    },

    async appInfo() {
      return {
        name: app.getName(),
        version: app.getVersion(),
        electron: process.versions.electron,
        chrome: process.versions.chrome,
        os: process.platform,
        arch: process.arch,
      };
    },
  };
}
