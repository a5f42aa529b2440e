// Cases for core/rules/checks/credit-codes.ts, run by each-rule.test.ts.
import { DEPARTMENT_USCC, makeUsccWithBadOrgCheck, PROVIDER_USCC, validCatalog, validDepartment, validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, W, r0 } from '../../../../harness/rule-cases.ts';

const validPrefix = PROVIDER_USCC.slice(0, 17);
const wrongCheck = PROVIDER_USCC[17] === '0' ? '1' : '0';
const badOrgCode = makeUsccWithBadOrgCheck('11', '341324', '00300241');

export const cases: CheckCases = {
  fail: {
    R11: [
      {
        name: 'provider code checksum',
        profile: 'national',
        subject: () => validResource({ providerCode: validPrefix + wrongCheck }),
        findings: [E('R11', r0('providerCode'), `信息资源提供方代码「${validPrefix + wrongCheck}」校验码错误：末位应为“${PROVIDER_USCC[17]}”，实际为“${wrongCheck}”`)],
      },
      {
        name: 'provider code of 17 characters',
        profile: 'national',
        subject: () => validResource({ providerCode: validPrefix }),
        findings: [E('R11', r0('providerCode'), '应为 18 位，实际 17 位')],
      },
      {
        name: 'letter O in a provider code',
        profile: 'national',
        subject: () => validResource({ providerCode: `${PROVIDER_USCC.slice(0, 8)}O${PROVIDER_USCC.slice(9)}` }),
        findings: [E('R11', r0('providerCode'), '第 9 位“O”不是允许的字符')],
      },
      {
        name: 'bad registrar',
        profile: 'national',
        subject: () => validResource({ providerCode: `B${PROVIDER_USCC.slice(1)}` }),
        findings: [E('R11', r0('providerCode'), '第 1 位登记管理部门码“B”无效')],
      },
      {
        name: 'letter in the division part',
        profile: 'national',
        subject: () => validResource({ providerCode: `${PROVIDER_USCC.slice(0, 2)}A${PROVIDER_USCC.slice(3)}` }),
        findings: [E('R11', r0('providerCode'), `「${PROVIDER_USCC.slice(0, 2)}A${PROVIDER_USCC.slice(3)}」第 3–8 位行政区划码“A${PROVIDER_USCC.slice(3, 8)}”应为 6 位数字`)],
      },
      {
        name: 'department code checksum',
        profile: 'national',
        subject: () => validCatalog({ department: validDepartment({ uscc: DEPARTMENT_USCC.slice(0, 17) + (DEPARTMENT_USCC[17] === '0' ? '1' : '0') }) }),
        findings: [E('R11', 'department.uscc', '部门统一社会信用代码「')],
      },
    ],
    R29: [
      {
        name: 'provider code with a wrong organisation check character',
        profile: 'national',
        subject: () => validResource({ providerCode: badOrgCode }),
        findings: [W('R29', r0('providerCode'), `第 9–17 位组织机构代码校验位应为“${PROVIDER_USCC[16]}”，实际为“${badOrgCode[16]}”`)],
      },
      {
        name: 'department code with a wrong organisation check character',
        profile: 'national',
        subject: () => validCatalog({ department: validDepartment({ uscc: makeUsccWithBadOrgCheck('11', '341324', 'MB001234') }) }),
        findings: [W('R29', 'department.uscc', '部门统一社会信用代码「')],
      },
    ],
  },
  pass: [
    { rule: 'R11', name: 'a lowercase credit code', profile: 'national', subject: () => validResource({ providerCode: PROVIDER_USCC.toLowerCase() }) },
    { rule: 'R11', name: 'a short internal department code is left alone', profile: 'national', subject: () => validResource({ providerCode: 'GA-001' }) },
    { rule: 'R29', name: 'the worked example', profile: 'national', subject: () => validResource({ providerCode: '91350100M000100Y43' }) },
  ],
};
