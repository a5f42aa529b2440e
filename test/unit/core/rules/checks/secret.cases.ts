// Cases for core/rules/checks/secret.ts, run by each-rule.test.ts.
import { validResource, withItem } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R15: [
      { name: 'classified resource', profile: 'national', subject: () => validResource({ secret: true }), findings: [E('R15', r0('secret'), '资源标记为涉密')] },
      {
        name: 'classified item',
        profile: 'anhui',
        subject: () => withItem(validResource(), 1, { secret: true }),
        findings: [E('R15', r0('items[1].secret'), '信息项「公民身份号码」标记为涉密')],
      },
    ],
  },
  pass: [
    { rule: 'R15', name: 'nothing classified', profile: 'national', subject: () => withItem(validResource({ secret: false }), 0, { secret: false }) },
  ],
};
