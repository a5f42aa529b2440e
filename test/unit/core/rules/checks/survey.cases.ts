// Cases for core/rules/checks/survey.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R16: [
      {
        name: 'negative storage',
        profile: 'national',
        subject: () => validResource({ survey: { storageGB: -1, sharedRecords10k: 3 } }),
        findings: [E('R16', r0('survey.storageGB'), '普查数据「数据存储总量（G）」为 -1，不能为负数')],
      },
      {
        name: 'not a number',
        profile: 'national',
        subject: () => validResource({ survey: { openedRecords10k: Number.NaN } }),
        findings: [E('R16', r0('survey.openedRecords10k'), '普查数据「已开放结构化记录数（万条）」为 NaN')],
      },
    ],
  },
  pass: [
    { rule: 'R16', name: 'zero and positive figures', profile: 'national', subject: () => validResource({ survey: { storageGB: 0, structuredRecords10k: 0.5 } }) },
  ],
};
