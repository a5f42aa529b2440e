// The built renderer for browser tests: built once per source state (shared by every test file and run, since a
// Vite build takes tens of seconds on two cores), served from localhost with the same Content-Security-Policy the
// desktop shell sends (so a test fails on code the CSP would refuse), and pages that record requests leaving the
// app and uncaught errors. useServedApp() gives a test file its server and Chromium; openSection() clicks the side bar;
// completeFirstRun() takes a new page through the real first-run wizard.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/csp.ts';
import { completeUscc, orgCodeCheckChar } from '../../core/codes/uscc.ts';
import { launchChromium, serve, type StaticFile, type TestServer } from './browser-harness.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');
const CACHE = join(ROOT, 'node_modules', '.cache', 'mulu-e2e-app');
// The build recipe (this file) counts too: changing how the app is built must not reuse an old build.
const SOURCES = ['renderer', 'core', 'assets', 'electron/security', 'vite.config.ts', 'package.json', 'package-lock.json', 'LICENSE.txt', 'build/icon.svg', 'scripts/lib/shipped-texts-plugin.ts', 'scripts/lib/third-party-notices.mjs', 'test/e2e/app-harness.ts'];
const VITE = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
};

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path);
  if (info.isFile()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** A digest of everything the build reads, so a changed source means a new build. */
async function sourceDigest(): Promise<string> {
  const hash = createHash('sha256');
  const files = (await Promise.all(SOURCES.map((s) => filesUnder(join(ROOT, s))))).flat().sort();
  for (const file of files) hash.update(relative(ROOT, file)).update('\0').update(await readFile(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const exists = (path: string) => stat(path).then(() => true, () => false);

/** The production build of the current sources; built at most once, however many test files ask at once. */
export async function builtApp(): Promise<string> {
  const dir = join(CACHE, await sourceDigest());
  const lock = `${dir}.lock`;
  await mkdir(CACHE, { recursive: true });
  for (;;) {
    if (await exists(join(dir, 'index.html'))) return dir;
    try {
      await mkdir(lock);
    } catch {
      // Another test file is building it; a lock older than five minutes is a build that died.
      const info = await stat(lock).catch(() => undefined);
      if (info && Date.now() - info.mtimeMs > 300_000) await rm(lock, { recursive: true, force: true });
      await sleep(500);
      continue;
    }
    try {
      const tmp = `${dir}.tmp`;
      await rm(tmp, { recursive: true, force: true });
      // In its own process with NODE_ENV=production: Vite keeps a NODE_ENV it finds, and vitest's is 'test', which
      // would build development React (several times slower, and not what clerks run).
      const built = spawnSync(process.execPath, [VITE, 'build', '--config', join(ROOT, 'vite.config.ts'), '--outDir', tmp, '--emptyOutDir', '--logLevel', 'warn'], {
        cwd: ROOT,
        env: { ...process.env, NODE_ENV: 'production' },
        encoding: 'utf8',
      });
      if (built.status !== 0) throw new Error(`vite build failed:\n${built.stdout}\n${built.stderr}`);
      await rename(tmp, dir);
      return dir;
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}

/** Every file of the build by URL path ('/' is index.html), plus `extra`, served with the app's CSP. */
export async function serveApp(extra: Record<string, StaticFile> = {}): Promise<TestServer> {
  const dir = await builtApp();
  const files: Record<string, StaticFile> = {};
  for (const path of await filesUnder(dir)) {
    files[`/${relative(dir, path).split(sep).join('/')}`] = { type: TYPES[extname(path)] ?? 'application/octet-stream', body: await readFile(path) };
  }
  files['/'] = files['/index.html']!;
  return serve({ ...files, ...extra }, { 'content-security-policy': CONTENT_SECURITY_POLICY });
}

export interface WatchedPage {
  page: Page;
  /** Requests to anything but the test server. */
  outside: string[];
  /** Uncaught page errors and CSP violations. */
  errors: string[];
}

/** A test file's app server and Chromium, there from its beforeAll on. */
export interface ServedApp {
  readonly browser: Browser;
  readonly server: TestServer;
}

/**
 * One server and one Chromium for a whole test file: registers the file's beforeAll (starting what `serve` gives,
 * the built app by default) and afterAll (closing both). Call it at the top of the file, before its own hooks.
 */
export function useServedApp(serve: () => Promise<TestServer> = () => serveApp()): ServedApp {
  const app: { browser?: Browser; server?: TestServer } = {};
  beforeAll(async () => {
    app.server = await serve();
    app.browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return {
    get browser() {
      return app.browser!;
    },
    get server() {
      return app.server!;
    },
  };
}

/** A count as the Chinese interface writes it (20,000). */
export const zhCount = (n: number): string => n.toLocaleString('zh-CN');

/** Clicks a section in the side bar. */
export async function openSection(page: Page, name: string): Promise<void> {
  await page.locator('.shell-sider .ant-menu-item', { hasText: name }).click();
}

/** A 1366×768 page (the smallest screen the app supports) in a fresh context (its own IndexedDB). */
export async function openAppPage(browser: Browser, server: TestServer): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  const page = await context.newPage();
  const watched: WatchedPage = { page, outside: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${server.url}/`) && !url.startsWith('blob:') && !url.startsWith('data:')) watched.outside.push(url);
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/.test(message.text())) watched.errors.push(message.text());
  });
  return watched;
}

/** Saves a screenshot to test-results/screenshots/<name>.png once animations have settled. */
export async function shot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
}

// A valid code for a 泗县 机关 (registrar 1, category 1).
const ORG_BODY = '00300012';
export const TEST_USCC = completeUscc(`11341324${ORG_BODY}${orgCodeCheckChar(ORG_BODY)}`);

export interface FirstRun {
  department?: string;
  uscc?: string;
  /** Typed into the division search; the first option containing `divisionOption` is chosen. */
  divisionSearch?: string;
  divisionOption?: string;
  /** 部门编号, left empty unless given. */
  departmentNumber?: string;
  /** The profile's Chinese name as the select lists it. */
  profile?: string;
  operator?: string;
}

/** Takes a fresh page through the first-run wizard to 首页; loads the app from `server` first when given. */
export async function completeFirstRun(page: Page, server: TestServer | undefined, setup: FirstRun = {}): Promise<void> {
  const s = { department: '泗县农业农村局', uscc: TEST_USCC, divisionSearch: '泗城', divisionOption: '安徽省 / 宿州市 / 泗县 / 泗城镇', profile: '泗县（安徽省）', operator: '王芳', ...setup };
  if (server) await page.goto(`${server.url}/`);
  await page.getByText('首次使用：建立本部门工作区').waitFor();
  await page.getByLabel('部门名称').fill(s.department);
  await page.getByLabel('统一社会信用代码').fill(s.uscc);
  await page.locator('#setup-division').click();
  await page.keyboard.type(s.divisionSearch);
  await page.locator('.ant-cascader-menu-item', { hasText: s.divisionOption }).first().click();
  if (s.departmentNumber !== undefined) await page.getByLabel('部门编号').fill(s.departmentNumber);
  await page.getByRole('button', { name: '下一步' }).click();
  await page.locator('#setup-profile').click();
  await page.locator('.ant-select-item-option', { hasText: s.profile }).first().click();
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByLabel('操作员姓名').fill(s.operator);
  await page.getByRole('button', { name: '完成，进入工作区' }).click();
  await page.getByText('本部门工作区').waitFor();
}
