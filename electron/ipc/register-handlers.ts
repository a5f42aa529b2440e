// Binds the contract's operations to their handlers. Every call is checked twice before a handler runs: the sender
// frame (validate-sender.ts), then every argument against the contract's schema. A refusal rejects the renderer's
// promise with an error that names the operation and the reason.
import { IPC_CONTRACT, IPC_OPERATIONS, checkIpcArgs, type IpcArgs, type IpcOperation, type IpcResult } from '../../core/platform/ipc-contract.ts';
import { checkSenderFrame, type SenderFrame } from './validate-sender.ts';

export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

export type IpcHandlers<E extends InvokeEvent> = {
  [K in IpcOperation]: (event: E, ...args: IpcArgs<K>) => Promise<IpcResult<K>>;
};

/** The one method of Electron's ipcMain used here, so tests can pass a fake. */
export interface IpcRegistrar<E extends InvokeEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

export function registerIpcHandlers<E extends InvokeEvent>(ipc: IpcRegistrar<E>, handlers: IpcHandlers<E>): void {
  for (const operation of IPC_OPERATIONS) register(ipc, operation, handlers[operation]);
}

function register<E extends InvokeEvent, K extends IpcOperation>(ipc: IpcRegistrar<E>, operation: K, handler: IpcHandlers<E>[K]): void {
  ipc.handle(IPC_CONTRACT[operation].channel, async (event, ...args) => {
    const sender = checkSenderFrame(event.senderFrame);
    if (!sender.ok) throw new Error(`${operation}: refused: ${sender.reason}`);
    const checked = checkIpcArgs(operation, args);
    if (!checked.ok) throw new Error(checked.error);
    return handler(event, ...checked.args);
  });
}
