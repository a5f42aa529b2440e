// The classification filter's options (the profile's tree, nested by code) and matching by code prefix.
import { describe, expect, it } from 'vitest';
import { ClassificationTree } from '../../../../core/codes/classification.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { classificationCodeOf, classificationOptions, underClassification, type ClassificationOption } from '../../../../renderer/catalog/classification-filter.ts';
import { nthResource } from '../../../harness/catalog-builders.ts';

function find(options: readonly ClassificationOption[], code: string): ClassificationOption | undefined {
  for (const o of options) {
    if (o.value === code) return o;
    const inner = find(o.children ?? [], code);
    if (inner) return inner;
  }
  return undefined;
}

describe('classification filter', () => {
  it('nests the nodes under their parents, titled by code and name', () => {
    const tree = new ClassificationTree([
      { code: '2', zh: '部门类', en: 'departments' },
      { code: '205', zh: '民政', en: 'civil affairs' },
      { code: '205002', zh: '婚姻', en: 'marriage' },
      { code: '20500201', zh: '婚姻登记', en: 'marriage registration' },
      { code: '1', zh: '基础类', en: 'basic' },
    ]);
    expect(classificationOptions(tree, 'zh')).toEqual([
      { value: '1', title: '1 基础类' },
      {
        value: '2',
        title: '2 部门类',
        children: [{ value: '205', title: '205 民政', children: [{ value: '205002', title: '205002 婚姻', children: [{ value: '20500201', title: '20500201 婚姻登记' }] }] }],
      },
    ]);
    expect(classificationOptions(tree, 'en')[1]!.title).toBe('2 departments');
  });

  it('holds every node of a profile’s tree, the profile’s own included', () => {
    const profile = loadProfile('sixian');
    const options = classificationOptions(profile.classification, 'zh');
    const count = (list: readonly ClassificationOption[]): number => list.reduce((n, o) => n + 1 + count(o.children ?? []), 0);
    expect(count(options)).toBe(profile.classification.nodes().length);
    for (const node of profile.classification.nodes()) expect(find(options, node.code)?.title).toBe(`${node.code} ${node.zh}`);
    expect(options.every((o) => o.value.length === 1)).toBe(true);
  });

  it('matches a resource under the chosen node by its code prefix', () => {
    const r = nthResource(0, { classification: { class: '2', item: '05', catalog: '002', subCatalogs: ['01'] } });
    expect(classificationCodeOf(r)).toBe('20500201');
    for (const node of ['2', '205', '205002', '20500201']) expect(underClassification(r, node)).toBe(true);
    for (const node of ['1', '206', '205003', '20500202']) expect(underClassification(r, node)).toBe(false);
    expect(underClassification(nthResource(1, { classification: undefined }), '2')).toBe(false);
  });
});
