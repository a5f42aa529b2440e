// Bundles the Electron shell into out/electron/: main.cjs (the main process) and preload.cjs. Both are CommonJS —
// a sandboxed preload cannot be an ES module, and package.json's "type": "module" would make a plain .js one —
// and both leave only 'electron' to be required at run time.
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  // Electron 45's Node is newer; node20 is the oldest this code targets anywhere.
  target: 'node20',
  external: ['electron'],
  legalComments: 'none',
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'out/electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'out/electron/preload.cjs' }),
]);

// A sandboxed preload may require only a few Electron modules; anything else would fail when the window opens.
const preload = await readFile('out/electron/preload.cjs', 'utf8');
const required = [...preload.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]).filter((name) => name !== 'electron');
if (required.length > 0) {
  console.error(`out/electron/preload.cjs requires ${required.join(', ')}: a sandboxed preload can only require 'electron'.`);
  process.exit(1);
}
console.log('built out/electron/main.cjs and out/electron/preload.cjs');
