// The preload exposes exactly the contract's operations as window.mulu, and each forwards only its own arguments
// on its own channel; nothing of ipcRenderer reaches the page.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_GLOBAL, IPC_CONTRACT, IPC_OPERATIONS, type MuluBridge } from '../../../core/platform/ipc-contract.ts';

const exposed = new Map<string, unknown>();
const invoke = vi.fn(async (...args: unknown[]) => args);

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}));

let bridge: MuluBridge;

beforeAll(async () => {
  await import('../../../electron/preload.ts');
  bridge = exposed.get(BRIDGE_GLOBAL) as MuluBridge;
});

describe('preload bridge', () => {
  it('exposes one global, window.mulu, with the contract operations and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['mulu']);
    expect(Object.keys(bridge).sort()).toEqual([...IPC_OPERATIONS].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('forwards each operation on its channel with only its declared arguments', async () => {
    const bytes = new Uint8Array([1]);
    const accept = [{ name: '工作簿', extensions: ['xlsx'] }];
    const call = (fn: (...a: never[]) => unknown, ...args: unknown[]) => (fn as (...a: unknown[]) => unknown)(...args);
    await call(bridge.pickFile, accept, 'smuggled');
    await call(bridge.pickFiles, accept, { folder: true }, 'smuggled');
    await call(bridge.saveFile, 'a.zip', bytes, 'smuggled');
    await call(bridge.revealInFolder, 'token', 'smuggled');
    await call(bridge.appInfo, 'smuggled');
    await call(bridge.openFile, accept, 'smuggled');
    await call(bridge.readFile, 'token', 0, 10, 'smuggled');
    await call(bridge.closeFile, 'token', 'smuggled');
    await call(bridge.saveBegin, 'a.zip', 'smuggled');
    await call(bridge.saveWrite, 'token', bytes, 'smuggled');
    await call(bridge.saveEnd, 'token', true, 'smuggled');
    expect(invoke.mock.calls).toEqual([
      [IPC_CONTRACT.pickFile.channel, accept],
      [IPC_CONTRACT.pickFiles.channel, accept, { folder: true }],
      [IPC_CONTRACT.saveFile.channel, 'a.zip', bytes],
      [IPC_CONTRACT.revealInFolder.channel, 'token'],
      [IPC_CONTRACT.appInfo.channel],
      [IPC_CONTRACT.openFile.channel, accept],
      [IPC_CONTRACT.readFile.channel, 'token', 0, 10],
      [IPC_CONTRACT.closeFile.channel, 'token'],
      [IPC_CONTRACT.saveBegin.channel, 'a.zip'],
      [IPC_CONTRACT.saveWrite.channel, 'token', bytes],
      [IPC_CONTRACT.saveEnd.channel, 'token', true],
    ]);
  });
});
