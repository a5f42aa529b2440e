// Chooses the platform once, at start: the preload bridge is there only inside Electron.
import { BRIDGE_GLOBAL, type MuluBridge } from '../../../core/platform/ipc-contract.ts';
import { createBrowserPlatform } from './browser-platform.ts';
import { createElectronPlatform } from './electron-platform.ts';
import type { AppIdentity, Platform } from './platform.ts';

export function choosePlatform(identity: AppIdentity, scope: object = globalThis): Platform {
  const bridge = (scope as Partial<Record<typeof BRIDGE_GLOBAL, MuluBridge>>)[BRIDGE_GLOBAL];
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform(identity);
}
