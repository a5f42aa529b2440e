// A Vite plugin that puts the app's legal texts into the renderer build, so they ship inside the app (electron-builder
// packs out/renderer/**, and the web folder copies it): third-party-notices.txt (every production package and its
// licence, see third-party-notices.mjs) and LICENSE.txt (Mulu's own). The 关于 dialog loads them from there. The
// dev server answers the same paths, so the dialog works under `npm run dev:renderer` too.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { thirdPartyNotices } from './third-party-notices.mjs';

export const NOTICES_FILE = 'third-party-notices.txt';
export const LICENCE_FILE = 'LICENSE.txt';

export function shippedTexts(root: string): Plugin {
  const texts: Record<string, () => Promise<string>> = {
    [NOTICES_FILE]: () => thirdPartyNotices(root),
    [LICENCE_FILE]: () => readFile(join(root, LICENCE_FILE), 'utf8'),
  };
  return {
    name: 'mulu-shipped-texts',
    async generateBundle() {
      for (const [fileName, read] of Object.entries(texts)) this.emitFile({ type: 'asset', fileName, source: await read() });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const read = texts[(req.url ?? '').split('?')[0]!.replace(/^\//, '')];
        if (!read) return next();
        read().then(
          (text) => res.setHeader('Content-Type', 'text/plain; charset=utf-8').end(text),
          (error: unknown) => next(error),
        );
      });
    },
  };
}
