// Cases for core/rules/checks/data-grade.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, W, r0, conditional } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R18: [
      {
        name: 'important data shared unconditionally',
        profile: 'national',
        subject: () => validResource({ dataGrade: 'important' }),
        findings: [W('R18', r0('shareType'), '数据分级为「重要数据」，共享类型为「无条件共享」')],
      },
      {
        name: 'core data opened',
        profile: 'national',
        subject: () => conditional({ dataGrade: 'core', openType: 'conditional', openCondition: '实名申请', notOpenReasons: [] }),
        findings: [W('R18', r0('openType'), '数据分级为「核心数据」，开放类型却为「有条件开放」')],
      },
    ],
  },
  pass: [
    { rule: 'R18', name: 'important data, conditional and not open', profile: 'national', subject: () => conditional({ dataGrade: 'important' }) },
  ],
};
