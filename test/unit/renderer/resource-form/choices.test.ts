import { describe, expect, it } from 'vitest';
import { ClassificationTree } from '../../../../core/codes/classification.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { formatTypesOf } from '../../../../core/rules/checks/format.ts';
import { RuleEngine } from '../../../../core/rules/engine.ts';
import {
  classificationFromPath,
  classificationOptions,
  defaultClassification,
  departmentTree,
  classificationPath,
  codeMatchesClassification,
  nextResourceCode,
} from '../../../../renderer/resource-form/classification-choice.ts';
import { formatTypeChoices, formatTypeIn, isDescribedFormat, withFormatCategory } from '../../../../renderer/resource-form/format-choices.ts';
import { shareMethodTypeFits, shareMethodTypesOf } from '../../../../renderer/resource-form/share-method-choices.ts';

const engine = new RuleEngine({ profile: 'sixian', today: '2025-01-01' });
const r07 = (formatCategory: Parameters<typeof formatTypesOf>[0], formatType?: string, formatOtherDesc?: string) =>
  engine.validateResource({ id: 'x', items: [], formatCategory, formatType, formatOtherDesc }).filter((f) => f.ruleId === 'R07');

describe('格式分类 → 格式类型', () => {
  it('offers exactly the pairs R07 accepts', () => {
    for (const type of formatTypeChoices('spreadsheet')) expect(r07('spreadsheet', type)).toEqual([]);
    expect(formatTypeChoices('spreadsheet')).toEqual(['et', 'xls', 'xlsx', 'csv']);
    expect(r07('spreadsheet', 'pdf')).toHaveLength(1);
  });

  it('asks for a description where the category has no types, as R07 does', () => {
    expect(isDescribedFormat('other')).toBe(true);
    expect(isDescribedFormat('selfDescribing')).toBe(true);
    expect(isDescribedFormat('database')).toBe(false);
    expect(r07('other')).toHaveLength(1);
    expect(r07('other', undefined, '专用格式')).toEqual([]);
  });

  it('keeps a type that fits the new category, in its spelling, and clears one that does not', () => {
    expect(formatTypeIn('database', 'mysql')).toBe('MySQL');
    expect(withFormatCategory({ id: 'x', items: [], formatCategory: 'document', formatType: 'XLSX' }, 'spreadsheet').formatType).toBe('xlsx');
    expect(withFormatCategory({ id: 'x', items: [], formatCategory: 'spreadsheet', formatType: 'xlsx' }, 'image').formatType).toBeUndefined();
    expect(withFormatCategory({ id: 'x', items: [], formatOtherDesc: '说明' }, 'serviceInterface')).toMatchObject({ formatType: undefined, formatOtherDesc: '说明' });
  });
});

describe('共享方式分类 → 共享方式类型', () => {
  it('lists the types of a category', () => {
    expect(shareMethodTypesOf('platform')).toEqual(['database', 'interface', 'file']);
    expect(shareMethodTypeFits('other', 'email')).toBe(true);
    expect(shareMethodTypeFits('other', 'interface')).toBe(false);
  });
});

describe('classification and resource code', () => {
  const tree = loadProfile('sixian').classification;

  it('builds cascader options from the tree, down to 目', () => {
    const options = classificationOptions(tree, 'zh');
    expect(options.map((o) => o.value)).toEqual(['1', '2', '3']);
    const province = options[2]!.children!.find((o) => o.value === '307')!.children!.find((o) => o.value === '307034');
    expect(province).toEqual({ value: '307034', label: '307034 安徽省' });
    expect(options[2]!.children!.find((o) => o.value === '307')!.children!.some((o) => o.value === '307001')).toBe(false);
  });

  it('offers the department’s own division and number under its province and every 目 of 类 1 and 2', () => {
    const scheme = loadProfile('sixian').codeScheme;
    const department = { name: '泗县公安局', divisionCode: '341324', number: '001' };
    const options = classificationOptions(departmentTree(tree, department, scheme, '泗县'), 'zh');
    const anhui = options[2]!.children!.find((o) => o.value === '307')!.children!.find((o) => o.value === '307034')!;
    expect(anhui.children).toEqual([{ value: '307034341324', label: '307034341324 泗县（341324）', children: [{ value: '307034341324001', label: '307034341324001 泗县公安局（001）' }] }]);
    const population = options[0]!.children!.find((o) => o.value === '101')!.children!.find((o) => o.value === '101001')!;
    expect(population.children?.[0]?.children?.[0]?.value).toBe('101001341324001');
    expect(classificationFromPath(['3', '307', '307034', '307034341324', '307034341324001'])).toEqual({ class: '3', item: '07', catalog: '034', subCatalogs: ['341324', '001'] });
    // without a 部门编号 the tree is the profile's
    expect(departmentTree(tree, { ...department, number: undefined }, scheme)).toBe(tree);
  });

  it('starts a new resource in the department’s own 类 3 classification with its next code', () => {
    const scheme = loadProfile('sixian').codeScheme;
    const catalog = { codeSequences: { '307034341324001': 4 }, resources: [] };
    expect(defaultClassification(catalog, 'new', { divisionCode: '341324', number: '001' }, scheme)).toEqual({
      classification: { class: '3', item: '07', catalog: '034', subCatalogs: ['341324', '001'] },
      code: '307034341324001/000005',
    });
    expect(defaultClassification(catalog, 'new', { divisionCode: '341324' }, scheme)).toBeUndefined();
  });

  it('turns a cascader path into a classification and back, with 细目', () => {
    const c = classificationFromPath(['3', '307', '307001', '30700101']);
    expect(c).toEqual({ class: '3', item: '07', catalog: '001', subCatalogs: ['01'] });
    expect(classificationPath(c)).toEqual(['3', '307', '307001', '30700101']);
    expect(classificationFromPath(['3', '307'])).toBeUndefined();
    const custom = new ClassificationTree([{ code: '1', zh: '类', en: 'c' }, { code: '101', zh: '项', en: 'i' }]);
    expect(classificationOptions(custom, 'en')).toEqual([{ value: '1', label: '1 c', children: [{ value: '101', label: '101 i' }] }]);
  });

  it('allocates above the issued numbers and the codes in use, ignoring the resource itself', () => {
    const c = { class: '3', item: '07', catalog: '001' };
    const catalog = {
      codeSequences: { '307001': 4 },
      resources: [
        { id: 'a', items: [], code: '307001/000007' },
        { id: 'self', items: [], code: '307001/000009' },
      ],
    };
    expect(nextResourceCode(catalog, 'self', c)).toBe('307001/000008');
    expect(nextResourceCode({ resources: [] }, 'self', c)).toBe('307001/000001');
  });

  it('tells when the code no longer belongs to the classification', () => {
    const c = { class: '1', item: '01', catalog: '002' };
    expect(codeMatchesClassification('101002/000003', c)).toBe(true);
    expect(codeMatchesClassification('307001/000003', c)).toBe(false);
    expect(codeMatchesClassification(undefined, c)).toBe(true);
  });
});
