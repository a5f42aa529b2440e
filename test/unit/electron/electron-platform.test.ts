// The renderer's Electron platform over a fake bridge: it calls the named operations and keeps main's reveal
// tokens to itself.
import { describe, expect, it, vi } from 'vitest';
import type { MuluBridge } from '../../../core/platform/ipc-contract.ts';
import { createElectronPlatform } from '../../../renderer/services/platform/electron-platform.ts';

const TOKEN = '2f1c7a4e-5b0d-4c1e-9f3a-0123456789ab';

function fakeBridge(): MuluBridge & { [K in keyof MuluBridge]: ReturnType<typeof vi.fn> } {
  return {
    pickFile: vi.fn(async () => ({ name: '目录.xlsx', bytes: new Uint8Array([1, 2]) })),
    pickFiles: vi.fn(async () => [{ name: 'U盘/教育局.zip', bytes: new Uint8Array([3]) }, { name: 'U盘/大.zip', unreadable: '文件过大' }]),
    saveFile: vi.fn(async (name: string) => ({ name, token: TOKEN })),
    revealInFolder: vi.fn(async () => undefined),
    appInfo: vi.fn(async () => ({ name: 'Mulu', version: '0.1.0', electron: '45.4.1', chrome: '140.0.1', os: 'win32', arch: 'x64' })),
    openFile: vi.fn(async () => ({ name: '备份.mulu-backup', size: FILE.length, token: TOKEN })),
    readFile: vi.fn(async (_token: string, offset: number, length: number) => FILE.slice(offset, offset + length)),
    closeFile: vi.fn(async () => undefined),
    saveBegin: vi.fn(async (name: string) => ({ name, token: STREAM })),
    saveWrite: vi.fn(async () => undefined),
    saveEnd: vi.fn(async (_token: string, keep: boolean) => (keep ? { name: '备份.mulu-backup', token: TOKEN } : null)),
  };
}

const STREAM = '7d0c1b2a-3e4f-4a5b-8c6d-fedcba987654';
const FILE = Uint8Array.from({ length: 1000 }, (_, i) => i % 251);

describe('electron platform', () => {
  it('picks a file through the bridge', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const accept = [{ name: '工作簿', extensions: ['xlsx'] }] as const;
    await expect(platform.pickFile(accept)).resolves.toEqual({ name: '目录.xlsx', bytes: new Uint8Array([1, 2]) });
    expect(bridge.pickFile).toHaveBeenCalledWith([{ name: '工作簿', extensions: ['xlsx'] }]);
  });

  it('picks several files or a folder through the bridge, entries that could not be read included', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const accept = [{ name: '目录包', extensions: ['zip'] }] as const;
    await expect(platform.pickFiles(accept, { folder: true })).resolves.toEqual([
      { name: 'U盘/教育局.zip', bytes: new Uint8Array([3]) },
      { name: 'U盘/大.zip', unreadable: '文件过大' },
    ]);
    expect(bridge.pickFiles).toHaveBeenCalledWith([{ name: '目录包', extensions: ['zip'] }], { folder: true });
    bridge.pickFiles.mockResolvedValueOnce(null);
    await expect(platform.pickFiles(accept, { folder: false })).resolves.toBeNull();
    expect(bridge.pickFiles).toHaveBeenLastCalledWith([{ name: '目录包', extensions: ['zip'] }], { folder: false });
  });

  it('saves, then reveals the saved file by the token main gave, which the UI never sees', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const saved = await platform.saveFile('目录包.zip', new Uint8Array([9]));
    expect(saved).toEqual({ name: '目录包.zip' });
    await platform.revealInFolder!(saved!);
    expect(bridge.revealInFolder).toHaveBeenCalledWith(TOKEN);
    await expect(platform.revealInFolder!({ name: '目录包.zip' })).rejects.toThrow(/not saved through this platform/);
  });

  it('returns null when the clerk cancels a dialog', async () => {
    const bridge = fakeBridge();
    bridge.saveFile.mockResolvedValueOnce(null);
    bridge.pickFile.mockResolvedValueOnce(null);
    const platform = createElectronPlatform(bridge);
    await expect(platform.saveFile('a.zip', new Uint8Array())).resolves.toBeNull();
    await expect(platform.pickFile([{ name: 'x', extensions: ['zip'] }])).resolves.toBeNull();
  });

  it('reads an opened file by position through its token, a long read in pieces of the contract size, and closes it', async () => {
    const bridge = fakeBridge();
    const file = await createElectronPlatform(bridge).openFile([{ name: '工作区备份', extensions: ['zip'] }]);
    expect(file).toMatchObject({ name: '备份.mulu-backup', size: 1000 });
    await expect(file!.read(10, 5)).resolves.toEqual(FILE.slice(10, 15));
    await expect(file!.read(3, 0)).resolves.toEqual(new Uint8Array(0));
    expect(bridge.readFile).toHaveBeenCalledWith(TOKEN, 10, 5);
    const long = 64 * 1024 * 1024 + 10;
    bridge.readFile.mockClear();
    await file!.read(0, long);
    expect(bridge.readFile.mock.calls).toEqual([
      [TOKEN, 0, 64 * 1024 * 1024],
      [TOKEN, 64 * 1024 * 1024, 10],
    ]);
    await file!.close();
    expect(bridge.closeFile).toHaveBeenCalledWith(TOKEN);
  });

  it('streams a save: pieces under the stream token, then kept (revealable) or discarded', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const stream = await platform.saveStream('备份.mulu-backup', { name: '工作区备份', extensions: ['zip'] });
    await stream!.write(new Uint8Array([1, 2]));
    await stream!.write(new Uint8Array([3]));
    expect(bridge.saveWrite.mock.calls).toEqual([
      [STREAM, new Uint8Array([1, 2])],
      [STREAM, new Uint8Array([3])],
    ]);
    const saved = await stream!.commit();
    expect(bridge.saveEnd).toHaveBeenLastCalledWith(STREAM, true);
    await platform.revealInFolder!(saved);
    expect(bridge.revealInFolder).toHaveBeenCalledWith(TOKEN);

    const dropped = await platform.saveStream('备份.mulu-backup', { name: '工作区备份', extensions: ['zip'] });
    await dropped!.abort();
    expect(bridge.saveEnd).toHaveBeenLastCalledWith(STREAM, false);
    bridge.saveBegin.mockResolvedValueOnce(null);
    await expect(platform.saveStream('a.zip', { name: 'x', extensions: ['zip'] })).resolves.toBeNull();
  });

  it('describes the runtime in its app info', async () => {
    await expect(createElectronPlatform(fakeBridge()).appInfo()).resolves.toEqual({
      name: 'Mulu',
      version: '0.1.0',
      shell: 'electron',
      runtime: 'Electron 45.4.1, Chromium 140.0.1, win32 x64',
    });
  });
});
