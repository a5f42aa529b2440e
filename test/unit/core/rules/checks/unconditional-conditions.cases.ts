// Cases for core/rules/checks/unconditional-conditions.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, W, r0, conditional } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R43: [
      {
        name: 'a condition on unconditional sharing',
        profile: 'national',
        subject: () => validResource({ shareCondition: '仅限公安部门使用' }),
        findings: [W('R43', r0('shareCondition'), '共享类型为「无条件共享」，却填写了共享条件「仅限公安部门使用」')],
      },
    ],
  },
  pass: [
    { rule: 'R43', name: 'a placeholder is not a condition', profile: 'national', subject: () => validResource({ shareCondition: ' 无 ' }) },
    { rule: 'R43', name: 'conditions on conditional sharing', profile: 'anhui', subject: () => conditional() },
  ],
};
