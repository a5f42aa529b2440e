// The national template as one department fills it in (catalog-standard.md §1.4): 细目分类1 and 细目分类1.1, no
// provider columns. Imported with the workspace's department, it must give the findings its content deserves and
// no others: the same catalog, cut down to what the template carries, validated directly, is the measure.
import { describe, expect, it } from 'vitest';
import { loadDivisionTable } from '../../../../core/codes/division.ts';
import type { Catalog, Resource } from '../../../../core/model/catalog.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import type { Finding } from '../../../../core/rules/types.ts';
import { generateCatalog } from '../../../../core/sample/generator.ts';
import { checkWorkbook } from '../../../../core/workbook/check-workbook.ts';
import { TODAY } from '../../../harness/catalog-builders.ts';
import { nationalWorkbook } from '../../../harness/national-workbook.ts';
import { buildWorkbook } from './workbook-harness.ts';

/** The resource fields the national layout has a column for (plus the provider, which the department supplies). */
const NATIONAL_FIELDS: (keyof Resource)[] = [
  'id', 'classification', 'relatedMatters', 'name', 'code', 'providerInnerDept', 'abstract', 'formatCategory', 'formatType', 'formatOtherDesc',
  'items', 'shareType', 'shareCondition', 'shareMethodCategory', 'shareMethodType', 'openType', 'openCondition', 'updateCycle', 'publishDate',
];

function asTheTemplateCarriesIt(catalog: Catalog): Catalog {
  const resources = catalog.resources.map((r) => {
    const kept = Object.fromEntries(NATIONAL_FIELDS.filter((f) => r[f] !== undefined).map((f) => [f, r[f]])) as unknown as Resource;
    return { ...kept, items: r.items.map((i) => ({ name: i.name, ...(i.dataType ? { dataType: i.dataType } : {}), ...(i.length !== undefined ? { length: i.length } : {}) })), providerName: catalog.department.name, providerCode: catalog.department.uscc };
  });
  return { ...catalog, resources };
}

const key = (f: Finding) => `${f.ruleId} ${f.path}`;
const ruleFindings = (findings: Finding[]) => findings.filter((f) => f.ruleId.startsWith('R')).map(key).sort();

describe('a national-layout workbook filled in by one department', () => {
  const catalog = generateCatalog({ resources: 60, seed: 19, profile: 'sixian', clean: true });
  const bytes = nationalWorkbook(catalog);

  it('reads both 细目 levels and takes the provider from the department: the rule findings are exactly those of its content', async () => {
    const divisions = await loadDivisionTable();
    const checked = await checkWorkbook(bytes, { profile: 'sixian', department: catalog.department, divisions, today: TODAY });
    if (!checked.ok) throw new Error(checked.message.zh);
    const expected = new RuleEngine({ profile: loadProfile('sixian'), divisions, today: TODAY }).validateCatalog(asTheTemplateCarriesIt(catalog));
    expect(ruleFindings(checked.findings)).toEqual(ruleFindings(expected));
    expect(checked.findings.some((f) => f.ruleId === 'R02')).toBe(false);
    expect(checked.imported.catalog.resources.map((r) => r.classification)).toEqual(catalog.resources.map((r) => r.classification));
    const notice = checked.findings.find((f) => f.ruleId === 'W10');
    expect(notice?.severity).toBe('info');
    expect(notice?.message.zh).toContain(`60 条资源的提供方和提供方代码已按本部门填写为「${catalog.department.name}」`);
    expect(checked.findings.filter((f) => f.ruleId === 'W06')).toEqual([]);
  });

  it('without a department the missing provider columns stay what they are: a W06 each and R01 per resource', async () => {
    const checked = await checkWorkbook(bytes, { profile: 'sixian', today: TODAY });
    if (!checked.ok) throw new Error(checked.message.zh);
    expect(checked.findings.filter((f) => f.ruleId === 'W06').length).toBe(2);
    expect(checked.findings.filter((f) => f.ruleId === 'R01' && f.path.endsWith('.providerName')).length).toBe(60);
    expect(checked.findings.some((f) => f.ruleId === 'W10')).toBe(false);
  });
});

describe('classification columns missing', () => {
  const header = ['信息资源名称', '信息资源代码', '信息资源摘要', '共享类型', '信息项名称', '数据类型'];
  const rows = [
    ['企业登记信息', '3070010308/000001', '企业登记', '无条件共享', '企业名称', '字符型C'],
    ['行政处罚信息', '307001/000002', '行政处罚', '无条件共享', '当事人', '字符型C'],
    ['代码写错的资源', '30700X/000003', '代码写错', '无条件共享', '当事人', '字符型C'],
  ];

  it('derives 类/项/目/细目 from the resource code, with one notice rather than an error per row', async () => {
    const checked = await checkWorkbook(buildWorkbook([{ name: '目录', rows: [header, ...rows] }]), { profile: 'national', today: TODAY });
    if (!checked.ok) throw new Error(checked.message.zh);
    expect(checked.imported.catalog.resources.map((r) => r.classification)).toEqual([
      { class: '3', item: '07', catalog: '001', subCatalogs: ['03', '08'] },
      { class: '3', item: '07', catalog: '001' },
      undefined,
    ]);
    const notices = checked.findings.filter((f) => f.ruleId === 'W10');
    expect(notices.map((f) => [f.severity, f.message.zh])).toEqual([['info', '工作表「目录」没有资源分类（类/项/目）列，已从信息资源代码推定 2 条资源的分类（目录!1）。']]);
    expect(checked.findings.filter((f) => f.ruleId === 'R02' && f.resourceIndex !== 2)).toEqual([]);
  });

  it('with 类/项/目 but no 细目 column, takes only the 细目 from the code where the rest agrees', async () => {
    const withParts = [['类', '项', '目', ...header], ['3', '07', '001', ...rows[0]!], ['3', '07', '002', ...rows[0]!.map((v) => v.replace('企业登记', '另一'))]];
    const checked = await checkWorkbook(buildWorkbook([{ name: '目录', rows: withParts }]), { profile: 'national', today: TODAY });
    if (!checked.ok) throw new Error(checked.message.zh);
    expect(checked.imported.catalog.resources.map((r) => r.classification)).toEqual([
      { class: '3', item: '07', catalog: '001', subCatalogs: ['03', '08'] },
      { class: '3', item: '07', catalog: '002' },
    ]);
    expect(checked.findings.find((f) => f.ruleId === 'W10')?.message.zh).toContain('推定 1 条资源的细目');
    // The second row's code contradicts its 目: that stays the finding it is.
    expect(new Set(checked.findings.filter((f) => f.ruleId === 'R02').map((f) => f.resourceIndex))).toEqual(new Set([1]));
  });

  it('pads a 细目 typed as a number back to two digits', async () => {
    const numeric = [['类', '项', '目', '细目分类1', '细目分类1.1', ...header], [3, 7, 1, 3, 8, ...rows[0]!]];
    const checked = await checkWorkbook(buildWorkbook([{ name: '目录', rows: numeric }]), { profile: 'national', today: TODAY });
    if (!checked.ok) throw new Error(checked.message.zh);
    expect(checked.imported.catalog.resources[0]!.classification).toEqual({ class: '3', item: '07', catalog: '001', subCatalogs: ['03', '08'] });
    expect(checked.findings.filter((f) => f.ruleId === 'W02' || f.ruleId === 'R02')).toEqual([]);
  });
});
