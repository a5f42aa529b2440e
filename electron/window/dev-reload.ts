// The development loop inside Electron: `npm run dev` rebuilds out/renderer on every change (vite build --watch) and
// main reloads the window once a rebuild has settled. The page still comes from app:// under the same CSP, request
// and IPC-sender policies as a packaged app — no dev server origin is ever let in. Off in packaged builds, always.
import { watch, type FSWatcher } from 'node:fs';

/** Set by scripts/dev-desktop.mjs. */
export const DEV_RELOAD_ENV = 'MULU_DEV_RELOAD';

export function devReloadEnabled(isPackaged: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return !isPackaged && env[DEV_RELOAD_ENV] === '1';
}

/**
 * Calls reload once the folder has been quiet for settleMs after a change: a rebuild writes many files, and the
 * window should load the finished build, not a half-written one. Returns a function that stops watching.
 */
export function watchForReload(dir: string, reload: () => void, settleMs = 300): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watcher: FSWatcher = watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(reload, settleMs);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
