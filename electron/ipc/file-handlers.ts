// The bridge's operations, implemented with Electron's dialogs and shell and Node's file system. Arguments arrive
// already validated (register-handlers.ts); paths never cross the bridge in either direction.
import * as fs from 'node:fs/promises';
import { basename, join } from 'node:path';
import { app, BrowserWindow, dialog, shell, type FileFilter, type IpcMainInvokeEvent, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import { fileIdentity } from '../../core/files/file-identity.ts';
import { MAX_FILE_BYTES } from '../../core/platform/ipc-contract.ts';
import { saveDialogFilters } from './dialog-filters.ts';
import { folderFiles, nameInFolder, readPickedFiles } from './picked-files.ts';
import type { FileStreams } from './file-streams.ts';
import type { OpenedFiles } from './opened-files.ts';
import type { IpcHandlers } from './register-handlers.ts';
import { chooseSavePath } from './save-target.ts';
import type { SavedFiles } from './saved-files.ts';
import { writeFileAtomically } from './write-file-atomically.ts';

export function createFileHandlers(savedFiles: SavedFiles, openedFiles: OpenedFiles, streams: FileStreams): IpcHandlers<IpcMainInvokeEvent> {
  /** The open dialog's choice, remembered so that a save dialog will not write over it (save-target.ts). */
  const askOpenPath = async (event: IpcMainInvokeEvent, accept: FileFilter[]): Promise<string | undefined> => {
    const options: OpenDialogOptions = { properties: ['openFile'], filters: accept };
    const owner = BrowserWindow.fromWebContents(event.sender);
    const { canceled, filePaths } = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    const [path] = filePaths;
    if (canceled || !path) return undefined;
    const identity = await fileIdentity(fs, path);
    if (identity) openedFiles.remember(identity);
    return path;
  };

  /** The save dialog's choice, asked again while it names a file that must not be written over. */
  const askSavePath = (event: IpcMainInvokeEvent, suggestedName: string): Promise<string | undefined> => {
    const options: SaveDialogOptions = {
      defaultPath: join(app.getPath('documents'), suggestedName),
      filters: saveDialogFilters(suggestedName),
      properties: ['showOverwriteConfirmation'],
    };
    const owner = BrowserWindow.fromWebContents(event.sender);
    return chooseSavePath(
      async () => {
        const { canceled, filePath } = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
        return canceled || !filePath ? undefined : filePath;
      },
      openedFiles,
      async (why) => {
        // Both languages, as the CLI's refusals: main does not know which one the renderer shows.
        const box = { type: 'warning' as const, title: '目录 Mulu', message: why.zh, detail: why.en, buttons: ['确定 / OK'] };
        await (owner ? dialog.showMessageBox(owner, box) : dialog.showMessageBox(box));
      },
    );
  };

  return {
    async pickFile(event, accept) {
      const path = await askOpenPath(event, accept);
      if (path === undefined) return null;
      if ((await fs.stat(path)).size > MAX_FILE_BYTES) {
        throw new Error(`pickFile: ${basename(path)} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB`);
      }
      return { name: basename(path), bytes: await fs.readFile(path) };
    },

    async pickFiles(event, accept, { folder }) {
      const options: OpenDialogOptions = folder ? { properties: ['openDirectory'] } : { properties: ['openFile', 'multiSelections'], filters: accept };
      const owner = BrowserWindow.fromWebContents(event.sender);
      const { canceled, filePaths } = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const [root] = filePaths;
      if (canceled || !root) return null;
      const paths = folder ? await folderFiles(fs, root, accept) : filePaths;
      const { entries, read } = await readPickedFiles(fs, paths, folder ? (path) => nameInFolder(root, path) : basename);
      for (const path of read) {
        const identity = await fileIdentity(fs, path);
        if (identity) openedFiles.remember(identity);
      }
      return entries;
    },

    async saveFile(event, suggestedName, bytes) {
      const filePath = await askSavePath(event, suggestedName);
      if (filePath === undefined) return null;
      await writeFileAtomically(filePath, bytes);
      return { name: basename(filePath), token: savedFiles.remember(filePath) };
    },

    async openFile(event, accept) {
      const path = await askOpenPath(event, accept);
      if (path === undefined) return null;
      return { name: basename(path), ...(await streams.open(path)) };
    },

    readFile: async (_event, token, offset, length) => streams.read(token, offset, length),

    closeFile: async (_event, token) => streams.close(token),

    async saveBegin(event, suggestedName) {
      const filePath = await askSavePath(event, suggestedName);
      if (filePath === undefined) return null;
      return { name: basename(filePath), token: await streams.begin(filePath) };
    },

    saveWrite: async (_event, token, bytes) => streams.write(token, bytes),

    async saveEnd(_event, token, keep) {
      const path = await streams.end(token, keep);
      return path === undefined ? null : { name: basename(path), token: savedFiles.remember(path) };
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
