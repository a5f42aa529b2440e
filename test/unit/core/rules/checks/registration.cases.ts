// Cases for core/rules/checks/registration.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, W, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R44: [
      {
        name: 'in scope, never registered',
        profile: 'national',
        subject: () => validResource({ authorizedOperation: true }),
        findings: [W('R44', r0('registration.code'), '没有公共数据资源登记编码')],
      },
      {
        name: 'in scope, registration still being publicised',
        profile: 'anhui',
        subject: () => validResource({ authorizedOperation: true, registration: { kind: 'initial', status: 'publicized' } }),
        findings: [W('R44', r0('registration.code'), '登记公示中，尚未取得登记编码')],
      },
      {
        name: 'in scope, registration cancelled',
        profile: 'national',
        subject: () => validResource({ authorizedOperation: true, registration: { kind: 'cancellation', status: 'cancelled', code: 'DJ-2025-000123' } }),
        findings: [W('R44', r0('registration.status'), '登记状态为「已注销」')],
      },
      {
        name: 'code older than three years',
        profile: 'national',
        subject: () => validResource({ authorizedOperation: true, registration: { status: 'coded', code: 'DJ-2023-000007', codedOn: '2023-11-21' } }),
        findings: [W('R44', r0('registration.codedOn'), '于 2023-11-21 赋码，有效期三年，已于 2026-11-21 届满')],
      },
    ],
  },
  pass: [
    { rule: 'R44', name: 'not in the scope of authorised operation', profile: 'national', subject: () => validResource({ authorizedOperation: false }) },
    {
      rule: 'R44',
      name: 'registered three years ago today: the last day of validity',
      profile: 'national',
      subject: () => validResource({ authorizedOperation: true, registration: { kind: 'initial', status: 'coded', code: 'DJ-2023-000008', codedOn: '2023-11-22' } }),
    },
  ],
};
