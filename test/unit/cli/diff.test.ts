// `mulu diff` as a user meets it: packages and catalog files on either side, text in both languages and JSON, and
// the exit codes (0 same, 1 different, 2 unusable input).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMulu } from '../../harness/cli.ts';
import { generateKeyPair } from '../../../core/crypto/signature.ts';
import { serializeCatalog } from '../../../core/format/catalog-file.ts';
import type { Catalog } from '../../../core/model/catalog.ts';
import { packCatalog } from '../../../core/package/pack.ts';
import { writeContainer } from '../../../core/zip/writer.ts';
import { baseCatalog, CREATED, nextCatalog, reportFor, signerOf } from '../core/package/package-fixtures.ts';

let dir = '';
let v1: Catalog;
const path = (name: string) => join(dir, name);

const run = runMulu;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mulu-diff-cli-'));
  v1 = baseCatalog();
  const v2 = nextCatalog(v1);
  writeFileSync(path('v1.json'), serializeCatalog(v1));
  writeFileSync(path('v2.json'), serializeCatalog(v2));
  const key = generateKeyPair('Ed25519');
  writeFileSync(path('v1.zip'), await packCatalog({ catalog: v1, report: await reportFor(v1), signer: signerOf(key), createdAt: CREATED }));
  writeFileSync(path('v2.zip'), await packCatalog({ catalog: v2, report: await reportFor(v2), signer: signerOf(key), createdAt: CREATED }));
  const twice = structuredClone(v1);
  twice.resources[1]!.code = twice.resources[0]!.code;
  writeFileSync(path('twice.json'), serializeCatalog(twice));
  writeFileSync(path('other.zip'), writeContainer([{ path: 'a.txt', data: new Uint8Array([1]) }], 'application/zip'));
});

describe('mulu diff', () => {
  it('two packages that differ: exit 1, changes grouped by kind in Chinese, with fields and item counts', async () => {
    const r = await run('diff', path('v1.zip'), path('v2.zip'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('新增 1 条 · 变更 2 条 · 撤销 1 条 · 未变 3 条');
    expect(r.out).toContain('新增（1）');
    expect(r.out).toContain(`- ${v1.resources[5]!.code}  ${v1.resources[5]!.name}`);
    expect(r.out).toContain('字段：items（信息项：新增 1，删除 0，修改 1）');
    expect(r.out).toContain('未验证签名');
    expect(r.out).toContain('两份目录不同。');
  });

  it('--lang en, and --format json with every change', async () => {
    const en = await run('diff', path('v1.zip'), path('v2.json'), '--lang', 'en');
    expect(en.out).toContain('1 added · 2 changed · 1 withdrawn · 3 unchanged');
    expect(en.out).toContain('catalog file, version 2');
    const json = await run('diff', path('v1.json'), path('v2.zip'), '--format', 'json');
    expect(json.code).toBe(1);
    const body = JSON.parse(json.out);
    expect(body).toMatchObject({ differ: true, old: { kind: 'catalog', catalogVersion: 1 }, new: { kind: 'package', catalogVersion: 2 }, unchanged: 3 });
    expect(body.changes.map((c: { kind: string }) => c.kind).sort()).toEqual(['added', 'changed', 'changed', 'withdrawn']);
  });

  it('a package and the catalog it holds: exit 0', async () => {
    const r = await run('diff', path('v1.zip'), path('v1.json'));
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('新增 0 条 · 变更 0 条 · 撤销 0 条');
  });

  it('unusable input is exit 2: a missing file, a zip that is not a package, repeated codes, bad options', async () => {
    expect((await run('diff', path('v1.zip'), path('missing.zip'))).code).toBe(2);
    const other = await run('diff', path('other.zip'), path('v1.zip'));
    expect(other.code).toBe(2);
    expect(other.err).toContain('无法读取目录包');
    const twice = await run('diff', path('v1.json'), path('twice.json'));
    expect(twice.code).toBe(2);
    expect(twice.err).toContain(v1.resources[0]!.code);
    expect((await run('diff', path('v1.zip'))).code).toBe(2);
    expect((await run('diff', path('v1.zip'), path('v2.zip'), '--format', 'xml')).code).toBe(2);
    expect((await run('diff', path('v1.zip'), path('v2.zip'), '--lang', 'fr')).code).toBe(2);
  });
});
