// The glibc floor check for Linux builds: the highest GLIBC_ version among imported symbols, exports ignored; and
// the script run on real binaries (Debian 12's Chromium needs glibc ≥ 2.34, above UOS 20's 2.28).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, requiredGlibc } from '../../../scripts/lib/glibc-floor.mjs';

const ROOT = join(import.meta.dirname, '..', '..', '..');

const DUMP = [
  '/x/mulu:     file format elf64-x86-64',
  '',
  'DYNAMIC SYMBOL TABLE:',
  '0000000000000000      DF *UND*\t0000000000000000 (GLIBC_2.2.5) mlock',
  '0000000000000000      DF *UND*\t0000000000000000 (GLIBC_2.17) clock_gettime',
  '0000000000000000      DF *UND*\t0000000000000000  GLIBC_2.28  statx',
  '0000000000000000      DF *UND*\t0000000000000000 (GLIBC_2.28) fcntl64',
  '0000000000000000      DF *UND*\t0000000000000000 (GLIBCXX_3.4.30) _ZNSt6thread4joinEv',
  '000000000563cc60  w   DO .data.rel.ro\t0000000000000010 (GLIBC_2.34) in6addr_any',
  '',
].join('\n');

describe('requiredGlibc', () => {
  it('takes the highest version among undefined symbols, with the symbols that need it', () => {
    expect(requiredGlibc(DUMP)).toEqual({ highest: '2.28', symbols: ['statx', 'fcntl64'] });
  });

  it('finds nothing in a file that imports nothing from glibc', () => {
    expect(requiredGlibc('DYNAMIC SYMBOL TABLE:\n0000000000001000 g    DF .text\t0000000000000010  Base        mulu_init\n')).toEqual({ highest: undefined, symbols: [] });
  });

  it('compares versions numerically, not as text', () => {
    expect(compareVersions('2.28', '2.3')).toBe(1);
    expect(compareVersions('2.2.5', '2.28')).toBe(-1);
    expect(compareVersions('2.28', '2.28.0')).toBe(0);
  });
});

describe('npm run check:glibc', () => {
  it('fails on binaries built for a newer glibc, naming the file, the version and the symbols', () => {
    const run = spawnSync(process.execPath, ['scripts/check-glibc-floor.mjs', '/usr/lib/chromium'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\/usr\/lib\/chromium\/chromium 需要 glibc 2\.(3[4-9]|[4-9]\d)（高于 2\.28）：\S/);
    expect(run.stdout).toMatch(/检查了 \d+ 个 ELF 文件，[1-9]\d* 个需要高于 glibc 2\.28 的版本/);
  });

  it('says there is nothing to check when there is no Linux build', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-glibc-floor.mjs')], { cwd: join(ROOT, 'docs'), encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('没有找到 Linux 构建');
  });
});
