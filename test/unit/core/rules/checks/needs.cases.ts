// Cases for core/rules/checks/needs.ts, run by each-rule.test.ts.
import type { Need } from '../../../../../core/model/catalog.ts';
import { validCatalog } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, W } from '../../../../harness/rule-cases.ts';

const need = (extra: Partial<Need> = {}): Need => ({
  id: 'n1',
  requester: '泗县农业农村局',
  resourceName: '不动产登记信息',
  holder: '泗县自然资源和规划局',
  scenario: '农村宅基地审批核验',
  urgency: 'normal',
  status: 'raised',
  ...extra,
});
const withNeeds = (...needs: Need[]) => () => validCatalog({ needs });

export const cases: CheckCases = {
  fail: {
    R45: [
      {
        name: 'cannot be met, no reason',
        profile: 'chongqing',
        subject: withNeeds(need(), need({ id: 'n2', status: 'unmet', statusReason: ' ' })),
        findings: [W('R45', 'needs[1].statusReason', '需求「不动产登记信息」状态为「无法满足」，但没有写明原因')],
      },
      {
        name: 'no use scenario',
        profile: 'jilin',
        subject: withNeeds(need({ scenario: '' })),
        findings: [W('R45', 'needs[0].scenario', '需求「不动产登记信息」没有填写应用场景')],
      },
      {
        name: 'neither resource nor items',
        profile: 'anhui',
        subject: withNeeds(need({ resourceName: undefined, items: [' '] })),
        findings: [W('R45', 'needs[0].resourceName', '需求清单第 1 项没有填写所需数据资源或信息项')],
      },
    ],
  },
  pass: [
    { rule: 'R45', name: 'cannot be met, with a reason', profile: 'chongqing', subject: withNeeds(need({ status: 'unmet', statusReason: '提供部门无此数据' })) },
    { rule: 'R45', name: 'items instead of a resource name', profile: 'sixian', subject: withNeeds(need({ resourceName: undefined, items: ['宅基地面积'] })) },
    { rule: 'R45', name: 'a catalog without needs', profile: 'jilin', subject: () => validCatalog() },
  ],
};
