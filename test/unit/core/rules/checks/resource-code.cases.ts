// Cases for core/rules/checks/resource-code.ts, run by each-rule.test.ts.
import { nthResource, validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, W, r0, catalogOf } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R02: [
      { name: 'platform-tolerated code', profile: 'national', subject: () => validResource({ code: 'SX-DATA_0001' }), findings: [E('R02', r0('code'), '不是“分类码/顺序码”的标准格式')] },
      { name: 'malformed code', profile: 'national', subject: () => validResource({ code: '307034341324001/000001 号' }), findings: [E('R02', r0('code'), '格式不正确，应为“分类码/顺序码”')] },
      { name: 'short sequence', profile: 'national', subject: () => validResource({ code: '307034341324001/1' }), findings: [E('R02', r0('code'), '的顺序码应为 6 位数字')] },
      { name: 'seven-digit sequence', profile: 'anhui', subject: () => validResource({ code: '307034341324001/0000001' }), findings: [E('R02', r0('code'), '的顺序码应为 6 位数字')] },
      // The guideline's examples use 4–6 digits: where no profile fixes the width, 4 or 5 digits only warn.
      { name: 'four-digit sequence', profile: 'national', subject: () => validResource({ code: '307034341324001/0001' }), findings: [W('R02', r0('code'), '的顺序码只有 4 位；Mulu 生成 6 位顺序码')] },
      { name: 'five-digit sequence', profile: 'jilin', subject: () => validResource({ code: '307034341324001/00001' }), findings: [W('R02', r0('code'), '的顺序码只有 5 位')] },
      {
        name: 'prefix of another classification',
        profile: 'national',
        subject: () => validResource({ code: '307034341324002/000001' }),
        findings: [E('R02', r0('code'), '分类码 307034341324002 与所选分类 307034341324001 不一致')],
      },
      {
        name: 'duplicate code in the catalog',
        profile: 'national',
        subject: () => catalogOf(nthResource(0), nthResource(1, { code: '307034341324001/000001' })),
        findings: [E('R02', 'resources[1].code', '重复，已被第 1 条资源「户籍人口基本信息第1册」使用')],
      },
    ],
  },
  pass: [
    { rule: 'R02', name: 'a code with surrounding spaces', profile: 'national', subject: () => validResource({ code: ' 307034341324001/000001 ' }) },
    { rule: 'R02', name: 'a code with a township and its department', profile: 'national', subject: () => validResource({ classification: { class: '3', item: '07', catalog: '034', subCatalogs: ['341324100', '001'] }, code: '307034341324100001/000003' }) },
    { rule: 'R02', name: 'a six-digit sequence where the profile fixes none', profile: 'shanxi', subject: () => validResource({ code: '307034341324001/000001' }) },
    { rule: 'R02', name: 'distinct codes', profile: 'national', subject: () => catalogOf(nthResource(0), nthResource(1), nthResource(2)) },
  ],
};
