// Every package carries the profile's lists as generated CSV files, listed and signed in the manifest
// (core/package/list-files.ts); verify generates them again from the packed catalog and refuses any difference.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMulu } from '../../../harness/cli.ts';
import { generateKeyPair } from '../../../../core/crypto/signature.ts';
import { loadDivisionTable } from '../../../../core/codes/division.ts';
import { DERIVED_LIST_IDS } from '../../../../core/lists/list-definitions.ts';
import type { Catalog } from '../../../../core/model/catalog.ts';
import { parseChangeNotes } from '../../../../core/package/change-notes.ts';
import { listFiles, LISTS_FOLDER } from '../../../../core/package/list-files.ts';
import { packCatalog } from '../../../../core/package/pack.ts';
import { FAILURE_STEP } from '../../../../core/package/package-failures.ts';
import { verifyPackage } from '../../../../core/package/verify.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { buildReport } from '../../../../core/report/validation-report.ts';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { encodeUtf8 } from '../../../../core/zip/utf8.ts';
import { validNeed } from '../../../harness/catalog-builders.ts';
import { AT, baseCatalog, CREATED, entriesOf, expectFailure, expectVerified, forge, manifestOf, nextCatalog, reportFor, signerOf, storeOf, trustedKey } from './package-fixtures.ts';

const key = generateKeyPair('SM2-with-SM3');
let catalog: Catalog;
let pkg: Uint8Array;

beforeAll(async () => {
  catalog = baseCatalog();
  pkg = await packCatalog({ catalog, report: await reportFor(catalog), signer: signerOf(key), createdAt: CREATED });
});

async function verify(bytes: Uint8Array, c: Catalog = catalog) {
  return verifyPackage(bytes, { trust: storeOf(await trustedKey(key, c.department)), at: AT });
}

function notes() {
  const parsed = parseChangeNotes(JSON.stringify({ format: 'mulu.change-notes', version: 1, notes: { '*': { reason: '年度目录更新' } } }));
  if (!parsed.ok) throw new Error('notes');
  return parsed.notes;
}

const listPaths = (bytes: Uint8Array) => manifestOf(bytes).files.filter((f) => f.path.startsWith(LISTS_FOLDER)).map((f) => f.path);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('lists in packages', () => {
  it('a full package lists and carries every list of its profile, as the catalog gives it', async () => {
    expect(listPaths(pkg)).toEqual(DERIVED_LIST_IDS.map((id) => `${LISTS_FOLDER}${id}.csv`).sort());
    const { entries } = entriesOf(pkg);
    for (const [path, bytes] of listFiles(catalog, loadProfile(catalog.profile))) expect(text(entries.get(path)!)).toBe(text(bytes));
    // The responsibility list has one row per resource, below its header.
    const rows = text(entries.get(`${LISTS_FOLDER}responsibility.csv`)!).trimEnd().split('\r\n');
    expect(rows).toHaveLength(catalog.resources.length + 1);
    expect(rows[0]).toContain('"责任单位"');
    expectVerified(await verify(pkg));
  });

  it('an incremental package carries the lists of its whole new version', async () => {
    const verified = await verify(pkg);
    expectVerified(verified);
    const next = nextCatalog(catalog);
    const incremental = await packCatalog({ catalog: next, report: await reportFor(next), signer: signerOf(key), createdAt: CREATED, base: verified, changeNotes: notes() });
    const { entries } = entriesOf(incremental);
    const rows = text(entries.get(`${LISTS_FOLDER}responsibility.csv`)!).trimEnd().split('\r\n');
    expect(rows).toHaveLength(next.resources.length + 1);
    expectVerified(await verify(incremental));
  });

  it('words the lists as the profile does (Jilin: 授权共享条件, 非共享理由)', async () => {
    const jilin = generateCatalog({ resources: 5, seed: 3, clean: true, profile: 'jilin' });
    const engine = new RuleEngine({ profile: 'jilin', divisions: await loadDivisionTable(), today: '2026-11-22' });
    const report = buildReport(jilin, engine.profile, engine.validateCatalog(jilin));
    const packed = await packCatalog({ catalog: jilin, report, signer: signerOf(key), createdAt: CREATED });
    const { entries } = entriesOf(packed);
    expect(text(entries.get(`${LISTS_FOLDER}shared.csv`)!).split('\r\n')[0]).toContain('"授权共享条件"');
    expect(text(entries.get(`${LISTS_FOLDER}negative.csv`)!).split('\r\n')[0]).toContain('"非共享理由"');
    expectVerified(await verify(packed, jilin));
  });

  it('carries the 需求清单 where the catalog holds needs, listed and signed, and refuses it edited', async () => {
    const withNeeds: Catalog = { ...catalog, needs: [validNeed(), validNeed({ id: 'need-0002', resourceName: '社保缴费记录', status: 'unmet', statusReason: '提供部门无此数据' })] };
    const packed = await packCatalog({ catalog: withNeeds, report: await reportFor(withNeeds), signer: signerOf(key), createdAt: CREATED });
    const path = `${LISTS_FOLDER}needs.csv`;
    expect(listPaths(packed)).toContain(path);
    expect(listPaths(pkg)).not.toContain(path);
    const csv = text(entriesOf(packed).entries.get(path)!).trimEnd().split('\r\n');
    expect(csv).toHaveLength(3);
    expect(csv[0]).toContain('"应用场景"');
    expect(csv[2]).toContain('"无法满足"');
    expect(csv[2]).toContain('"提供部门无此数据"');
    expectVerified(await verify(packed, withNeeds));
    const edited = text(entriesOf(packed).entries.get(path)!).replace('提供部门无此数据', '已满足');
    expectFailure(await verify(await forge(packed, key, { files: { [path]: encodeUtf8(edited) } }), withNeeds), 'listsMismatch');
  });

  it('refuses a signed package whose list differs from the catalog', async () => {
    const path = `${LISTS_FOLDER}shared.csv`;
    const edited = text(entriesOf(pkg).entries.get(path)!).replace(catalog.resources[0]!.name!, '改过的名称');
    const result = await verify(await forge(pkg, key, { files: { [path]: encodeUtf8(edited) } }));
    expectFailure(result, 'listsMismatch');
    expect(!result.ok && result.entry).toBe(path);
    expect(!result.ok && FAILURE_STEP[result.reason]).toBe('content');
  });

  it('refuses a signed package that carries some lists but not all, or one the profile does not ask for', async () => {
    const missing = await verify(await forge(pkg, key, { files: { [`${LISTS_FOLDER}negative.csv`]: null } }));
    expectFailure(missing, 'listsMismatch');
    expect(!missing.ok && missing.message.zh).toContain('缺少这个清单');
    const extra = await verify(await forge(pkg, key, { files: { [`${LISTS_FOLDER}extra.csv`]: encodeUtf8('"序号"\r\n') } }));
    expectFailure(extra, 'listsMismatch');
    expect(!extra.ok && extra.entry).toBe(`${LISTS_FOLDER}extra.csv`);
  });

  it('still verifies a package from before lists were carried (no list at all)', async () => {
    const none = Object.fromEntries(listPaths(pkg).map((p) => [p, null]));
    const old = await forge(pkg, key, { files: none });
    expectVerified(await verify(old));
    const dir = mkdtempSync(join(tmpdir(), 'mulu-lists-inspect-'));
    writeFileSync(join(dir, 'old.zip'), old);
    expect((await runMulu('inspect', join(dir, 'old.zip'))).out).toContain('none (packed before packages carried lists)');
  });

  it('mulu inspect names each list the package carries by its title', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mulu-lists-inspect-'));
    writeFileSync(join(dir, 'p.zip'), pkg);
    const { code, out } = await runMulu('inspect', join(dir, 'p.zip'));
    expect(code).toBe(0);
    expect(out).toContain('清单 / lists:');
    expect(out).toContain(`${LISTS_FOLDER}shared.csv  共享目录清单 / Shared list`);
    expect(out).toContain(`${LISTS_FOLDER}negative.csv  负面清单 / Negative list`);
  });

});
