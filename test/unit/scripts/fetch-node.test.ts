// CI's Node: .ci/fetch-node takes the version pinned in .nvmrc from the registry's node-linux-<arch> package and must
// refuse a tarball whose integrity differs from the registry's, or whose binary is another version. A fake `npm`
// first on PATH stands in for the registry, so nothing is downloaded here.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const version = readFileSync('.nvmrc', 'utf8').trim();
const arch = process.arch === 'arm64' ? 'arm64' : 'x64';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-fetch-node-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A package tarball whose bin/node prints `reports`; returns its sha512 integrity. */
function packageTarball(reports: string): string {
  const bin = join(dir, 'src', 'package', 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'node'), `#!/bin/sh\necho ${reports}\n`);
  chmodSync(join(bin, 'node'), 0o755);
  const tarball = join(dir, 'package.tgz');
  expect(spawnSync('tar', ['-czf', tarball, '-C', join(dir, 'src'), 'package']).status).toBe(0);
  return `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
}

/** A fake npm that logs its calls, packs the tarball above and reports `integrity` as the registry's. */
function fakeNpm(integrity: string): void {
  mkdirSync(join(dir, 'bin'));
  writeFileSync(
    join(dir, 'bin', 'npm'),
    `#!/usr/bin/env bash
echo "$*" >> "${dir}/npm.log"
case "$1" in
  pack) cp "${dir}/package.tgz" "$4/\${2/@/-}.tgz" ;;
  view) echo "${integrity}" ;;
esac
`,
  );
  chmodSync(join(dir, 'bin', 'npm'), 0o755);
}

function fetchNode() {
  return spawnSync('.ci/fetch-node', {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(dir, 'bin')}:${process.env['PATH']}`, MULU_NODE_CACHE: join(dir, 'cache') },
  });
}

const npmCalls = () => readFileSync(join(dir, 'npm.log'), 'utf8').trim().split('\n');

describe('.ci/fetch-node', () => {
  it('unpacks the pinned, checked version into the cache and prints its bin folder; a second run uses the cache', () => {
    fakeNpm(packageTarball(`v${version}`));
    const first = fetchNode();
    expect(first.status, first.stderr).toBe(0);
    const bin = join(dir, 'cache', `${arch}-${version}`, 'bin');
    expect(first.stdout.trim()).toBe(bin);
    expect(spawnSync(join(bin, 'node'), { encoding: 'utf8' }).stdout.trim()).toBe(`v${version}`);
    expect(npmCalls().map((c) => c.split(' ').slice(0, 2).join(' '))).toEqual([`pack node-linux-${arch}@${version}`, `view node-linux-${arch}@${version}`]);

    const second = fetchNode();
    expect(second.stdout.trim()).toBe(bin);
    expect(npmCalls()).toHaveLength(2);
    expect(readdirSync(join(dir, 'cache'))).toEqual([`${arch}-${version}`]);
  });

  it('refuses a tarball that does not match the registry’s integrity and caches nothing', () => {
    packageTarball(`v${version}`);
    fakeNpm(`sha512-${createHash('sha512').update('something else').digest('base64')}`);
    const run = fetchNode();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('does not match the registry');
    expect(run.stdout).toBe('');
    expect(readdirSync(join(dir, 'cache'))).toEqual([]);
  });

  it('refuses a binary that is not the pinned version', () => {
    fakeNpm(packageTarball('v20.20.2'));
    const run = fetchNode();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`does not run as Node ${version}`);
    expect(readdirSync(join(dir, 'cache'))).toEqual([]);
  });
});
