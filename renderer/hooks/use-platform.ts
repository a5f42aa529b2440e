// The platform chosen at start (choose-platform.ts), for any screen that opens or saves files.
import { createContext, useContext } from 'react';
import type { Platform } from '../services/platform/platform.ts';

export const PlatformContext = createContext<Platform | undefined>(undefined);

export function usePlatform(): Platform {
  const platform = useContext(PlatformContext);
  if (!platform) throw new Error('usePlatform must be used inside PlatformContext');
  return platform;
}
