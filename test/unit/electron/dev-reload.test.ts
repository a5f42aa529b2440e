// The development loop's reload: only for an unpackaged app asked for it, and one reload per settled rebuild.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { devReloadEnabled, watchForReload } from '../../../electron/window/dev-reload.ts';

describe('devReloadEnabled', () => {
  it('is on only for an unpackaged app started by npm run dev', () => {
    expect(devReloadEnabled(false, { MULU_DEV_RELOAD: '1' })).toBe(true);
    expect(devReloadEnabled(true, { MULU_DEV_RELOAD: '1' })).toBe(false);
    expect(devReloadEnabled(false, {})).toBe(false);
    expect(devReloadEnabled(false, { MULU_DEV_RELOAD: 'true' })).toBe(false);
  });
});

describe('watchForReload', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mulu-dev-reload-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reloads once after a burst of writes has settled, including in subfolders, and stops when asked', async () => {
    mkdirSync(join(dir, 'assets'));
    let reloads = 0;
    const stop = watchForReload(dir, () => reloads++, 150);
    for (let i = 0; i < 5; i++) {
      writeFileSync(join(dir, 'assets', `chunk-${i}.js`), `// ${i}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    expect(reloads).toBe(0);
    await new Promise((r) => setTimeout(r, 600));
    expect(reloads).toBe(1);
    stop();
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>later</title>');
    await new Promise((r) => setTimeout(r, 400));
    expect(reloads).toBe(1);
  });
});
