// Cases for core/rules/checks/share-condition.ts, run by each-rule.test.ts.
import { type CheckCases, E, r0, conditional, notShared } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R04: [
      {
        name: 'conditional without conditions',
        profile: 'anhui',
        subject: () => conditional({ shareCondition: ' ' }),
        findings: [E('R04', r0('shareCondition'), '共享类型为「有条件共享」，但未填写共享条件')],
      },
      {
        name: 'conditional without conditions, Jilin wording',
        profile: 'jilin',
        subject: () => conditional({ shareCondition: undefined }),
        findings: [E('R04', r0('shareCondition'), '共享类型为「授权共享」，但未填写共享条件')],
      },
      {
        name: 'not shared without a reason',
        profile: 'anhui',
        subject: () => notShared({ shareCondition: '' }),
        findings: [E('R04', r0('shareCondition'), '共享类型为「不予共享」，但未填写不予共享的理由')],
      },
    ],
  },
  pass: [
    { rule: 'R04', name: 'conditional with conditions', profile: 'anhui', subject: () => conditional() },
    { rule: 'R04', name: 'not shared with a reason', profile: 'jilin', subject: () => notShared() },
  ],
};
