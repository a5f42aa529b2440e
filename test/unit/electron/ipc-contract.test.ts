// The IPC contract's validators: what main accepts from the renderer, and the errors it gives for the rest.
import { describe, expect, it } from 'vitest';
import { IPC_CONTRACT, IPC_OPERATIONS, checkIpcArgs } from '../../../core/platform/ipc-contract.ts';

const TOKEN = '2f1c7a4e-5b0d-4c1e-9f3a-0123456789ab';
const bytes = new Uint8Array([1, 2, 3]);

describe('IPC contract', () => {
  it('names its operations on distinct mulu: channels', () => {
    expect(IPC_OPERATIONS.sort()).toEqual(['appInfo', 'closeFile', 'openFile', 'pickFile', 'pickFiles', 'readFile', 'revealInFolder', 'saveBegin', 'saveEnd', 'saveFile', 'saveWrite']);
    const channels = IPC_OPERATIONS.map((op) => IPC_CONTRACT[op].channel);
    expect(new Set(channels).size).toBe(IPC_OPERATIONS.length);
    for (const channel of channels) expect(channel).toMatch(/^mulu:[a-z-]+$/);
  });

  it.each([
    ['pickFile', [[{ name: '工作簿', extensions: ['xlsx'] }]]],
    ['pickFile', [[{ name: '目录文件', extensions: ['json'] }, { name: '目录包', extensions: ['zip', 'ZIP'] }]]],
    ['pickFiles', [[{ name: '目录包', extensions: ['zip'] }], { folder: true }]],
    ['pickFiles', [[{ name: '目录包', extensions: ['zip'] }], { folder: false }]],
    ['saveFile', ['安徽省某县目录.xlsx', bytes]],
    ['saveFile', ['目录包 2026-11-22.zip', new Uint8Array()]],
    ['saveFile', ['README', bytes]],
    ['revealInFolder', [TOKEN]],
    ['appInfo', []],
    ['openFile', [[{ name: '工作区备份', extensions: ['mulu-backup'] }]]],
    ['readFile', [TOKEN, 0, 1]],
    ['readFile', [TOKEN, 5_000_000_000, 64 * 1024 * 1024]],
    ['closeFile', [TOKEN]],
    ['saveBegin', ['泗县农业农村局-工作区备份-20261207.mulu-backup']],
    ['saveWrite', [TOKEN, bytes]],
    ['saveEnd', [TOKEN, true]],
    ['saveEnd', [TOKEN, false]],
  ] as const)('accepts %s %j', (operation, args) => {
    expect(checkIpcArgs(operation, args)).toEqual({ ok: true, args });
  });

  it.each([
    ['pickFile', [], 'argument'],
    ['pickFile', [[]], 'argument 1'],
    ['pickFile', ['xlsx'], 'argument 1'],
    ['pickFile', [[{ name: 'x', extensions: ['.xlsx'] }]], 'argument 1 at /0/extensions/0'],
    ['pickFile', [[{ name: 'x', extensions: ['xlsx'], multiple: true }]], 'argument 1'],
    ['pickFile', [[{ name: 'x', extensions: ['*'] }]], 'argument 1'],
    ['pickFiles', [[{ name: '目录包', extensions: ['zip'] }]], 'argument'],
    ['pickFiles', [[{ name: '目录包', extensions: ['zip'] }], { folder: 'yes' }], 'argument 2 at /folder'],
    ['pickFiles', [[{ name: '目录包', extensions: ['zip'] }], { folder: true, path: '/media/usb' }], 'argument 2'],
    ['pickFiles', [[], { folder: false }], 'argument 1'],
    ['saveFile', ['../evil.xlsx', bytes], 'argument 1'],
    ['saveFile', ['..\\evil.xlsx', bytes], 'argument 1'],
    ['saveFile', ['/etc/passwd', bytes], 'argument 1'],
    ['saveFile', ['C:evil.zip', bytes], 'argument 1'],
    ['saveFile', ['C:\\Windows\\evil.zip', bytes], 'argument 1'],
    ['saveFile', ['..', bytes], 'argument 1'],
    ['saveFile', ['.', bytes], 'argument 1'],
    ['saveFile', ['name.', bytes], 'argument 1'],
    ['saveFile', ['name ', bytes], 'argument 1'],
    ['saveFile', ['a\u0000b.zip', bytes], 'argument 1'],
    ['saveFile', ['a\nb.zip', bytes], 'argument 1'],
    ['saveFile', ['', bytes], 'argument 1'],
    ['saveFile', ['x'.repeat(256), bytes], 'argument 1'],
    ['saveFile', ['ok.zip', 'not bytes'], 'argument 2'],
    ['saveFile', ['ok.zip', [1, 2, 3]], 'argument 2'],
    ['saveFile', ['ok.zip', bytes.buffer], 'argument 2'],
    ['saveFile', ['ok.zip'], 'argument'],
    ['saveFile', ['ok.zip', bytes, 'extra'], 'argument'],
    ['revealInFolder', ['/home/clerk/目录包.zip'], 'argument 1'],
    ['revealInFolder', [TOKEN.toUpperCase()], 'argument 1'],
    ['revealInFolder', [42], 'argument 1'],
    ['appInfo', ['x'], 'argument'],
    ['openFile', [[]], 'argument 1'],
    ['openFile', [[{ name: 'x', extensions: ['-zip'] }]], 'argument 1'],
    ['openFile', [[{ name: 'x', extensions: ['zip-'] }]], 'argument 1'],
    ['readFile', ['/home/clerk/备份.mulu-backup', 0, 10], 'argument 1'],
    ['readFile', [TOKEN, -1, 10], 'argument 2'],
    ['readFile', [TOKEN, 1.5, 10], 'argument 2'],
    ['readFile', [TOKEN, 0, 0], 'argument 3'],
    ['readFile', [TOKEN, 0, 64 * 1024 * 1024 + 1], 'argument 3'],
    ['closeFile', ['x'], 'argument 1'],
    ['saveBegin', ['../备份.mulu-backup'], 'argument 1'],
    ['saveWrite', [TOKEN, 'bytes'], 'argument 2'],
    ['saveWrite', ['C:\\备份', bytes], 'argument 1'],
    ['saveEnd', [TOKEN, 'yes'], 'argument 2'],
    ['saveEnd', [TOKEN], 'argument'],
  ] as const)('refuses %s %j, naming %s', (operation, args, where) => {
    const result = checkIpcArgs(operation, args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(new RegExp(`^${operation}: invalid ${where}`));
  });

  it('caps the bytes written at the contract limit, and a streamed piece at its own', () => {
    const [, bytesSchema] = IPC_CONTRACT.saveFile.args.items ?? [];
    expect(bytesSchema).toMatchObject({ maxByteLength: 256 * 1024 * 1024 });
    const [, pieceSchema] = IPC_CONTRACT.saveWrite.args.items ?? [];
    expect(pieceSchema).toMatchObject({ maxByteLength: 64 * 1024 * 1024 });
  });
});
