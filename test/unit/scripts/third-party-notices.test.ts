// The notices that ship in the app: every production package, each with its licence text (or a plain statement that
// it ships none), and nothing from the dev tools.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectNotices, formatNotices, thirdPartyNotices } from '../../../scripts/lib/third-party-notices.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

const readManifest = (dir: string): Manifest | undefined => {
  try {
    return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
};

/**
 * What the app needs at run time, found without the lockfile: package.json's dependencies and theirs, each resolved
 * as Node resolves it (the nearest node_modules up the tree). Optional and peer dependencies that are not installed
 * are not needed. An independent check of the lockfile reading in the script.
 */
function installedProductionTree(root: string): Set<string> {
  const found = new Set<string>();
  const visit = (dir: string, manifest: Manifest) => {
    const names = Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies, ...manifest.peerDependencies });
    for (const name of names) {
      for (let at = dir; ; at = dirname(at)) {
        const candidate = join(at, 'node_modules', name);
        const dep = readManifest(candidate);
        if (dep) {
          const id = `${dep.name}@${dep.version}`;
          if (!found.has(candidate)) {
            found.add(candidate);
            visit(candidate, dep);
          }
          found.add(id);
          break;
        }
        if (at === root || dirname(at) === at) break;
      }
    }
  };
  visit(root, readManifest(root)!);
  return new Set([...found].filter((entry) => !entry.startsWith('/')));
}

describe('third-party notices of this project', () => {
  it('lists every production package with its licence text, and no dev tool', async () => {
    const notices = await collectNotices(ROOT);
    const listed = new Set(notices.map((n) => `${n.name}@${n.version}`));
    const needed = installedProductionTree(ROOT);
    expect(needed.size).toBeGreaterThan(50);
    expect([...needed].filter((id) => !listed.has(id))).toEqual([]);
    expect([...listed].filter((id) => !needed.has(id))).toEqual([]);
    // typescript is listed (an installed optional peer of i18next, as `npm ls --omit=dev` lists it); the build tools are not.
    for (const dev of ['vite', 'electron', 'vitest', 'playwright-core', 'esbuild']) expect(notices.some((n) => n.name === dev)).toBe(false);

    const text = await thirdPartyNotices(ROOT);
    for (const n of notices) {
      expect(text).toContain(`\n${n.name} ${n.version}\n许可证 / Licence: ${n.licence}\n`);
      for (const file of n.files) expect(text).toContain(file.text);
    }
    const react = notices.find((n) => n.name === 'react')!;
    expect(react.licence).toBe('MIT');
    expect(react.files.map((f) => f.text).join('\n')).toMatch(/Permission is hereby granted, free of charge/);
    // Apache-2.0 packages carry their NOTICE on.
    expect(notices.find((n) => n.name === 'echarts')!.files.map((f) => f.name)).toContain('NOTICE');
  });
});

describe('collectNotices and formatNotices', () => {
  const root = mkdtempSync(join(tmpdir(), 'mulu-notices-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };

  it('reads licence and NOTICE files, reports a package without one, and leaves dev packages out', async () => {
    put('package.json', JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { alpha: '1', beta: '2', gamma: '3' } }));
    put(
      'package-lock.json',
      JSON.stringify({
        lockfileVersion: 3,
        packages: {
          '': { name: 'app', version: '1.0.0' },
          'node_modules/alpha': { version: '1.0.0', license: 'MIT' },
          'node_modules/alpha/node_modules/@scope/delta': { version: '4.0.0', license: 'BSD-3-Clause' },
          'node_modules/beta': { version: '2.0.0', license: 'Apache-2.0' },
          'node_modules/gamma': { version: '3.0.0', license: 'ISC' },
          'node_modules/devtool': { version: '9.0.0', license: 'MIT', dev: true },
        },
      }),
    );
    put('node_modules/alpha/package.json', JSON.stringify({ name: 'alpha', version: '1.0.0', license: 'MIT' }));
    put('node_modules/alpha/LICENSE.md', 'MIT License\r\nCopyright alpha\r\n');
    put('node_modules/alpha/node_modules/@scope/delta/package.json', JSON.stringify({ name: '@scope/delta', version: '4.0.0', license: { type: 'BSD-3-Clause' } }));
    put('node_modules/alpha/node_modules/@scope/delta/COPYING', 'BSD text of delta');
    put('node_modules/beta/package.json', JSON.stringify({ name: 'beta', version: '2.0.0', license: 'Apache-2.0' }));
    put('node_modules/beta/LICENSE', 'Apache License 2.0 text');
    put('node_modules/beta/NOTICE', 'beta NOTICE: made by Beta Org');
    put('node_modules/gamma/package.json', JSON.stringify({ name: 'gamma', version: '3.0.0', license: 'ISC' }));
    put('node_modules/gamma/README.md', 'not a licence');
    put('node_modules/devtool/package.json', JSON.stringify({ name: 'devtool', version: '9.0.0', license: 'MIT' }));
    put('node_modules/devtool/LICENSE', 'devtool licence');

    const notices = await collectNotices(root);
    expect(notices).toEqual([
      { name: '@scope/delta', version: '4.0.0', licence: 'BSD-3-Clause', files: [{ name: 'COPYING', text: 'BSD text of delta' }] },
      { name: 'alpha', version: '1.0.0', licence: 'MIT', files: [{ name: 'LICENSE.md', text: 'MIT License\nCopyright alpha' }] },
      {
        name: 'beta',
        version: '2.0.0',
        licence: 'Apache-2.0',
        files: [
          { name: 'LICENSE', text: 'Apache License 2.0 text' },
          { name: 'NOTICE', text: 'beta NOTICE: made by Beta Org' },
        ],
      },
      { name: 'gamma', version: '3.0.0', licence: 'ISC', files: [] },
    ]);

    const text = formatNotices(notices, { product: 'App', version: '1.0.0' });
    expect(text).toContain('gamma 3.0.0\n许可证 / Licence: ISC');
    expect(text).toContain('This package ships no licence file; its package.json declares the licence ISC.');
    expect(text).toContain('本软件包未附带许可证文件；其 package.json 声明的许可证为 ISC。');
    expect(text).toContain('beta NOTICE: made by Beta Org');
    expect(text).not.toContain('devtool');
    expect(text).not.toContain('not a licence');
  });
});
