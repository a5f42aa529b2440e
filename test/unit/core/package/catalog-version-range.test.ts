// A catalogVersion beyond 2^53 − 1 was packed and then refused by verify (its manifest check needs a safe
// integer). It is now refused where it enters: a catalog file (exit 2, naming the field) and packing.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMulu } from '../../../harness/cli.ts';
import { generateKeyPair } from '../../../../core/crypto/signature.ts';
import { serializeCatalog } from '../../../../core/format/catalog-file.ts';
import { packCatalog } from '../../../../core/package/pack.ts';
import { PackError } from '../../../../core/package/pack-errors.ts';
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

  it('a workbook carrying it gets a W01 finding on the cell, and the version is not imported', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mulu-version-'));
    writeFileSync(join(dir, 'c.json'), serializeCatalog(baseCatalog()).replace(/"catalogVersion": \d+/, '"catalogVersion": 900719925474099'));
    // Export writes the version as it is; the file is then edited the way a hand-made workbook could be.
    expect((await runMulu('export', join(dir, 'c.json'), '--out', join(dir, 'c.xlsx'))).code).toBe(0);
    const { importWorkbook } = await import('../../../../core/workbook/import-workbook.ts');
    const { rewriteCatalogVersion } = await import('./workbook-version-edit.ts');
    writeFileSync(join(dir, 'big.xlsx'), rewriteCatalogVersion(readFileSync(join(dir, 'c.xlsx')), '900719925474099', '9007199254740993'));
    const imported = await importWorkbook(new Uint8Array(readFileSync(join(dir, 'big.xlsx'))));
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.catalog.catalogVersion).toBeUndefined();
    const finding = imported.findings.find((f) => f.ruleId === 'W01' && f.path === 'catalogVersion');
    expect(finding?.message.zh).toContain('目录版本号「9007199254740993」');
    expect(finding?.severity).toBe('error');
  });

  it('pack refuses it (a workbook can carry such a number too)', async () => {
    const catalog = { ...baseCatalog(), catalogVersion: 2 ** 53 };
    const key = generateKeyPair('Ed25519');
    const packing = packCatalog({ catalog, report: await reportFor(catalog), signer: signerOf(key), createdAt: CREATED });
    await expect(packing).rejects.toBeInstanceOf(PackError);
    await expect(packing).rejects.toMatchObject({ reason: 'invalidCatalogVersion' });
  });
});
