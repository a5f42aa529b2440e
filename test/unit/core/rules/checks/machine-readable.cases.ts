// Cases for core/rules/checks/machine-readable.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, W, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R27: [
      {
        name: 'paper',
        profile: 'nanjing',
        subject: () => validResource({ formatCategory: 'paper', formatType: '纸质文件', shareMethodType: 'file' }),
        findings: [W('R27', r0('formatCategory'), '资源格式为「纸质」，不是可机读的电子数据')],
      },
      {
        name: 'paper reports exchanged',
        profile: 'shanxi',
        subject: () => validResource({ shareMethodCategory: 'other', shareMethodType: 'mediaPaper' }),
        findings: [W('R27', r0('shareMethodType'), '「介质交换（纸质报表）」，不是可机读的电子数据')],
      },
    ],
  },
  pass: [
    { rule: 'R27', name: 'a database exchanged on disk', profile: 'nanjing', subject: () => validResource({ shareMethodCategory: 'other', shareMethodType: 'disk' }) },
  ],
};
