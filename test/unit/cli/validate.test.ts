// The CLI as a user meets it: exit codes, messages that name the file and position, both languages.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMulu } from '../../harness/cli.ts';
import { describe, expect, it } from 'vitest';
import { serializeCatalog } from '../../../core/format/catalog-file.ts';
import { generateCatalog } from '../../../core/sample/generator.ts';
import type { Catalog } from '../../../core/model/catalog.ts';

const dir = mkdtempSync(join(tmpdir(), 'mulu-cli-'));

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const run = runMulu;

const clean = file('clean.json', serializeCatalog(generateCatalog({ resources: 40, seed: 3, clean: true })));
const faulty = file('faulty.json', serializeCatalog(generateCatalog({ resources: 400, seed: 3 })));

describe('mulu validate', () => {
  it('exits 0 on a catalog without errors', async () => {
    const r = await run('validate', clean, '--today', '2026-11-22');
    expect(r.code).toBe(0);
    expect(r.out).toContain('错误 0');
  });

  it('exits 1 and prints cited findings grouped by resource', async () => {
    const r = await run('validate', faulty, '--profile', 'anhui', '--today', '2026-11-22');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/第 \d+ 条 \[\d+\/\d{6}\]/);
    expect(r.out).toContain('修改：');
    expect(r.out).toContain('依据：');
    expect(r.out).toContain('《安徽省政务数据资源管理办法》');
  });

  it('prints English with --lang en', async () => {
    const r = await run('validate', faulty, '--lang', 'en', '--today', '2026-11-22');
    expect(r.out).toContain('Fix: ');
    expect(r.out).not.toContain('修改：');
  });

  it('prints a stable JSON report', async () => {
    const r = await run('validate', faulty, '--format', 'json', '--profile', 'jilin', '--today', '2026-11-22');
    const report = JSON.parse(r.out);
    expect(report.format).toBe('mulu.validation-report');
    expect(report.profile.id).toBe('jilin');
    expect(report.counts.total).toBe(report.findings.length);
    expect(report.counts.error).toBeGreaterThan(0);
    const f = report.findings[0];
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['ruleId', 'severity', 'path', 'message', 'hint', 'citations']));
    expect(f.path).toMatch(/^resources\[\d+\]/);
  });

  it.each([
    ['a missing file', ['validate', join(dir, 'nope.json')], '找不到文件'],
    ['not JSON', ['validate', file('bad.json', '{\n "format": "mulu.catalog",\n oops\n}')], '第 3 行'],
    ['another format', ['validate', file('other.json', '{"format":"x"}')], '不是 Mulu 目录文件'],
    ['a newer version', ['validate', file('v9.json', '{"format":"mulu.catalog","version":9}')], '版本 9 不受支持'],
    ['a structural problem', ['validate', file('struct.json', JSON.stringify({ format: 'mulu.catalog', version: 1, profile: 'anhui', department: { name: 'x', uscc: '', divisionCode: '' }, resources: [{ id: 'a', items: [{ name: 'n', dataType: 'Z' }] }] }))], 'resources[0].items[0].dataType'],
    ['an unknown profile', ['validate', clean, '--profile', 'mars'], '未知的规则配置「mars」'],
    ['a bad option', ['validate', clean, '--frobnicate'], '参数有误'],
    ['no file argument', ['validate'], '用法'],
  ])('exits 2 with a clear message on %s', async (_what, argv, expected) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(expected);
    expect(r.out).toBe('');
  });
});

describe('mulu sample', () => {
  it('writes a catalog that validates cleanly with --clean', async () => {
    const out = join(dir, 'gen.json');
    const g = await run('sample', '--resources', '30', '--seed', '5', '--clean', '--out', out);
    expect(g.code).toBe(0);
    expect(g.err).toContain('资源 30 条');
    const v = await run('validate', out, '--today', '2026-11-22');
    expect(v.code).toBe(0);
  });

  it('takes the department like template and keygen do, and codes the resources in its county', async () => {
    const out = join(dir, 'gen-dept.json');
    const uscc = generateCatalog({ resources: 1, seed: 1, department: { divisionCode: '341323' } }).department.uscc;
    const g = await run('sample', '--resources', '20', '--seed', '5', '--clean', '--department-name', '灵璧县数据资源管理局', '--department-uscc', uscc, '--division', '341323', '--department-number', '030', '--out', out);
    expect(g.code, g.err).toBe(0);
    const catalog = JSON.parse(readFileSync(out, 'utf8')) as Catalog;
    expect(catalog.department).toMatchObject({ name: '灵璧县数据资源管理局', uscc, divisionCode: '341323', number: '030' });
    expect(catalog.resources.every((r) => r.code!.startsWith('307034341323') || r.code!.startsWith('1010013413') || r.code!.startsWith('1020013413'))).toBe(true);
    expect(catalog.resources[0]!.providerName).toMatch(/^灵璧县/);
  });

  it('refuses a department number of the wrong width, saying which option', async () => {
    const r = await run('sample', '--department-number', '7');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--department-number 应为 3 位数字');
  });

  it('prints its usage for --help and writes no catalog', async () => {
    const out = join(dir, 'help.json');
    const r = await run('sample', '--help', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('用法：mulu sample');
    expect(r.out).not.toContain('"resources"');
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a negative size', async () => {
    const r = await run('sample', '--resources', '-3');
    expect(r.code).toBe(2);
    expect(r.err).toContain('--resources');
  });
});
