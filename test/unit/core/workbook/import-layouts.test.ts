// Importing the workbooks clerks actually have: the national one-row-per-item layout with merged resource cells
// and a title row, the two-sheet layout under other sheet names with reordered, re-spelled headers, and the
// mistakes in cells that must come back as findings with their cell.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../../core/rules/types.ts';
import { checkWorkbook } from '../../../../core/workbook/check-workbook.ts';
import { importWorkbook, type ImportResult } from '../../../../core/workbook/import-workbook.ts';
import { TODAY } from '../../../harness/catalog-builders.ts';
import { buildWorkbook } from './workbook-harness.ts';

const PROVIDER = '泗县市场监督管理局';
const USCC = '11341324MB1234567X';

function ok(result: ImportResult) {
  if (!result.ok) throw new Error(`import failed: ${result.reason} ${result.message.zh}`);
  return result;
}
const byRule = (findings: Finding[], id: string) => findings.filter((f) => f.ruleId === id);

describe('national one-row-per-item layout', () => {
  const header = ['序号', '信息资源名称（必填）', '信息资源代码', '信息资源提供方', '共享类型', '发布日期', '信息项名称', '数据类型', '数据长度', '备注'];
  const bytes = buildWorkbook([
    {
      name: '数据资源目录',
      merges: ['A1:J1'],
      rows: [
        ['泗县政务数据资源目录（2026年）'],
        header,
        [1, '企业登记信息', '307001/000001', PROVIDER, '无条件共享', { date: '2024-03-01' }, '企业名称', '字符型C', 50, '无'],
        [undefined, undefined, undefined, undefined, undefined, undefined, '统一社会信用代码', '字符型', 18],
        [2, '行政处罚信息', '307001/000002', PROVIDER, '有条件共享', { date: '2024-05-01' }, '当事人', 'C', 20],
        [2, '行政处罚信息', '307001/000002', PROVIDER, '无条件共享', { date: '2024-05-01' }, '处罚决定书文号', '字符型C', 40],
      ],
    },
  ]);

  it('groups item rows under their resource, whether the resource cells are merged (blank) or repeated', async () => {
    const r = ok(await importWorkbook(bytes));
    expect(r.stats.layout).toBe('national');
    expect(r.catalog.resources.map((x) => [x.name, x.code, x.items.map((i) => i.name)])).toEqual([
      ['企业登记信息', '307001/000001', ['企业名称', '统一社会信用代码']],
      ['行政处罚信息', '307001/000002', ['当事人', '处罚决定书文号']],
    ]);
    expect(r.catalog.resources[0]!.items.map((i) => [i.dataType, i.length])).toEqual([
      ['C', 50],
      ['C', 18],
    ]);
    expect(r.catalog.resources[0]!.publishDate).toBe('2024-03-01');
    expect(r.catalog.resources[1]!.shareType).toBe('conditional');
  });

  it('reports a repeated row that disagrees with the resource first row, at its cell', async () => {
    const r = ok(await importWorkbook(bytes));
    const [conflict] = byRule(r.findings, 'W05');
    expect(conflict?.location?.cell).toBe('数据资源目录!E6');
    expect(conflict?.message.zh).toContain('第 5 行与第 6 行的「共享类型」不一致');
    expect(conflict?.resourceIndex).toBe(1);
  });

  it('notes the column it does not know and the template columns that are missing', async () => {
    const r = ok(await importWorkbook(bytes));
    expect(byRule(r.findings, 'W02').map((f) => f.location?.cell)).toEqual(['数据资源目录!J2']);
    const missing = byRule(r.findings, 'W06').map((f) => f.message.zh);
    expect(missing.some((m) => m.includes('「提供方代码」'))).toBe(true);
    expect(missing.some((m) => m.includes('「共享类型」'))).toBe(false);
  });
});

describe('two-sheet layout found by content', () => {
  const resources = [
    ['说明：请按模板填写'],
    ['信息资源\n名称', '资源分类（类）', '资源分类（项）', '资源分类（目）', '信息资源代码 *', '提供方 代码', '共享类型', '开放类型（必填）', '更新周期', '是否涉密'],
    ['企业登记信息', 3, 7, 1, '307001/000001', USCC, '无条件共享', '无条件开放', '每月', '否'],
    ['行政处罚信息', '3', '07', '001', '307001/000002', 913413241234567000, '部分共享', '不予开放', '每年', '不知道'],
    ['被隐藏的资源', '3', '07', '001', '307001/000003', USCC, '不予共享', '不予开放', '每年', '否'],
  ];
  const items = [
    ['数据类型', '信息项名称', '资源代码', '长度'],
    ['字符型C', '企业名称', '307001/000001', 50],
    ['字符型C', '当事人', '307001/000002', 'abc'],
    ['C', '孤儿信息项', '307001/999999', 10],
    ['C', '无代码信息项', undefined, 10],
  ];
  const bytes = buildWorkbook([
    { name: 'Sheet2', rows: items },
    { name: 'Sheet1', rows: resources, hiddenRows: [5] },
  ]);

  it('finds both sheets by their headers, whatever they are called and in whatever order', async () => {
    const r = ok(await importWorkbook(bytes));
    expect(r.stats).toMatchObject({ layout: 'template', sheets: { resources: 'Sheet1', items: 'Sheet2' }, resources: 3, items: 2 });
    expect(r.catalog.resources[0]!.items).toEqual([{ name: '企业名称', dataType: 'C', length: 50 }]);
  });

  it('pads fixed-width codes that were typed as numbers', async () => {
    const r = ok(await importWorkbook(bytes));
    expect(r.catalog.resources[0]!.classification).toEqual({ class: '3', item: '07', catalog: '001' });
  });

  it('reports every unreadable cell with its address and drops only that value', async () => {
    const r = ok(await importWorkbook(bytes));
    const w01 = byRule(r.findings, 'W01').map((f) => [f.location?.cell, f.path]);
    expect(w01).toEqual(
      expect.arrayContaining([
        ['Sheet1!F4', 'resources[1].providerCode'],
        ['Sheet1!G4', 'resources[1].shareType'],
        ['Sheet1!J4', 'resources[1].secret'],
        ['Sheet2!D3', 'resources[1].items[0].length'],
      ]),
    );
    expect(w01).toHaveLength(4);
    expect(r.catalog.resources[1]!.shareType).toBeUndefined();
    expect(r.catalog.resources[1]!.name).toBe('行政处罚信息');
    const precision = byRule(r.findings, 'W01').find((f) => f.path.endsWith('providerCode'))!;
    expect(precision.message.zh).toContain('15 位');
    expect(precision.hint.zh).toContain('文本');
  });

  it('reports items whose resource code is unknown or missing, and hidden rows', async () => {
    const r = ok(await importWorkbook(bytes));
    expect(byRule(r.findings, 'W04').map((f) => [f.location?.cell, f.message.zh.includes('307001/999999') || f.message.zh.includes('没有填写')])).toEqual([
      ['Sheet2!C4', true],
      ['Sheet2!C5', true],
    ]);
    expect(byRule(r.findings, 'W03')[0]?.message.zh).toContain('1 行被隐藏（第 5 行');
    expect(r.catalog.resources[2]!.name).toBe('被隐藏的资源');
  });

  it('places the rule findings on their cells too, in one report', async () => {
    const checked = await checkWorkbook(bytes, { profile: 'anhui', today: TODAY });
    if (!checked.ok) throw new Error(checked.message.zh);
    const r01 = checked.report.findings.filter((f) => f.ruleId === 'R01' && f.resourceIndex === 0);
    // 信息资源名称 is there; 摘要 has no column, so the finding names the row only.
    const abstract = r01.find((f) => f.path === 'resources[0].abstract');
    expect(abstract?.location?.cell).toBe('Sheet1!3');
    const shareType = checked.report.findings.find((f) => f.ruleId === 'R01' && f.path === 'resources[1].shareType');
    expect(shareType?.location?.cell).toBe('Sheet1!G4');
    expect(checked.report.findings.some((f) => f.ruleId === 'W01')).toBe(true);
  });
});

describe('workbooks that cannot be imported', () => {
  it('names the missing sheet when there is no resources sheet', async () => {
    const r = await importWorkbook(buildWorkbook([{ name: '汇总', rows: [['年度', '数量'], [2026, 3]] }]));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('noResourceSheet');
      expect(r.message.zh).toContain('信息资源名称');
    }
  });

  it('refuses a resources sheet without its items sheet', async () => {
    const r = await importWorkbook(buildWorkbook([{ name: '资源', rows: [['信息资源名称', '信息资源代码', '共享类型', '开放类型'], ['甲', '307001/000001', '无条件共享', '无条件开放']] }]));
    expect(r.ok ? 'ok' : r.reason).toBe('noItemSheet');
  });

  it('names the key column a two-sheet workbook lacks', async () => {
    const r = await importWorkbook(
      buildWorkbook([
        { name: '资源', rows: [['信息资源名称', '共享类型', '开放类型', '更新周期'], ['甲', '无条件共享', '无条件开放', '每月']] },
        { name: '信息项', rows: [['信息资源代码', '信息项名称'], ['307001/000001', '名称']] },
      ]),
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('missingColumns');
      expect(r.message.zh).toContain('「信息资源代码」');
      expect(r.sheet).toBe('资源');
    }
  });
});
