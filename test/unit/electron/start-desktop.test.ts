// `npm start` where no Electron runtime exists: a plain bilingual explanation pointing to `npm run web`, exit 1,
// and nothing built or launched.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const empty = mkdtempSync(join(tmpdir(), 'mulu-no-electron-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

describe('npm start without an Electron runtime', () => {
  it('says so in Chinese and English and points to npm run web', () => {
    const run = spawnSync(process.execPath, ['scripts/start-desktop.mjs'], { cwd: ROOT, env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('无法启动桌面程序：本机没有 Electron 运行时');
    expect(run.stderr).toContain('npm run web');
    expect(run.stderr).toContain('The desktop app cannot start');
    expect(run.stdout).not.toContain('built out/electron');
  });

  it('npm run dev says so too, and points to the browser development loop', () => {
    const run = spawnSync(process.execPath, ['scripts/dev-desktop.mjs'], { cwd: ROOT, env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('没有 Electron 运行时，无法启动桌面开发环境');
    expect(run.stderr).toContain('npm run dev:renderer');
    expect(run.stdout).not.toContain('built out/electron');
  });
});
