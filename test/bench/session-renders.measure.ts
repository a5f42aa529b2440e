// Renders per autosave: how many of the components that read the session re-render when one resource is saved, with 目录编制 and the resource
// form open over 2,000 resources. The shell (AppShell, with React in development mode) is bundled from a source
// tree with the session hooks wrapped to note which component called them during each save; run it on this tree and
// on an older one (a `git archive` of it) to compare.
// Usage: node --import tsx test/bench/session-renders.measure.ts [source-root]
import { join, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { build, type Plugin } from 'esbuild';
import { launchChromium, serve } from '../e2e/browser-harness.ts';

const typing = process.argv.includes('--typing');
const root = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '..', '..'));
const SAVES = 10;
const KEYS = 40;
const RESOURCES = typing ? 20_000 : 2_000;

// Each exported session hook notes the component rendering it (the caller in the development build's stack).
const counting: Plugin = {
  name: 'count-session-hooks',
  setup(b) {
    b.onLoad({ filter: /session[\\/]use-session\.ts$/ }, async (args) => {
      let text = await readFile(args.path, 'utf8');
      const hooks = [...text.matchAll(/export function (useSession\w+)/g)].map((m) => m[1]!);
      for (const hook of hooks) {
        text = text.replace(`export function ${hook}`, `function ${hook}Inner`);
        text += `\nexport function ${hook}(...args: any[]) { (globalThis as any).noteRender?.(new Error().stack); return (${hook}Inner as any)(...args); }\n`;
      }
      return { contents: text, loader: 'ts' };
    });
  },
};

const entry = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { generateCatalog } from './core/sample/generator.ts';
import { AppProviders } from './renderer/app/AppProviders.tsx';
import { AppShell } from './renderer/app/AppShell.tsx';
import { createI18n } from './renderer/i18n/i18n.ts';
import { openAppBackend } from './renderer/services/session/app-backend.ts';
import { SessionContext } from './renderer/hooks/use-session.ts';

const DEPARTMENT = { name: '泗县农业农村局', uscc: '11341324003000120Y', divisionCode: '341324', number: '007' };
const note = { reason: '测量', basis: [] };
const backend = await openAppBackend();
await backend.createWorkspace({ department: DEPARTMENT, profileId: 'sixian', operatorName: '王芳' });
const session = await backend.openSession((await backend.findWorkspace('department')).id);
await session.whenReady();
const sample = generateCatalog({ resources: ${RESOURCES}, seed: 1, itemsPerResource: 5 });
await session.commitImport({ ...sample, department: session.getState().catalog.department, profile: 'sixian' }, { note });

let renders = null;
globalThis.noteRender = (stack) => {
  if (!renders) return;
  const caller = stack.split('\\n').slice(2).find((l) => !/use(Session|Store|Vocabulary|Training)/.test(l)) ?? '?';
  const name = /at (\\w+)/.exec(caller)?.[1] ?? '?';
  renders.set(name, (renders.get(name) ?? 0) + 1);
};
globalThis.measureSaves = async (count) => {
  const per = [];
  const first = session.getState().catalog.resources[0];
  for (let i = 0; i < count; i++) {
    renders = new Map();
    await session.save({ ...first, abstract: '测量 ' + i }, note);
    await new Promise((r) => setTimeout(r, 100));
    per.push(Object.fromEntries(renders));
    renders = null;
  }
  return per;
};
const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
globalThis.measureTyping = async (count) => {
  const input = document.querySelector('#rf-input-name');
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  input.focus();
  const ms = [];
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    setValue.call(input, input.value + '字');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
    await frame();
    ms.push(performance.now() - t);
    await new Promise((r) => setTimeout(r, 150));
  }
  return ms;
};
createRoot(document.getElementById('root')).render(
  createElement(AppProviders, { i18n: createI18n(), children: createElement(SessionContext.Provider, { value: { session, storage: backend, switchWorkspace: async () => undefined, openWorkspace: async () => undefined, workspaces: async () => [], setup: backend } }, createElement(AppShell)) }),
);
globalThis.ready = true;
`;

const bundled = await build({
  stdin: { contents: entry, resolveDir: root, loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'chrome120',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': typing ? '"production"' : '"development"' },
  loader: { '.png': 'empty', '.svg': 'empty' },
  outdir: join(root, 'test-results', 'session-renders'),
  plugins: typing ? [] : [counting],
  write: false,
  logLevel: 'error',
});
const output = (ext: string) => bundled.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
const server = await serve({
  '/': {
    type: 'text/html; charset=utf-8',
    body: '<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="/global.css"><link rel="stylesheet" href="/page.css"><div id="root"></div><script type="module" src="/page.js"></script>',
  },
  '/page.js': { type: 'text/javascript', body: output('.js') },
  '/page.css': { type: 'text/css', body: output('.css') },
  '/global.css': { type: 'text/css', body: await readFile(join(root, 'renderer/global.css')) },
});
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(server.url);
  await page.waitForFunction(() => 'ready' in globalThis, undefined, { timeout: 600_000 });
  await page.getByRole('menuitem', { name: '目录编制' }).click();
  await page.locator('.ant-table-row').first().locator('.ant-table-cell').nth(2).click();
  await page.locator('.resource-editor').waitFor();
  if (typing) {
    const ms = (await page.evaluate((n) => (globalThis as unknown as { measureTyping(n: number): Promise<number[]> }).measureTyping(n), KEYS)).sort((a, b) => a - b);
    process.stdout.write(`${root}: typing latency at ${RESOURCES.toLocaleString('en')} resources, ${KEYS} characters: median ${ms[KEYS >> 1]!.toFixed(1)} ms, max ${ms[KEYS - 1]!.toFixed(1)} ms\n`);
  } else {
    const per = await page.evaluate((n) => (globalThis as unknown as { measureSaves(n: number): Promise<Record<string, number>[]> }).measureSaves(n), SAVES);
    const components = per.map((p) => Object.keys(p).length).sort((a, b) => a - b);
    const names = [...new Set(per.flatMap((p) => Object.keys(p)))].sort();
    process.stdout.write(`${root}: components reading the session that re-rendered per autosave (median of ${SAVES}): ${components[SAVES >> 1]} — ${names.join(', ')}\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
