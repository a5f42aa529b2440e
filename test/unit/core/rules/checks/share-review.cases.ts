// Cases for core/rules/checks/share-review.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, W, r0, conditional, notShared } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R22: [
      {
        name: 'restricted sharing not reviewed',
        profile: 'shanxi',
        subject: () => conditional(),
        findings: [W('R22', r0('shareReview.status'), '共享类型为「有条件共享」，尚未经数据主管部门审核（当前：无需审核）')],
      },
      {
        name: 'review pending',
        profile: 'shanxi',
        subject: () => notShared({ shareReview: { status: 'pending' } }),
        findings: [W('R22', r0('shareReview.status'), '（当前：待主管部门审核）')],
      },
      {
        name: 'review rejected',
        profile: 'shanxi',
        subject: () => conditional({ shareReview: { status: 'rejected', reviewer: '市数据局', date: '2026-10-01' } }),
        findings: [W('R22', r0('shareReview.status'), '数据主管部门已退回该资源的共享类型「有条件共享」')],
      },
    ],
  },
  pass: [
    { rule: 'R22', name: 'reviewed and approved', profile: 'shanxi', subject: () => conditional({ shareReview: { status: 'approved', reviewer: '省数据局', date: '2026-10-01' } }) },
    { rule: 'R22', name: 'unconditional sharing needs no review', profile: 'shanxi', subject: () => validResource({ shareReview: undefined }) },
  ],
};
