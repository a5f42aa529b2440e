// verify enforces what pack enforces (core/package/verify-content.ts): a package signed by a trusted key but made
// outside Mulu's rules — 涉密 content, a catalog with errors, no validation report, a package id that does not
// follow from its files — is refused, where it once verified with exit 0.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMulu } from '../../../harness/cli.ts';
import { encodePublicKeyPem } from '../../../../core/crypto/keys.ts';
import { generateKeyPair } from '../../../../core/crypto/signature.ts';
import { serializeCatalog } from '../../../../core/format/catalog-file.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import { packCatalog } from '../../../../core/package/pack.ts';
import { FAILURE_STEP } from '../../../../core/package/package-failures.ts';
import { CATALOG_ENTRY, REPORT_ENTRY } from '../../../../core/package/package-media-type.ts';
import { verifyPackage } from '../../../../core/package/verify.ts';
import { encodeUtf8 } from '../../../../core/zip/utf8.ts';
import { AT, baseCatalog, CREATED, expectFailure, expectVerified, forge, reportFor, signerOf, storeOf, trustedKey } from './package-fixtures.ts';

const key = generateKeyPair('SM2-with-SM3');
let pkg: Uint8Array;
let catalog: Catalog;

beforeAll(async () => {
  catalog = baseCatalog();
  pkg = await packCatalog({ catalog, report: await reportFor(catalog), signer: signerOf(key), createdAt: CREATED });
});

async function verify(bytes: Uint8Array) {
  return verifyPackage(bytes, { trust: storeOf(await trustedKey(key, catalog.department)), at: AT });
}

const withCatalog = (edit: (c: Catalog) => void) => {
  const c = structuredClone(catalog);
  edit(c);
  return { [CATALOG_ENTRY]: encodeUtf8(serializeCatalog(c)) };
};

describe('verify re-checks what pack enforces', () => {
  it('still verifies what pack made', async () => {
    expectVerified(await verify(pkg));
  });

  it('refuses a signed package holding a 涉密 resource', async () => {
    const forged = await forge(pkg, key, { files: withCatalog((c) => void (c.resources[0]!.secret = true)) });
    const result = await verify(forged);
    expectFailure(result, 'secretResources');
    expect(!result.ok && FAILURE_STEP[result.reason]).toBe('content');
  });

  it('refuses a signed package whose catalog has errors, though its report claims none', async () => {
    const forged = await forge(pkg, key, { files: withCatalog((c) => void (c.resources[1]!.name = '')) });
    const result = await verify(forged);
    expectFailure(result, 'catalogHasErrors');
    expect(!result.ok && result.message.zh).toContain('个错误');
  });

  it('refuses a package without validation-report.json, or with a report that lists errors', async () => {
    expectFailure(await verify(await forge(pkg, key, { files: { [REPORT_ENTRY]: null } })), 'reportMissing');
    const report = JSON.parse(new TextDecoder().decode((await import('./package-fixtures.ts')).entriesOf(pkg).entries.get(REPORT_ENTRY)!));
    report.counts.error = 2;
    expectFailure(await verify(await forge(pkg, key, { files: { [REPORT_ENTRY]: encodeUtf8(JSON.stringify(report)) } })), 'reportMismatch');
  });

  it('recomputes the package id', async () => {
    const forged = await forge(pkg, key, { manifest: (m) => ({ ...m, packageId: `${m.department.uscc}-v${m.catalogVersion}-${'0'.repeat(32)}` }) });
    expectFailure(await verify(forged), 'packageIdMismatch');
  });
});

describe('mulu verify shows the department as the trust store names it', () => {
  it('prints the trusted name, and the manifest’s claim only as a claim when they differ', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mulu-verify-content-'));
    const trusted = await trustedKey(key, { ...catalog.department, name: '泗县数据资源管理局（信任库登记名）' });
    writeFileSync(join(dir, 'p.zip'), pkg);
    writeFileSync(
      join(dir, 'trust.json'),
      JSON.stringify({ format: 'mulu.trust-store', version: 1, departments: [{ name: trusted.department!.name, uscc: trusted.department!.uscc, keys: [{ keyId: trusted.keyId, algorithm: trusted.algorithm, publicKey: encodePublicKeyPem(key.algorithm, key.publicKey), validFrom: '2026-01-01' }] }] }),
    );
    const r = await runMulu('verify', join(dir, 'p.zip'), '--trust', join(dir, 'trust.json'));
    expect(r.code, r.out + r.err).toBe(0);
    expect(r.out).toMatch(/部门 \/ department: +泗县数据资源管理局（信任库登记名）/);
    expect(r.out).toContain(`目录包自称 / claimed: ${catalog.department.name}`);
    const json = await runMulu('verify', join(dir, 'p.zip'), '--trust', join(dir, 'trust.json'), '--format', 'json');
    expect(JSON.parse(json.out).department.name).toBe('泗县数据资源管理局（信任库登记名）');
  });
});
