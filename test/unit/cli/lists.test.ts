// mulu lists: the lists a profile asks for, as one workbook or one CSV per list, with counts that match the catalog
// and `mulu validate --format json`.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeCatalog } from '../../../core/format/catalog-file.ts';
import type { ValidationReport } from '../../../core/report/validation-report.ts';
import { generateCatalog } from '../../../core/sample/generator.ts';
import { runMulu as run } from '../../harness/cli.ts';
import { validNeed } from '../../harness/catalog-builders.ts';
import { openWorkbook } from '../../../core/xlsx/xlsx-reader.ts';

const dir = mkdtempSync(join(tmpdir(), 'mulu-lists-'));
const path = (name: string) => join(dir, name);

const catalog = generateCatalog({ resources: 80, seed: 13, profile: 'jilin' });
// Some of the department's data came to it through sharing: Jilin leaves it off the shared and open lists.
for (const r of catalog.resources.slice(0, 7)) r.acquisition = 'sharedIn';
writeFileSync(path('catalog.json'), serializeCatalog(catalog));

/** Data lines of a CSV list (after the header), as arrays of fields. */
function csvRows(file: string): string[][] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/u, '');
  return text
    .split('\r\n')
    .slice(1, -1)
    .map((l) => l.slice(1, -1).split('","'));
}

describe('mulu lists', () => {
  it('writes one CSV per list whose counts match the catalog and mulu validate --format json', async () => {
    const validated = await run('validate', path('catalog.json'), '--format', 'json');
    const report = JSON.parse(validated.out) as ValidationReport;
    const r = await run('lists', path('catalog.json'), '--out', path('lists.csv'));
    expect(r.code).toBe(0);
    for (const id of ['shared', 'open', 'negative', 'responsibility', 'supplementary']) expect(existsSync(path(`lists.${id}.csv`))).toBe(true);

    const responsibility = csvRows(path('lists.responsibility.csv'));
    expect(responsibility).toHaveLength(report.catalog.resources);
    const itemCount = (rows: string[][], column: number) => rows.reduce((n, row) => n + Number(row[column]), 0);
    expect(itemCount(responsibility, 11)).toBe(report.catalog.items);
    expect(new Set(responsibility.map((row) => row[1])).size).toBe(new Set(catalog.resources.map((x) => x.code)).size);

    const shared = csvRows(path('lists.shared.csv'));
    const withheld = catalog.resources.filter((x) => x.shareType === 'none').length;
    const unset = catalog.resources.filter((x) => x.shareType === undefined).length;
    const excluded = catalog.resources.filter((x) => x.shareType !== 'none' && x.shareType !== undefined && x.acquisition === 'sharedIn').length;
    expect(excluded).toBeGreaterThan(0);
    expect(shared.length + withheld + unset + excluded).toBe(report.catalog.resources);
    expect(r.err).toContain(`目录共 ${report.catalog.resources} 条资源、${report.catalog.items} 个信息项`);
    expect(r.err).toContain(`共享目录清单：${shared.length} 行，${shared.length} 条资源`);
    expect(r.err).toContain(`按获取方式不列入 ${excluded}（《吉林省公共数据和一网通办管理办法(试行)》第二十四条）`);
    expect(r.err).toContain(`责任清单：${report.catalog.resources} 行，${report.catalog.resources} 条资源，${report.catalog.items} 个信息项`);
  });

  it('writes one workbook by default, under another profile when asked', async () => {
    const r = await run('lists', path('catalog.json'), '--out', path('lists.xlsx'), '--profile', 'national');
    expect(r.code).toBe(0);
    expect(readFileSync(path('lists.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(r.err).toContain('开放目录清单：');
    expect(r.err).toContain('按获取方式不列入 0');
  });

  it('writes an empty catalog’s lists with their headers and a line saying each is empty', async () => {
    writeFileSync(path('empty.json'), serializeCatalog({ ...catalog, resources: [], codeSequences: {} }));
    expect((await run('lists', path('empty.json'), '--out', path('empty.csv'), '--format', 'csv')).code).toBe(0);
    expect(csvRows(path('empty.negative.csv'))).toEqual([['（本清单为空：目录中没有不予共享或不予开放的资源和信息项）']]);
    expect(csvRows(path('empty.responsibility.csv'))).toEqual([['（本清单为空：目录中没有资源）']]);
  });

  it('writes the 需求清单 where the catalog holds needs, and only there', async () => {
    const needs = [validNeed(), validNeed({ id: 'need-0002', resourceName: '社保缴费记录', status: 'unmet', statusReason: '提供部门无此数据' })];
    writeFileSync(path('needs.json'), serializeCatalog({ ...catalog, needs }));
    const csv = await run('lists', path('needs.json'), '--out', path('needs.csv'));
    expect(csv.code).toBe(0);
    const rows = csvRows(path('needs.needs.csv'));
    expect(rows.map((row) => row[2])).toEqual(['不动产登记信息', '社保缴费记录']);
    expect(rows[1]).toContain('无法满足');
    expect(csv.err).toContain('需求清单：2 项需求');
    expect(existsSync(path('lists.needs.csv'))).toBe(false);
    expect((await run('lists', path('needs.json'), '--out', path('needs.xlsx'))).code).toBe(0);
    const opened = await openWorkbook(readFileSync(path('needs.xlsx')));
    expect(opened.ok && opened.workbook.sheets.map((sheet) => sheet.name)).toEqual(['共享目录清单', '开放清单', '负面清单', '责任清单', '补充目录', '需求清单']);
  });

  it('carries the 需求清单 through mulu export and mulu import, its rule in the import’s report', async () => {
    const needs = [validNeed(), validNeed({ id: 'need-0002', resourceName: '社保缴费记录', status: 'unmet', statusReason: undefined })];
    writeFileSync(path('with-needs.json'), serializeCatalog({ ...catalog, needs }));
    expect((await run('export', path('with-needs.json'), '--out', path('with-needs.xlsx'))).code).toBe(0);
    const imported = await run('import', path('with-needs.xlsx'), '--out', path('back.json'), '--format', 'json');
    expect(imported.err).toContain('数据需求 2 项（工作表「需求清单」）');
    const report = JSON.parse(imported.out) as ValidationReport;
    expect(report.findings.filter((f) => f.ruleId === 'R45').map((f) => f.path)).toEqual(['needs[1].statusReason']);
    expect((JSON.parse(readFileSync(path('back.json'), 'utf8')) as { needs: unknown }).needs).toEqual(needs);
  });

  it('refuses a format or an output name it cannot write, before writing anything', async () => {
    const wrongFormat = await run('lists', path('catalog.json'), '--out', path('x.xlsx'), '--format', 'pdf');
    expect(wrongFormat.code).toBe(2);
    expect(wrongFormat.err).toContain('--format 只能是 xlsx 或 csv');
    const mismatch = await run('lists', path('catalog.json'), '--out', path('x.xlsx'), '--format', 'csv');
    expect(mismatch.code).toBe(2);
    expect(mismatch.err).toContain('--out 须以 .csv 结尾');
    expect((await run('lists', path('catalog.json'))).code).toBe(2);
    expect(existsSync(path('x.xlsx'))).toBe(false);
  });

  it('is listed in mulu --help', async () => {
    expect((await run('--help')).err).toContain('lists ');
  });
});
