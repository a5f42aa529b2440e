// Cases for core/rules/checks/application-materials.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0, conditional, notShared } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R26: [
      {
        name: 'shareable without application materials',
        profile: 'anhui',
        subject: () => validResource({ applicationMaterials: [] }),
        findings: [E('R26', r0('applicationMaterials'), '共享类型为「无条件共享」，但未列明申请共享所需材料')],
      },
      {
        name: 'only blank materials',
        profile: 'sixian',
        subject: () => conditional({ applicationMaterials: [' ', ''] }),
        findings: [E('R26', r0('applicationMaterials'), '共享类型为「有条件共享」，但未列明申请共享所需材料')],
      },
    ],
  },
  pass: [
    { rule: 'R26', name: 'not shared needs no materials', profile: 'anhui', subject: () => notShared({ applicationMaterials: [] }) },
  ],
};
