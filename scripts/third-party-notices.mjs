// Writes the third-party notices of the production packages (see scripts/lib/third-party-notices.mjs), by default to
// out/renderer/third-party-notices.txt. The renderer build writes the same file itself (vite.config.ts); this is for
// reading or checking it without a build: `node scripts/third-party-notices.mjs [--out <file>]`.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { thirdPartyNotices } from './lib/third-party-notices.mjs';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string', default: join(root, 'out', 'renderer', 'third-party-notices.txt') } } });
const out = /** @type {string} */ (values.out);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, await thirdPartyNotices(root));
console.log(`wrote ${out}`);
