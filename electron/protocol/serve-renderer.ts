// Serves the built renderer over app:// from one folder, read-only, with the CSP on every response.
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { APP_SCHEME } from './app-origin.ts';
import { resolveAppPath } from './app-path.ts';
import { appResponseHeaders } from './response-headers.ts';

export function serveRenderer(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET') return new Response(null, { status: 405 });
    const target = resolveAppPath(rendererDir, request.url);
    if (!target.ok) return new Response(null, { status: 400 });
    let body: Buffer;
    try {
      body = await readFile(target.path);
    } catch {
      return new Response(null, { status: 404 });
    }
    return new Response(body, { headers: appResponseHeaders(target.path) });
  });
}
