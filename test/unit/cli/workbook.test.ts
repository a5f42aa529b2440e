// mulu import / export / annotate / template and validate on workbooks, as a clerk runs them.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMulu } from '../../harness/cli.ts';
import { describe, expect, it } from 'vitest';
import { parseCatalogText, serializeCatalog } from '../../../core/format/catalog-file.ts';
import { generateCatalog } from '../../../core/sample/generator.ts';
import { withoutBlankParts } from '../core/workbook/workbook-harness.ts';
import { nationalWorkbook } from '../../harness/national-workbook.ts';

const dir = mkdtempSync(join(tmpdir(), 'mulu-wb-'));
const path = (name: string) => join(dir, name);

const run = runMulu;

const catalog = generateCatalog({ resources: 60, seed: 8, profile: 'anhui', mistakeRate: 0.3 });
writeFileSync(path('catalog.json'), serializeCatalog(catalog));

describe('mulu export / import', () => {
  it('exports to xlsx and imports it back into an equal catalog', async () => {
    const exported = await run('export', path('catalog.json'), '--out', path('catalog.xlsx'));
    expect(exported.code).toBe(0);
    expect(exported.err).toContain('已导出 60 条资源');
    const imported = await run('import', path('catalog.xlsx'), '--out', path('back.json'), '--today', '2026-11-22');
    expect(imported.code).toBe(1); // the sample has clerk mistakes: errors found, catalog written anyway
    expect(imported.out).toMatch(/资源!\w+\d+/);
    const back = parseCatalogText(readFileSync(path('back.json'), 'utf8'));
    expect(back.ok && back.catalog).toEqual(withoutBlankParts(catalog));
  });

  it('writes nothing on a dry run and says how to import', async () => {
    await run('export', path('catalog.json'), '--out', path('dry.xlsx'));
    const r = await run('import', path('dry.xlsx'), '--out', path('dry.json'), '--dry-run');
    expect(existsSync(path('dry.json'))).toBe(false);
    expect(r.err).toContain('试导入，未写入任何文件');
  });

  it('leaves an existing catalog untouched when the workbook cannot be imported', async () => {
    writeFileSync(path('keep.json'), 'previous catalog');
    writeFileSync(path('broken.xlsx'), 'this is not a workbook');
    const r = await run('import', path('broken.xlsx'), '--out', path('keep.json'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('无法导入工作簿');
    expect(readFileSync(path('keep.json'), 'utf8')).toBe('previous catalog');
  });

  it('exports CSV with a BOM', async () => {
    const r = await run('export', path('catalog.json'), '--out', path('catalog.csv'));
    expect(r.code).toBe(0);
    expect(readFileSync(path('catalog.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('refuses an output name without .xlsx or .csv', async () => {
    const r = await run('export', path('catalog.json'), '--out', path('catalog.txt'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('扩展名决定格式');
  });
});

describe('mulu import of a national-layout workbook', () => {
  const clean = generateCatalog({ resources: 12, seed: 4, profile: 'national', clean: true });
  writeFileSync(path('national.xlsx'), nationalWorkbook(clean));

  it('takes the provider from --department-name/--department-uscc, with a notice, and names the one sheet once', async () => {
    const { name, uscc } = clean.department;
    const r = await run('import', path('national.xlsx'), '--out', path('national.json'), '--department-name', name, '--department-uscc', uscc, '--format', 'json');
    const report = JSON.parse(r.out) as { findings: { ruleId: string; severity: string; path: string }[] };
    expect(report.findings.filter((f) => f.ruleId === 'R01' || f.ruleId === 'R02' || f.ruleId === 'W06')).toEqual([]);
    expect(report.findings.filter((f) => f.ruleId === 'W10').map((f) => f.severity)).toEqual(['info']);
    expect(r.err).toContain('国家模板一行一信息项格式，工作表「政务数据资源目录」）');
    const back = parseCatalogText(readFileSync(path('national.json'), 'utf8'));
    expect(back.ok && back.catalog.resources.every((x) => x.providerName === name && x.providerCode === uscc)).toBe(true);
  });
});

describe('mulu validate on a workbook', () => {
  it('reports rule findings with their cells and exits 1 on errors', async () => {
    await run('export', path('catalog.json'), '--out', path('v.xlsx'));
    const r = await run('validate', path('v.xlsx'), '--profile', 'anhui', '--today', '2026-11-22', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { findings: { location?: { cell: string } }[] };
    expect(report.findings.filter((f) => f.location?.cell.startsWith('资源!')).length).toBeGreaterThan(5);
  });
});

describe('mulu template and annotate', () => {
  it('writes the template for a profile', async () => {
    const r = await run('template', '--profile', 'jilin', '--out', path('jilin.xlsx'));
    expect(r.code).toBe(0);
    expect(readFileSync(path('jilin.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes an annotated copy and never the original', async () => {
    await run('export', path('catalog.json'), '--out', path('a.xlsx'));
    const before = readFileSync(path('a.xlsx'));
    const same = await run('annotate', path('a.xlsx'), '--out', path('a.xlsx'));
    expect(same.code).toBe(2);
    const r = await run('annotate', path('a.xlsx'), '--out', path('a-marked.xlsx'), '--today', '2026-11-22');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/已在 .* 中标出 \d+ 处问题/);
    expect(readFileSync(path('a.xlsx'))).toEqual(before);
    expect(existsSync(path('a-marked.xlsx'))).toBe(true);
  });
});
