// The renderer build (`npm run build:renderer` → out/renderer/, `npm run dev:renderer`, `npm run web`). Everything
// is bundled: the app runs offline, from app:// in Electron and from a local server in plain Chromium.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/security/csp.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: fromRoot('./renderer'),
  // Relative asset URLs, so the same build works under app://mulu/ and under any path of a local server.
  base: './',
  plugins: [react()],
  build: {
    outDir: fromRoot('./out/renderer'),
    emptyOutDir: true,
    // Files load from the local disk, not a network: antd and core in one chunk cost nothing worth splitting.
    chunkSizeWarningLimit: 4096,
  },
  server: { host: '127.0.0.1' },
  // `npm run web`: the built app under the same Content-Security-Policy the desktop shell sends, so the browser
  // build refuses exactly what the desktop app would. Only on the loopback interface: the data stays on this PC.
  preview: { host: '127.0.0.1', port: 4173, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
});
