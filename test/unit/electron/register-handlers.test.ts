// The IPC wiring: each contract operation is registered on its channel, and a handler runs only for the app's main
// frame and contract-valid arguments; anything else rejects with an error naming the operation.
import { describe, expect, it, vi } from 'vitest';
import { IPC_CONTRACT, IPC_OPERATIONS } from '../../../core/platform/ipc-contract.ts';
import { registerIpcHandlers, type IpcHandlers, type InvokeEvent } from '../../../electron/ipc/register-handlers.ts';

type Listener = (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>;

function setUp() {
  const listeners = new Map<string, Listener>();
  const handlers = {
    pickFile: vi.fn(async () => null),
    pickFiles: vi.fn(async () => null),
    saveFile: vi.fn(async (_event: InvokeEvent, name: string) => ({ name, token: 'token' })),
    revealInFolder: vi.fn(async () => undefined),
    appInfo: vi.fn(async () => ({ name: 'Mulu', version: '0.1.0', electron: '45.4.1', chrome: '140', os: 'linux', arch: 'x64' })),
    openFile: vi.fn(async () => null),
    readFile: vi.fn(async () => new Uint8Array()),
    closeFile: vi.fn(async () => undefined),
    saveBegin: vi.fn(async () => null),
    saveWrite: vi.fn(async () => undefined),
    saveEnd: vi.fn(async () => null),
  } satisfies IpcHandlers<InvokeEvent>;
  registerIpcHandlers<InvokeEvent>({ handle: (channel, listener) => listeners.set(channel, listener) }, handlers);
  const call = (operation: keyof typeof IPC_CONTRACT, event: InvokeEvent, ...args: unknown[]) => listeners.get(IPC_CONTRACT[operation].channel)!(event, ...args);
  return { listeners, handlers, call };
}

const appFrame: InvokeEvent = { senderFrame: { url: 'app://mulu/index.html', parent: null } };

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels', () => {
    const { listeners } = setUp();
    expect([...listeners.keys()].sort()).toEqual(IPC_OPERATIONS.map((op) => IPC_CONTRACT[op].channel).sort());
  });

  it('runs the handler for the app main frame with valid arguments', async () => {
    const { handlers, call } = setUp();
    const bytes = new Uint8Array([7]);
    await expect(call('saveFile', appFrame, '目录.json', bytes)).resolves.toEqual({ name: '目录.json', token: 'token' });
    expect(handlers.saveFile).toHaveBeenCalledWith(appFrame, '目录.json', bytes);
    await expect(call('appInfo', appFrame)).resolves.toMatchObject({ name: 'Mulu' });
  });

  it.each([
    ['a foreign page', { senderFrame: { url: 'https://example.com/', parent: null } }, /refused: sent from a page that is not the app/],
    ['a subframe', { senderFrame: { url: 'app://mulu/index.html', parent: {} } }, /refused: sent from a subframe/],
    ['a destroyed frame', { senderFrame: null }, /refused: the sending frame no longer exists/],
  ])('refuses %s before looking at the arguments', async (_label, event, message) => {
    const { handlers, call } = setUp();
    await expect(call('saveFile', event, '目录.json', new Uint8Array())).rejects.toThrow(message);
    await expect(call('appInfo', event)).rejects.toThrow(/^appInfo: refused/);
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(handlers.appInfo).not.toHaveBeenCalled();
  });

  it('refuses invalid arguments with a clear error and never runs the handler', async () => {
    const { handlers, call } = setUp();
    await expect(call('saveFile', appFrame, '../../.bashrc', new Uint8Array())).rejects.toThrow(/^saveFile: invalid argument 1/);
    await expect(call('pickFile', appFrame, [{ name: 'x', extensions: ['x'] }], 'extra')).rejects.toThrow(/^pickFile: invalid arguments/);
    await expect(call('revealInFolder', appFrame, '/etc/passwd')).rejects.toThrow(/^revealInFolder: invalid argument 1/);
    await expect(call('pickFiles', appFrame, [{ name: '目录包', extensions: ['zip'] }], { folder: true, path: '/' })).rejects.toThrow(/^pickFiles: invalid argument 2/);
    expect(handlers.pickFiles).not.toHaveBeenCalled();
    await expect(call('saveWrite', appFrame, '/tmp/x', new Uint8Array())).rejects.toThrow(/^saveWrite: invalid argument 1/);
    expect(handlers.saveWrite).not.toHaveBeenCalled();
    expect(handlers.saveFile).not.toHaveBeenCalled();
    expect(handlers.pickFile).not.toHaveBeenCalled();
    expect(handlers.revealInFolder).not.toHaveBeenCalled();
  });
});
