// The third-party notices that ship inside the app (out/renderer/third-party-notices.txt, shown in 关于): every
// production package of package-lock.json — the same set `npm ls --omit=dev --all` lists, nested copies included —
// with its version, its licence id and the full text of its licence files. The MIT, BSD and Apache licences all
// require their text to travel with the copies we distribute, and the renderer bundle is such a copy. A package that
// ships no licence file is listed all the same, saying so, with the licence its package.json declares: a notice
// file that silently leaves packages out would look complete and not be.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

// LICENSE, LICENCE, LICENSE.md, LICENSE-MIT, COPYING…; NOTICE files carry the attributions Apache-2.0 §4(d) says
// must be passed on.
const LICENCE_FILE = /^(licen[cs]e|copying)([.\-_].*)?$/i;
const NOTICE_FILE = /^notice([.\-_].*)?$/i;

/**
 * @typedef {{ name: string, version: string, licence: string, files: { name: string, text: string }[] }} PackageNotice
 */

/**
 * The production packages of a lockfile (v2/v3 `packages`): not dev-only, not the root, not a workspace link.
 * devOptional packages are kept, as --omit=dev keeps them: optional (or optional peer) dependencies of production
 * code that are installed. typescript is one (an optional peer of i18next) though the bundle holds none of it: a
 * notice too many is harmless, one too few is not.
 * @param {{ packages?: Record<string, { version?: string, dev?: boolean, link?: boolean, license?: unknown }> }} lock
 * @returns {{ path: string, name: string, version: string, lockLicence: string | undefined }[]}
 */
export function productionPackages(lock) {
  if (!lock.packages) throw new Error('package-lock.json has no "packages" (lockfile v2 or later is needed)');
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path !== '' && path.includes('node_modules/') && !entry.dev && !entry.link)
    .map(([path, entry]) => ({
      path,
      name: path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length),
      version: entry.version ?? '?',
      lockLicence: typeof entry.license === 'string' ? entry.license : undefined,
    }));
}

/** The licence a package.json declares: "license", or the old { type } object and "licenses" array forms. */
function declaredLicence(/** @type {Record<string, unknown>} */ manifest) {
  const { license, licenses } = manifest;
  if (typeof license === 'string') return license;
  if (license && typeof license === 'object' && 'type' in license) return String(license.type);
  if (Array.isArray(licenses)) return licenses.map((l) => (l && typeof l === 'object' && 'type' in l ? String(l.type) : String(l))).join(' OR ');
  return undefined;
}

/**
 * Reads each production package's licence id and licence/NOTICE files from its installed folder under `root`.
 * Copies of the same name and version (nested node_modules) appear once. Sorted by name, then version.
 * @param {string} root the project folder (package-lock.json and node_modules/)
 * @returns {Promise<PackageNotice[]>}
 */
export async function collectNotices(root) {
  const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8'));
  /** @type {Map<string, PackageNotice>} */
  const byId = new Map();
  for (const pkg of productionPackages(lock)) {
    const id = `${pkg.name}@${pkg.version}`;
    if (byId.has(id)) continue;
    const dir = join(root, pkg.path);
    const manifest = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8').catch(() => '{}'));
    const names = await readdir(dir).catch(() => /** @type {string[]} */ ([]));
    const files = [];
    for (const name of names.filter((n) => LICENCE_FILE.test(n)).sort().concat(names.filter((n) => NOTICE_FILE.test(n)).sort())) {
      const text = await readFile(join(dir, name), 'utf8').catch(() => undefined);
      if (text !== undefined) files.push({ name, text: text.replace(/\r\n?/g, '\n').trimEnd() });
    }
    const licence = declaredLicence(manifest) ?? pkg.lockLicence ?? 'UNKNOWN';
    byId.set(id, { name: pkg.name, version: pkg.version, licence, files });
  }
  return [...byId.values()].sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
}

const RULE = '='.repeat(78);

/**
 * The notices as one plain-text file, in Chinese and English like the app.
 * @param {PackageNotice[]} notices
 * @param {{ product: string, version: string }} app
 */
export function formatNotices(notices, app) {
  const head = [
    `${app.product} ${app.version} — 第三方软件声明 / Third-party notices`,
    '',
    `本程序包含以下 ${notices.length} 个第三方软件包，各自按其许可证提供；以下为各软件包的许可证全文。`,
    `This program includes the following ${notices.length} third-party packages, each provided under its own licence;`,
    'the full licence texts follow.',
    '',
    ...notices.map((n) => `  ${n.name} ${n.version} (${n.licence})`),
  ];
  const sections = notices.map((n) => {
    const lines = [RULE, `${n.name} ${n.version}`, `许可证 / Licence: ${n.licence}`, RULE];
    if (n.files.length === 0) {
      lines.push(
        `本软件包未附带许可证文件；其 package.json 声明的许可证为 ${n.licence}。`,
        `This package ships no licence file; its package.json declares the licence ${n.licence}.`,
      );
    }
    for (const file of n.files) lines.push('', `--- ${file.name} ---`, '', file.text);
    return lines.join('\n');
  });
  return `${[head.join('\n'), ...sections].join('\n\n\n')}\n`;
}

/**
 * The notices file of the project at `root`.
 * @param {string} root
 */
export async function thirdPartyNotices(root) {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  return formatNotices(await collectNotices(root), { product: '目录 Mulu', version: manifest.version });
}
