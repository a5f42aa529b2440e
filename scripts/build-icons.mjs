// Renders build/icon.svg into the icons electron-builder packs (build/ is its buildResources): build/icon.png
// (1024 px), build/icons/<n>x<n>.png for Linux and build/icon.ico for Windows. Debian's Chromium draws the SVG
// (through playwright-core, already a dev dependency), so no ImageMagick or image package is needed. The outputs are
// committed; run `node scripts/build-icons.mjs` after changing the SVG. CHROMIUM_PATH overrides /usr/bin/chromium.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { icoFromPngs } from './lib/ico.mjs';

const BUILD = join(import.meta.dirname, '..', 'build');
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const svg = await readFile(join(BUILD, 'icon.svg'), 'utf8');
// --no-sandbox: CI and this build machine run as root, where Chromium's sandbox refuses to start.
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  /** @param {number} size */
  const render = async (size) => {
    await page.setViewportSize({ width: size, height: size });
    const sized = svg.replace(/width="1024" height="1024"/, `width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  };
  await mkdir(join(BUILD, 'icons'), { recursive: true });
  /** @type {Map<number, Buffer>} */
  const pngs = new Map();
  for (const size of new Set([...LINUX_SIZES, ...ICO_SIZES, 1024])) pngs.set(size, await render(size));
  await writeFile(join(BUILD, 'icon.png'), pngs.get(1024));
  for (const size of LINUX_SIZES) await writeFile(join(BUILD, 'icons', `${size}x${size}.png`), pngs.get(size));
  await writeFile(join(BUILD, 'icon.ico'), icoFromPngs(ICO_SIZES.map((size) => ({ size, png: /** @type {Buffer} */ (pngs.get(size)) }))));
  console.log(`wrote build/icon.png, build/icons/{${LINUX_SIZES.map((s) => `${s}x${s}`).join(',')}}.png and build/icon.ico`);
} finally {
  await browser.close();
}
