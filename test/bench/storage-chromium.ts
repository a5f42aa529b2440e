// Chromium with a profile on disk, for the storage tests and bench. Playwright's own contexts are off the record,
// where Chromium keeps IndexedDB in memory: timings would be wrong and a kill would prove nothing. So Chromium is
// started here with a user-data directory, in its own process group so that a test can kill it outright
// (SIGKILL, no shutdown) and start it again on the same profile.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM } from '../e2e/browser-harness.ts';

export interface ProfileBrowser {
  browser: Browser;
  /** The browser process (it leads the process group of its renderers and helpers). */
  pid: number;
  /** A new tab at `url` once `ready` (a global the page script sets) exists. */
  open(url: string, ready: string): Promise<Page>;
  /** Kills Chromium and all its processes at once, as a power cut or a task manager would. */
  kill(): Promise<void>;
  /** Ends Chromium normally. */
  close(): Promise<void>;
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

export async function launchWithProfile(userDataDir: string): Promise<ProfileBrowser> {
  // --no-sandbox: CI runs as root, where Chromium's own sandbox refuses to start.
  const child = spawn(CHROMIUM, ['--headless', '--no-sandbox', '--no-first-run', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let log = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const found = /DevTools listening on (ws:\S+)/.exec(log);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`Chromium exited (${code}) before it listened:\n${log}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const signal = async (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
    await exited(child);
  };
  return {
    browser,
    pid: child.pid!,
    open: async (url, ready) => {
      const page = await browser.contexts()[0]!.newPage();
      await page.goto(url);
      await page.waitForFunction((name) => name in globalThis, ready);
      return page;
    },
    kill: () => signal('SIGKILL'),
    close: async () => {
      await browser.close();
      await signal('SIGTERM');
    },
  };
}
