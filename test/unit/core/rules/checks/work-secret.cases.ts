// Cases for core/rules/checks/work-secret.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R41: [
      { name: 'a work secret', profile: 'national', subject: () => validResource({ workSecret: true }), findings: [E('R41', r0('workSecret'), '资源标记为工作秘密')] },
      { name: 'a work secret under a county profile', profile: 'sixian', subject: () => validResource({ workSecret: true }), findings: [E('R41', r0('workSecret'), '不得编入共享目录')] },
    ],
  },
  pass: [
    { rule: 'R41', name: 'not a work secret', profile: 'national', subject: () => validResource({ workSecret: false }) },
  ],
};
