// Cases for core/rules/checks/not-shared-not-opened.ts, run by each-rule.test.ts.
import { type CheckCases, E, r0, notShared } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R05: [
      {
        name: 'not shared but opened',
        profile: 'anhui',
        subject: () => notShared({ openType: 'unconditional', notOpenReasons: [] }),
        findings: [E('R05', r0('openType'), '共享类型为「不予共享」，开放类型却为「无条件开放」')],
      },
    ],
  },
  pass: [
    { rule: 'R05', name: 'not shared, opened after desensitisation', profile: 'anhui', subject: () => notShared({ openType: 'unconditional', notOpenReasons: [], desensitized: true }) },
    { rule: 'R05', name: 'not shared, opened with consent', profile: 'sixian', subject: () => notShared({ openType: 'conditional', openCondition: '经权利人同意', notOpenReasons: [], rightsHolderConsent: true }) },
  ],
};
