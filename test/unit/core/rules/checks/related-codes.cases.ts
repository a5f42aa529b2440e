// Cases for core/rules/checks/related-codes.ts, run by each-rule.test.ts.
import { nthResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, W, catalogOf } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R14: [
      {
        name: 'related code not in the catalog',
        profile: 'national',
        subject: () => catalogOf(nthResource(0, { relatedResourceCodes: ['307034341324001/000999'] })),
        findings: [W('R14', 'resources[0].relatedResourceCodes[0]', '关联资源代码「307034341324001/000999」在本目录中不存在')],
      },
      {
        name: 'malformed related code',
        profile: 'national',
        subject: () => catalogOf(nthResource(0), nthResource(1, { relatedResourceCodes: ['307034341324001/000001', '人口库'] })),
        findings: [W('R14', 'resources[1].relatedResourceCodes[1]', '关联资源代码「人口库」格式不正确')],
      },
    ],
  },
  pass: [
    { rule: 'R14', name: 'a related code in the catalog', profile: 'national', subject: () => catalogOf(nthResource(0, { relatedResourceCodes: [' 307034341324001/000002'] }), nthResource(1)) },
  ],
};
