// The preload: exposes exactly the contract's named operations as `window.mulu`, each forwarding only its declared
// arguments. No ipcRenderer, no generic send/invoke, nothing else crosses into the page.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, IPC_CONTRACT, type MuluBridge } from '../core/platform/ipc-contract.ts';

const bridge: MuluBridge = {
  pickFile: (accept) => ipcRenderer.invoke(IPC_CONTRACT.pickFile.channel, accept),
  pickFiles: (accept, options) => ipcRenderer.invoke(IPC_CONTRACT.pickFiles.channel, accept, options),
  saveFile: (suggestedName, bytes) => ipcRenderer.invoke(IPC_CONTRACT.saveFile.channel, suggestedName, bytes),
  revealInFolder: (token) => ipcRenderer.invoke(IPC_CONTRACT.revealInFolder.channel, token),
  appInfo: () => ipcRenderer.invoke(IPC_CONTRACT.appInfo.channel),
  openFile: (accept) => ipcRenderer.invoke(IPC_CONTRACT.openFile.channel, accept),
  readFile: (token, offset, length) => ipcRenderer.invoke(IPC_CONTRACT.readFile.channel, token, offset, length),
  closeFile: (token) => ipcRenderer.invoke(IPC_CONTRACT.closeFile.channel, token),
  saveBegin: (suggestedName) => ipcRenderer.invoke(IPC_CONTRACT.saveBegin.channel, suggestedName),
  saveWrite: (token, bytes) => ipcRenderer.invoke(IPC_CONTRACT.saveWrite.channel, token, bytes),
  saveEnd: (token, keep) => ipcRenderer.invoke(IPC_CONTRACT.saveEnd.channel, token, keep),
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
