// Cases for core/rules/checks/platform-sharing.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, W, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R31: [
      {
        name: 'e-mail',
        profile: 'anhui',
        subject: () => validResource({ shareMethodCategory: 'other', shareMethodType: 'email' }),
        findings: [W('R31', r0('shareMethodCategory'), '共享方式为「邮件」，不是通过共享平台以系统接口等方式共享')],
      },
      {
        name: 'other means without a type',
        profile: 'jilin',
        subject: () => validResource({ shareMethodCategory: 'other', shareMethodType: undefined }),
        findings: [W('R31', r0('shareMethodCategory'), '共享方式为「其他方式」')],
      },
    ],
  },
  pass: [
    { rule: 'R31', name: 'through the platform as a file', profile: 'anhui', subject: () => validResource({ formatCategory: 'document', formatType: 'pdf', shareMethodType: 'file' }) },
  ],
};
