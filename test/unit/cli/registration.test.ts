// mulu registration: the registration form from a catalog file, its help, and its refusals.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeCatalog } from '../../../core/format/catalog-file.ts';
import { openWorkbook } from '../../../core/xlsx/xlsx-reader.ts';
import { nthResource, validCatalog } from '../../harness/catalog-builders.ts';
import { runMulu } from '../../harness/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'mulu-reg-'));
const path = (name: string) => join(dir, name);

writeFileSync(
  path('catalog.json'),
  serializeCatalog(validCatalog({ resources: [nthResource(0, { authorizedOperation: true }), nthResource(1), nthResource(2, { authorizedOperation: true })] })),
);
writeFileSync(path('none.json'), serializeCatalog(validCatalog()));

async function dataRows(file: string): Promise<number> {
  const opened = await openWorkbook(new Uint8Array(readFileSync(file)));
  if (!opened.ok) throw new Error('not a workbook');
  let rows = 0;
  await opened.workbook.readSheet(opened.workbook.sheets[0]!, () => void rows++);
  return rows - 3; // title, basis, headers
}

describe('mulu registration', () => {
  it('writes the form for the resources in the scope of authorised operation', async () => {
    const r = await runMulu('registration', path('catalog.json'), '--out', path('登记表.xlsx'));
    expect(r.code).toBe(0);
    expect(r.err).toContain('已写出公共数据资源登记表');
    expect(r.err).toContain('2 条资源');
    expect(await dataRows(path('登记表.xlsx'))).toBe(2);
  });

  it('lists every registrable resource with --all', async () => {
    const r = await runMulu('registration', path('catalog.json'), '--out', path('all.xlsx'), '--all', '--profile', 'jilin');
    expect(r.code).toBe(0);
    expect(await dataRows(path('all.xlsx'))).toBe(3);
  });

  it('says so when nothing is in scope, and still writes the empty form', async () => {
    const r = await runMulu('registration', path('none.json'), '--out', path('empty.xlsx'));
    expect(r.code).toBe(0);
    expect(r.err).toContain('没有纳入授权运营范围的资源');
    expect(await dataRows(path('empty.xlsx'))).toBe(0);
  });

  it('prints its usage with --help and is listed in the command overview', async () => {
    const help = await runMulu('registration', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('mulu registration <目录文件.json> --out <登记表.xlsx>');
    expect((await runMulu('--help')).err).toContain('registration');
  });

  it('refuses bad input with exit code 2 and a Chinese message saying what is wrong', async () => {
    const noOut = await runMulu('registration', path('catalog.json'));
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('用法：mulu registration');
    const csv = await runMulu('registration', path('catalog.json'), '--out', path('x.csv'));
    expect(csv.code).toBe(2);
    expect(csv.err).toContain('--out 须为 .xlsx 文件');
    const missing = await runMulu('registration', path('missing.json'), '--out', path('m.xlsx'));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('找不到文件');
    expect(existsSync(path('m.xlsx'))).toBe(false);
    const profile = await runMulu('registration', path('catalog.json'), '--out', path('p.xlsx'), '--profile', 'beijing');
    expect(profile.code).toBe(2);
    expect(profile.err).toContain('未知的规则配置「beijing」');
  });
});
