// Lays out the web build as one folder to copy onto a machine without the desktop app (loongarch64, mips64el):
//   app/          the built renderer (out/renderer, which already holds the notices and LICENSE.txt)
//   headers.json  the response headers of every file of app/, by URL path, from the desktop's own source
//                 (electron/protocol/response-headers.ts: type by extension, CSP, nosniff), so the two cannot differ
//   serve.py      the static server (Python 3 standard library, 127.0.0.1 only), start-mulu.sh, 使用说明.txt
import { chmod, copyFile, cp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { appResponseHeaders } from '../../electron/protocol/response-headers.ts';

const SERVER_FILES = ['serve.py', 'start-mulu.sh', '使用说明.txt'];

/**
 * The headers of every file under `appDir`, keyed by URL path ('/index.html', '/assets/…').
 * @param {string} appDir
 * @returns {Promise<Record<string, Record<string, string>>>}
 */
export async function headersByPath(appDir) {
  const entries = await readdir(appDir, { recursive: true, withFileTypes: true });
  /** @type {Record<string, Record<string, string>>} */
  const headers = {};
  for (const file of entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)).sort()) {
    headers[`/${relative(appDir, file).split(sep).join('/')}`] = appResponseHeaders(file);
  }
  return headers;
}

/**
 * Replaces `out` with the web folder of the renderer build in `renderer`.
 * @param {{ renderer: string, out: string, serverSources: string }} paths serverSources: scripts/web-bundle
 */
export async function layOutWebBundle({ renderer, out, serverSources }) {
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await cp(renderer, join(out, 'app'), { recursive: true });
  await writeFile(join(out, 'headers.json'), `${JSON.stringify(await headersByPath(join(out, 'app')), null, 1)}\n`);
  for (const name of SERVER_FILES) await copyFile(join(serverSources, name), join(out, name));
  // Copied files keep their mode on Linux, but not from every checkout (core.fileMode, Windows): set it.
  for (const name of ['serve.py', 'start-mulu.sh']) await chmod(join(out, name), 0o755);
}
