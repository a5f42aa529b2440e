// Cases for core/rules/checks/name-unique.ts, run by each-rule.test.ts.
import { nthResource, OTHER_PROVIDER_NAME, OTHER_PROVIDER_USCC, PROVIDER_USCC } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, catalogOf, otherItems } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R03: [
      {
        name: 'names equal after normalisation, same provider',
        profile: 'national',
        subject: () => catalogOf(nthResource(0, { name: '人口 基本信息（2024）' }), nthResource(1, { name: '人口基本信息(2024)' })),
        findings: [E('R03', 'resources[1].name', '资源名称「人口基本信息(2024)」与第 1 条资源「人口 基本信息（2024）」重复')],
      },
      {
        name: 'same provider written in lowercase',
        profile: 'national',
        subject: () => catalogOf(nthResource(0, { name: '婚姻登记信息' }), nthResource(1, { name: '婚姻登记信息', providerCode: PROVIDER_USCC.toLowerCase() })),
        findings: [E('R03', 'resources[1].name', '与第 1 条资源「婚姻登记信息」重复')],
      },
    ],
  },
  pass: [
    {
      rule: 'R03',
      name: 'the same name at two providers (different data, so not R28 either)',
      profile: 'national',
      subject: () =>
        catalogOf(nthResource(0, { name: '婚姻登记信息' }), nthResource(1, { name: '婚姻登记信息', providerName: OTHER_PROVIDER_NAME, providerCode: OTHER_PROVIDER_USCC, items: otherItems() })),
    },
    { rule: 'R03', name: 'names that differ in more than punctuation', profile: 'anhui', subject: () => catalogOf(nthResource(0, { name: '人口基本信息(2024)' }), nthResource(1, { name: '人口基本信息(2025)' })) },
  ],
};
