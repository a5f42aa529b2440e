// Cases for core/rules/checks/lead-collector.ts, run by each-rule.test.ts.
import { nthResource, PROVIDER_NAME, validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, W, r0, catalogOf } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R42: [
      {
        name: 'another department collects, nothing linked',
        profile: 'national',
        subject: () => validResource({ leadCollectingDepartment: ' 泗县民政局 ' }),
        findings: [W('R42', r0('leadCollectingDepartment'), `牵头收集部门为「泗县民政局」，不是本资源的提供方「${PROVIDER_NAME}」`)],
      },
      {
        name: 'only blank related codes',
        profile: 'anhui',
        subject: () => validResource({ leadCollectingDepartment: '泗县民政局', relatedResourceCodes: [' '] }),
        findings: [W('R42', r0('leadCollectingDepartment'), '未关联牵头部门的资源')],
      },
    ],
  },
  pass: [
    { rule: 'R42', name: 'this department is the lead collector', profile: 'national', subject: () => validResource({ leadCollectingDepartment: `${PROVIDER_NAME} ` }) },
    {
      rule: 'R42',
      name: "another department collects and its resource is linked",
      profile: 'national',
      subject: () => catalogOf(nthResource(0, { leadCollectingDepartment: '泗县民政局', relatedResourceCodes: ['307034341324001/000002'] }), nthResource(1)),
    },
  ],
};
