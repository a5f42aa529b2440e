// Release checksums: SHA256SUMS that coreutils' `sha256sum -c` accepts, and SM3SUMS equal to OpenSSL's SM3, for every
// artifact and nothing else.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChecksums } from '../../../scripts/lib/checksums.ts';

const dir = mkdtempSync(join(tmpdir(), 'mulu-checksums-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeChecksums', () => {
  it('writes sums that sha256sum -c and openssl dgst -sm3 confirm, for the artifacts only', async () => {
    const big = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 31) & 0xff);
    writeFileSync(join(dir, 'Mulu-0.1.0-linux-amd64.deb'), big);
    writeFileSync(join(dir, 'Mulu-0.1.0-win-x64.exe'), 'installer');
    writeFileSync(join(dir, '目录 说明.txt'), '中文文件名');
    writeFileSync(join(dir, 'builder-debug.yml'), 'x');
    mkdirSync(join(dir, 'linux-unpacked'));

    expect(await writeChecksums(dir)).toEqual(['Mulu-0.1.0-linux-amd64.deb', 'Mulu-0.1.0-win-x64.exe', '目录 说明.txt']);

    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(check.status).toBe(0);
    expect(check.stdout.trim().split('\n')).toEqual(['Mulu-0.1.0-linux-amd64.deb: OK', 'Mulu-0.1.0-win-x64.exe: OK', '目录 说明.txt: OK']);

    for (const line of readFileSync(join(dir, 'SM3SUMS'), 'utf8').trim().split('\n')) {
      const [sum, name] = line.split(/ {2}(.*)/s) as [string, string];
      const openssl = spawnSync('openssl', ['dgst', '-sm3', '-r', join(dir, name)], { encoding: 'utf8' });
      expect(openssl.status).toBe(0);
      expect(openssl.stdout.split(' ')[0]).toBe(sum);
    }
  });

  it('a changed artifact fails the check', async () => {
    writeFileSync(join(dir, 'Mulu-0.1.0-win-x64.exe'), 'installer, altered');
    const check = spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('Mulu-0.1.0-win-x64.exe: FAILED');
  });
});
