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
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
