// A catalogVersion beyond 2^53 − 1 was packed and then refused by verify (its manifest check needs a safe
// integer). It is now refused where it enters: a catalog file (exit 2, naming the field) and packing.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMulu } from '../../harness/cli.ts';
import { generateKeyPair } from '../../../core/crypto/signature.ts';
import { serializeCatalog } from '../../../core/format/catalog-file.ts';
import { packCatalog } from '../../../core/package/pack.ts';
import { PackError } from '../../../core/package/pack-errors.ts';
import { baseCatalog, CREATED, reportFor, signerOf } from './package-fixtures.ts';

describe('catalogVersion beyond 2^53', () => {
  it('validate refuses the catalog file and names the field', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mulu-version-'));
    const text = serializeCatalog(baseCatalog()).replace(/"catalogVersion": \d+/, '"catalogVersion": 9007199254740993');
    expect(text).toContain('9007199254740993');
    writeFileSync(join(dir, 'c.json'), text);
    const r = await runMulu('validate', join(dir, 'c.json'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/catalogVersion：不能大于 9007199254740991/);
  });

  it('pack refuses it (a workbook can carry such a number too)', async () => {
    const catalog = { ...baseCatalog(), catalogVersion: 2 ** 53 };
    const key = generateKeyPair('Ed25519');
    const packing = packCatalog({ catalog, report: await reportFor(catalog), signer: signerOf(key), createdAt: CREATED });
    await expect(packing).rejects.toBeInstanceOf(PackError);
    await expect(packing).rejects.toMatchObject({ reason: 'invalidCatalogVersion' });
  });
});
