// Cases for core/rules/checks/classification.ts, run by each-rule.test.ts.
import { PROFILE_IDS } from '../../../../../core/profiles/profile.ts';
import { nthResource, validCatalog, validDepartment, validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, W, r0, catalogOf } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R32: [
      // 2/99/001 names no 项 of the guideline's 主题 class anywhere.
      ...PROFILE_IDS.map((profile) => ({
        name: 'an unknown 项 under 类 2',
        profile,
        subject: () => validResource({ classification: { class: '2', item: '99', catalog: '001', subCatalogs: ['341324', '001'] }, code: '299001341324001/000001' }),
        findings: [E('R32', r0('classification'), '信息资源分类 299 不在本规则配置的分类表中')],
      })),
      {
        name: 'a 目 of three letters',
        profile: 'national',
        subject: () => validResource({ classification: { class: '3', item: '07', catalog: 'ABC' }, code: undefined }),
        findings: [E('R01', r0('code'), '缺少必填项「信息资源代码」'), E('R32', r0('classification'), '信息资源分类的目「ABC」位数不对')],
      },
      {
        name: 'the 307001 node earlier Mulu versions invented',
        profile: 'anhui',
        subject: () => catalogOf(nthResource(0, { classification: { class: '3', item: '07', catalog: '001', subCatalogs: ['15'] }, code: '30700115/000001' })),
        findings: [E('R32', 'resources[0].classification', '信息资源分类 307001（旧版 Mulu 的“县（区）政务部门”）不是国家指南或任何省份的分类')],
      },
      {
        name: 'a code without the region and department',
        profile: 'national',
        subject: () => catalogOf(nthResource(0, { classification: { class: '1', item: '01', catalog: '001' }, code: '101001/000001' })),
        findings: [W('R32', 'resources[0].classification', '信息资源分类 101001 的细目没有写明本部门的行政区划代码和部门编号')],
      },
      {
        name: 'another county in the 细目',
        profile: 'sixian',
        subject: () => catalogOf(nthResource(0, { classification: { class: '3', item: '07', catalog: '034', subCatalogs: ['341302', '001'] }, code: '307034341302001/000001' })),
        findings: [W('R32', 'resources[0].classification', '的细目没有写明本部门的行政区划代码和部门编号')],
      },
      {
        name: 'another province’s 目',
        profile: 'national',
        subject: () => catalogOf(nthResource(0, { classification: { class: '3', item: '07', catalog: '032', subCatalogs: ['341324', '001'] }, code: '307032341324001/000001' })),
        findings: [W('R32', 'resources[0].classification', '（应为 3·07·034·341324·021）')],
      },
      {
        name: 'no department number',
        profile: 'yangzhou',
        subject: () => validCatalog({ department: validDepartment({ number: undefined }) }),
        findings: [W('R32', 'department.number', '部门信息缺少 3 位部门编号（当前：未填写）')],
      },
    ],
  },
  pass: [
    { rule: 'R32', name: 'a basic-library 目 with the region and department', profile: 'national', subject: () => catalogOf(nthResource(0, { classification: { class: '1', item: '01', catalog: '001', subCatalogs: ['341324', '001'] }, code: '101001341324001/000001' })) },
    { rule: 'R32', name: 'a township department in its county’s catalog', profile: 'anhui', subject: () => catalogOf(nthResource(0, { classification: { class: '3', item: '07', catalog: '034', subCatalogs: ['341324106', '001'] }, code: '307034341324106001/000001' })) },
  ],
};
