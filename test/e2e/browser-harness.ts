// Running renderer code in the real browser the app ships on: Debian's Chromium, driven by playwright-core (never
// `playwright install`: there is no internet). Modules are bundled with esbuild and served over HTTP from memory.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  // --no-sandbox: CI runs as root, where Chromium's own sandbox refuses to start.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** One ES module bundle of `entry` (TypeScript, JSON imports and all). */
export async function bundle(entry: string): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'browser', target: 'chrome120', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text;
}

export interface StaticFile {
  type: string;
  body: string | Uint8Array;
}

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `files` (path → content) on localhost, each with `headers`; anything else is 404. */
export async function serve(files: Record<string, StaticFile>, headers: Readonly<Record<string, string>> = {}): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://localhost').pathname];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': file.type }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
