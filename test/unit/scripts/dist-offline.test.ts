// npm run dist:offline: what each target needs from the prepared folder, how electron-builder is pointed at it, and
// that a folder lacking anything stops the build before it starts, listing every missing file with where it goes.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builderSettings, describeMissingArtifacts, requiredArtifacts, requiredPrograms, TARGETS } from '../../../scripts/lib/offline-artifacts.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const LINUX_HOST = { electronVersion: '45.4.1', hostArch: 'x64', hostPlatform: 'linux', systemFpm: false };

describe('requiredArtifacts', () => {
  it('needs the runtime zip of every Linux target, fpm and the AppImage tools, each once', () => {
    expect(requiredArtifacts(TARGETS.linux, LINUX_HOST).map((a) => a.path)).toEqual([
      'appimage/linux-x64/desktop-file-validate',
      'appimage/linux-x64/mksquashfs',
      'appimage/runtime-arm64',
      'appimage/runtime-x64',
      'electron/electron-v45.4.1-linux-arm64.zip',
      'electron/electron-v45.4.1-linux-x64.zip',
      'fpm/fpm',
    ]);
  });

  it('takes fpm from the system where it is installed', () => {
    expect(requiredArtifacts(TARGETS.linux, { ...LINUX_HOST, systemFpm: true }).map((a) => a.path)).not.toContain('fpm/fpm');
    expect(builderSettings('/o', TARGETS.linux, { systemFpm: true }).env).toMatchObject({ USE_SYSTEM_FPM: 'true' });
  });

  it('needs the Windows runtime, NSIS and rcedit for Windows, and Wine when built on Linux', () => {
    expect(requiredArtifacts(TARGETS.win, LINUX_HOST).map((a) => a.path)).toEqual([
      'electron/electron-v45.4.1-win32-x64.zip',
      'nsis-resources/plugins',
      'nsis/elevate.exe',
      'nsis/linux/makensis',
      'rcedit/rcedit-ia32.exe',
      'rcedit/rcedit-x64.exe',
    ]);
    expect(requiredArtifacts(TARGETS.win, { ...LINUX_HOST, hostPlatform: 'win32' }).map((a) => a.path)).toContain('nsis/Bin/makensis.exe');
    expect(requiredPrograms(TARGETS.win, LINUX_HOST).map((p) => p.path)).toEqual(['wine']);
    expect(requiredPrograms(TARGETS.win, { hostPlatform: 'win32' })).toEqual([]);
    expect(requiredPrograms(TARGETS.linux, LINUX_HOST)).toEqual([]);
  });
});

describe('builderSettings', () => {
  it('points electron-builder at the folder for the runtime and every tool it would download', () => {
    expect(builderSettings('/o', [...TARGETS.linux, ...TARGETS.win], { systemFpm: false })).toEqual({
      args: ['-c.electronDist=/o/electron'],
      env: {
        CUSTOM_FPM_PATH: '/o/fpm/fpm',
        APPIMAGE_TOOLS_PATH: '/o/appimage',
        ELECTRON_BUILDER_NSIS_DIR: '/o/nsis',
        ELECTRON_BUILDER_NSIS_RESOURCES_DIR: '/o/nsis-resources',
        ELECTRON_BUILDER_RCEDIT_PATH: '/o/rcedit',
      },
    });
  });

  it('reads environment variables that electron-builder really consults before downloading', () => {
    const toolsets = ['linux', 'windows'].map((f) => readFileSync(join(ROOT, 'node_modules/app-builder-lib/out/toolsets', `${f}.js`), 'utf8')).join('\n');
    for (const name of Object.keys(builderSettings('/o', [...TARGETS.linux, ...TARGETS.win], { systemFpm: false }).env)) expect(toolsets).toContain(`"${name}"`);
    expect(toolsets).toContain('USE_SYSTEM_FPM');
  });
});

describe('dist:offline with an incomplete folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mulu-offline-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists every missing file with where it goes, in Chinese and English, and builds nothing', () => {
    const electron = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['electron'];
    mkdirSync(join(dir, 'electron'));
    writeFileSync(join(dir, 'electron', `electron-v${electron}-linux-x64.zip`), 'stand-in');
    const run = spawnSync(process.execPath, ['scripts/dist-offline.mjs', '--platform', 'linux'], { cwd: ROOT, env: { ...process.env, MULU_OFFLINE_DIR: dir, PATH: '/usr/bin:/bin' }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('离线构建缺少 6 项，未做任何构建');
    expect(run.stderr).toContain(`请把下列文件放到 ${dir} 中`);
    expect(run.stderr).toContain(`electron/electron-v${electron}-linux-arm64.zip`);
    expect(run.stderr).not.toContain(`electron/electron-v${electron}-linux-x64.zip`);
    expect(run.stderr).toContain('docs/offline-build.md');
    expect(run.stdout).toBe('');
  });

  it('refuses a platform it cannot build with exit 2', () => {
    const run = spawnSync(process.execPath, ['scripts/dist-offline.mjs', '--platform', 'mac'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--platform 只能是 linux 或 win');
  });

  it('describes missing programs apart from missing files', () => {
    const text = describeMissingArtifacts('/o', [], requiredPrograms(TARGETS.win, LINUX_HOST));
    expect(text).toContain('请安装下列程序');
    expect(text).not.toContain('请把下列文件放到');
  });
});
