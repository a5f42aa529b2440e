// The renderer build (`npm run build:renderer` → out/renderer/, `npm run dev:renderer`, `npm run web`). Everything
// is bundled: the app runs offline, from app:// in Electron and from a local server in plain Chromium.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/security/csp.ts';
import { shippedTexts } from './scripts/lib/shipped-texts-plugin.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const manifest = JSON.parse(readFileSync(fromRoot('./package.json'), 'utf8')) as { version: string; license: string };
// The day of the build for 关于, in UTC; SOURCE_DATE_EPOCH (seconds) fixes it for a reproducible build.
const buildDate = new Date(process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()).toISOString().slice(0, 10);

export default defineConfig({
  root: fromRoot('./renderer'),
  // Relative asset URLs, so the same build works under app://mulu/ and under any path of a local server.
  base: './',
  plugins: [react(), shippedTexts(fromRoot('.'))],
  // Read by renderer/app/build-info.ts.
  define: {
    __MULU_VERSION__: JSON.stringify(manifest.version),
    __MULU_LICENCE__: JSON.stringify(manifest.license),
    __MULU_BUILD_DATE__: JSON.stringify(buildDate),
  },
  build: {
    outDir: fromRoot('./out/renderer'),
    emptyOutDir: true,
    // Files load from the local disk, not a network: antd and core in one chunk cost nothing worth splitting.
    chunkSizeWarningLimit: 4096,
  },
  // ES-module workers can share chunks with each other and load parts on demand (the division table), where
  // classic workers each inlined everything they import.
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
  // `npm run web`: the built app under the same Content-Security-Policy the desktop shell sends, so the browser
  // build refuses exactly what the desktop app would. Only on the loopback interface: the data stays on this PC.
  preview: { host: '127.0.0.1', port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
