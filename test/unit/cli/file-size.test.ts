// Files are measured before they are read, against a cap per kind of file (cli/read-input.ts): a 3 GB file once
// crashed the CLI with ERR_FS_FILE_TOO_LARGE and a 1.5 GB one cost 3 GB of memory before it was refused. Sparse
// files (truncate) stand in for the large ones, so no real gigabytes are written.
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMulu } from '../../harness/cli.ts';
import { createKeystore, readKeystoreInfo, KEYSTORE_MAX_CHARS } from '../../../core/crypto/keystore.ts';
import { generateKeyPair } from '../../../core/crypto/signature.ts';

const dir = mkdtempSync(join(tmpdir(), 'mulu-size-'));
const path = (name: string) => join(dir, name);
const GiB = 1024 ** 3;

function sparse(name: string, size: number): string {
  writeFileSync(path(name), '');
  truncateSync(path(name), size);
  return path(name);
}

function refusedForSize(r: { code: number; err: string }): void {
  expect(r.code, r.err).toBe(2);
  expect(r.err).toMatch(/超过.*的上限/);
  expect(r.err).toContain('未读取');
}

describe('size caps before reading', () => {
  it('a 3 GB catalog or workbook is refused without reading it', async () => {
    refusedForSize(await runMulu('validate', sparse('huge.json', 3 * GiB)));
    refusedForSize(await runMulu('import', sparse('huge.xlsx', 1.5 * GiB)));
    refusedForSize(await runMulu('diff', path('huge.json'), path('huge.json')));
  });

  it('packages, key files and trust stores have their own, smaller caps', async () => {
    refusedForSize(await runMulu('inspect', sparse('big.zip', 100 * 1024 * 1024)));
    refusedForSize(await runMulu('verify', path('big.zip'), '--trust', sparse('trust.json', 20 * 1024 * 1024)));
    refusedForSize(await runMulu('pubkey', sparse('key.json', 1024 * 1024)));
  });

  it('core refuses a keystore with a 40 MB salt before checksumming it', async () => {
    const k = generateKeyPair('Ed25519');
    const file = JSON.parse(await createKeystore(k.privateKey, k.publicKey, 'Ed25519', 'p', { scrypt: { N: 2 ** 4, r: 8, p: 1 } }));
    file.kdf.salt = 'A'.repeat(40 * 1024 * 1024);
    const text = JSON.stringify(file);
    expect(text.length).toBeGreaterThan(KEYSTORE_MAX_CHARS);
    const read = await readKeystoreInfo(text);
    expect(read.ok).toBe(false);
  });
});

describe('inspect on a file that is not a package', () => {
  it('is unusable input: exit 2', async () => {
    writeFileSync(path('not.zip'), 'not a package');
    const r = await runMulu('inspect', path('not.zip'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('无法读取目录包');
  });
});
