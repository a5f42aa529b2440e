// Cases for core/rules/checks/open-condition.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R06: [
      {
        name: 'conditional opening without conditions',
        profile: 'national',
        subject: () => validResource({ openType: 'conditional', openCondition: '', notOpenReasons: [] }),
        findings: [E('R06', r0('openCondition'), '开放类型为「有条件开放」，但未填写开放条件')],
      },
    ],
  },
  pass: [
    { rule: 'R06', name: 'conditional opening with conditions', profile: 'national', subject: () => validResource({ openType: 'conditional', openCondition: '实名注册后申请', notOpenReasons: [] }) },
  ],
};
