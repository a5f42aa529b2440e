// Cases for core/rules/checks/supplementary.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, r0, W } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R46: [
      {
        name: 'marked supplementary where the profile has no supplementary catalog',
        profile: 'chongqing',
        subject: () => validResource({ supplementary: true }),
        findings: [W('R46', r0('supplementary'), '所适用的规定没有补充目录')],
      },
    ],
  },
  pass: [
    { rule: 'R46', name: 'not marked', profile: 'national', subject: () => validResource({ supplementary: false }) },
    { rule: 'R46', name: 'not set', profile: 'chongqing', subject: () => validResource() },
  ],
};
