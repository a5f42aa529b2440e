// The desktop app itself, driven by Playwright's _electron: the window shows app://mulu/, the page sees only the
// named bridge operations and no Node, nothing leaves the app, and a save and a pick go through main's validated
// IPC. It needs a runnable Electron binary (and a display on Linux). Where there is none — our offline build
// machines: electron ≥ 42 downloads its runtime on first use — it skips and says why. The same policies are proven
// without a binary in test/unit/electron/ (request-policy.test.ts: every request leaving the app is refused).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeFirstRun } from './app-harness.ts';
import type { MuluBridge } from '../../core/platform/ipc-contract.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const versionOf = (packageJson: string) => (JSON.parse(readFileSync(join(ROOT, packageJson), 'utf8')) as { version: string }).version;

type Availability = { ok: true; executable: string } | { ok: false; reason: string };

/** Where node_modules/electron keeps (or would keep) the runtime, without triggering its download. */
function findElectron(): Availability {
  const relative = { linux: 'electron', win32: 'electron.exe', darwin: 'Electron.app/Contents/MacOS/Electron' }[process.platform as string];
  if (!relative) return { ok: false, reason: `Electron has no build for ${process.platform}` };
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(ROOT, 'node_modules', 'electron', 'dist');
  const executable = join(dist, relative);
  if (!existsSync(executable)) {
    return {
      ok: false,
      reason: `no Electron runtime at ${executable} (electron ≥ 42 downloads it on first run and this machine cannot); run \`npx install-electron\` where the download works, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron`,
    };
  }
  // As Node (ELECTRON_RUN_AS_NODE), so this only asks whether the binary runs here at all, display or not.
  const probe = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 30_000, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  if (probe.status !== 0) return { ok: false, reason: `${executable} --version failed: ${(probe.stderr || String(probe.error)).trim().slice(0, 300)}` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'no display (DISPLAY/WAYLAND_DISPLAY unset); run the tests under xvfb-run' };
  }
  return { ok: true, executable };
}

const electron = findElectron();
if (!electron.ok) console.warn(`Electron end-to-end test skipped: ${electron.reason}`);

type Win = { mulu: MuluBridge };

describe.skipIf(!electron.ok)(electron.ok ? 'Electron app' : `Electron app — skipped: ${electron.reason}`, () => {
  let app: ElectronApplication;
  let page: Page;
  let profile: string;

  beforeAll(async () => {
    const build = spawnSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    // Always rebuilt: a renderer left in out/ by an older checkout would test the wrong app.
    const renderer = spawnSync('npm', ['run', 'build:renderer'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
    expect(renderer.status, renderer.stderr).toBe(0);
    // A fresh profile, so the test neither reads nor leaves a clerk's data (userData follows these on Linux/Windows).
    profile = await mkdtemp(join(tmpdir(), 'mulu-electron-'));
    app = await _electron.launch({
      executablePath: electron.ok ? electron.executable : '',
      // Chromium's own OS sandbox refuses to start as root (CI); Electron's renderer sandbox is unaffected.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
      cwd: ROOT,
      env: { ...process.env, XDG_CONFIG_HOME: profile, APPDATA: profile },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('shows the app from app://mulu/', () => {
    expect(page.url()).toBe('app://mulu/index.html');
  });

  it('exposes only the named operations and no Node to the page', async () => {
    const view = await page.evaluate(() => {
      const bridge = (globalThis as unknown as Win).mulu;
      return {
        operations: Object.keys(bridge).sort(),
        allFunctions: Object.values(bridge).every((value) => typeof value === 'function'),
        nodeGlobals: ['require', 'process', 'module', 'Buffer', 'global', 'ipcRenderer', 'electron'].filter((name) => name in globalThis),
        requireType: typeof (globalThis as { require?: unknown }).require,
      };
    });
    expect(view).toEqual({ operations: ['appInfo', 'pickFile', 'pickFiles', 'revealInFolder', 'saveFile'], allFunctions: true, nodeGlobals: [], requireType: 'undefined' });
  });

  it('blocks every request and navigation that would leave the app', async () => {
    const outcome = await page.evaluate(() =>
      fetch('http://example.com/').then(
        () => 'loaded',
        (error: unknown) => `blocked: ${String(error)}`,
      ),
    );
    expect(outcome).toMatch(/^blocked/);
    expect(await page.evaluate(() => (globalThis as unknown as { open(url: string): unknown }).open('https://example.com/'))).toBeNull();
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'http://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://mulu/index.html');
    expect(app.windows()).toHaveLength(1);
  });

  it('saves and picks files through main, and refuses invalid arguments', async () => {
    const target = join(profile, '目录包.zip');
    await app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = async () => ({ canceled: false, filePath: path });
      dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [path] });
    }, target);
    const saved = await page.evaluate(() => (globalThis as unknown as Win).mulu.saveFile('目录包.zip', new Uint8Array([1, 2, 3])));
    expect(saved?.name).toBe('目录包.zip');
    expect([...(await readFile(target))]).toEqual([1, 2, 3]);

    await writeFile(target, new Uint8Array([4, 5]));
    const picked = await page.evaluate(async () => {
      const file = await (globalThis as unknown as Win).mulu.pickFile([{ name: '目录包', extensions: ['zip'] }]);
      return file && { name: file.name, bytes: [...file.bytes] };
    });
    expect(picked).toEqual({ name: '目录包.zip', bytes: [4, 5] });

    // A folder: main walks it and names each package from the folder's parent.
    const folder = join(profile, 'U盘');
    await mkdir(join(folder, '教育局'), { recursive: true });
    await writeFile(join(folder, '教育局', '2026.zip'), new Uint8Array([6]));
    await writeFile(join(folder, '说明.txt'), 'x');
    await app.evaluate(({ dialog }, path) => {
      dialog.showOpenDialog = async () => ({ canceled: false, filePaths: [path] });
    }, folder);
    const many = await page.evaluate(async () => {
      const files = await (globalThis as unknown as Win).mulu.pickFiles([{ name: '目录包', extensions: ['zip'] }], { folder: true });
      return files?.map((file) => ('bytes' in file ? { name: file.name, bytes: [...file.bytes] } : file));
    });
    expect(many).toEqual([{ name: 'U盘/教育局/2026.zip', bytes: [6] }]);

    const refusal = await page.evaluate(() =>
      (globalThis as unknown as Win).mulu.saveFile('../../evil.zip', new Uint8Array()).then(
        () => 'saved',
        (error: unknown) => String(error),
      ),
    );
    expect(refusal).toMatch(/saveFile: invalid argument 1/);
  });

  it('opens its storage at app://mulu and runs the first-run wizard to 首页 under the CSP', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await completeFirstRun(page, undefined);
    await page.getByText('操作员：王芳').waitFor();
    expect(errors).toEqual([]);
  }, 120_000);

  it('reports its runtime', async () => {
    const info = await page.evaluate(() => (globalThis as unknown as Win).mulu.appInfo());
    expect(info).toMatchObject({ version: versionOf('package.json'), electron: versionOf('node_modules/electron/package.json') });
  });
});
