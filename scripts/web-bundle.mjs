// `npm run web:bundle` (after `vite build`): dist/mulu-web/, the web build as one offline folder with its own
// server and start script (see scripts/lib/web-bundle.mjs and README "浏览器版文件夹").
import { join } from 'node:path';
import { layOutWebBundle } from './lib/web-bundle.mjs';

const root = join(import.meta.dirname, '..');
const out = join(root, 'dist', 'mulu-web');
await layOutWebBundle({ renderer: join(root, 'out', 'renderer'), out, serverSources: join(root, 'scripts', 'web-bundle') });
console.log(`wrote ${out}: copy the folder and run ./start-mulu.sh (needs Python 3)`);
