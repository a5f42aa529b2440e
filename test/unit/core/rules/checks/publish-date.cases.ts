// Cases for core/rules/checks/publish-date.ts, run by each-rule.test.ts.
import { TODAY, validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R10: [
      { name: '30 February', profile: 'national', subject: () => validResource({ publishDate: '2024-02-30' }), findings: [E('R10', r0('publishDate'), '发布日期「2024-02-30」不是 YYYY-MM-DD 格式的有效日期')] },
      { name: 'slashes', profile: 'national', subject: () => validResource({ publishDate: '2024/01/01' }), findings: [E('R10', r0('publishDate'), '「2024/01/01」不是 YYYY-MM-DD')] },
      { name: 'tomorrow', profile: 'national', subject: () => validResource({ publishDate: '2026-11-23' }), findings: [E('R10', r0('publishDate'), '发布日期「2026-11-23」晚于今天（2026-11-22）')] },
    ],
  },
  pass: [
    { rule: 'R10', name: 'published today', profile: 'national', subject: () => validResource({ publishDate: TODAY }) },
    { rule: 'R10', name: 'a leap day', profile: 'national', subject: () => validResource({ publishDate: '2024-02-29' }) },
  ],
};
