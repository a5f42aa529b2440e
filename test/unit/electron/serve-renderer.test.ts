// The app:// handler over a real folder: files with their type and the CSP, 404 for what is missing, 400 for what
// the path rules refuse, 405 for anything but GET.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveRenderer } from '../../../electron/protocol/serve-renderer.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security/csp.ts';

let root: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  const base = await mkdtemp(join(tmpdir(), 'mulu-serve-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>目录</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export {};');
  await writeFile(join(base, 'secret.txt'), 'outside the renderer folder');
  const protocol = { handle: (_scheme: string, fn: typeof handler) => (handler = fn) };
  serveRenderer(protocol as unknown as Protocol, root);
});

afterAll(async () => {
  await rm(join(root, '..'), { recursive: true, force: true });
});

describe('serveRenderer', () => {
  it('serves the entry page with its type, the CSP and nosniff', async () => {
    const response = await handler(new Request('app://mulu/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>目录</title>');
  });

  it('serves scripts under assets/ as JavaScript', async () => {
    const response = await handler(new Request('app://mulu/assets/index-abc.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for a missing file and 400 for a refused path', async () => {
    expect((await handler(new Request('app://mulu/assets/missing.js'))).status).toBe(404);
    expect((await handler(new Request('app://mulu/..%2fsecret.txt'))).status).toBe(400);
    expect((await handler(new Request('app://other/index.html'))).status).toBe(400);
  });

  it('answers 405 to anything but GET', async () => {
    expect((await handler(new Request('app://mulu/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });
});
