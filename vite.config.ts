// The renderer build (`npm run build:renderer` → out/renderer/, `npm run dev:renderer`). Everything is bundled:
// the app runs offline, from app:// in Electron and from any local server in plain Chromium.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
});
