// Cases for core/rules/checks/person-identifiers.ts, run by each-rule.test.ts.
import { validResource, withItem } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, W, r0, otherItems } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R25: [
      {
        name: 'natural persons without an ID number item',
        profile: 'yangzhou',
        subject: () => validResource({ items: validResource().items.filter((_, i) => i !== 1) }),
        findings: [W('R25', r0('items'), '资源涉及自然人，但没有“公民身份号码／身份证号码”信息项')],
      },
      {
        name: 'legal persons without a credit code item',
        profile: 'yangzhou',
        subject: () => validResource({ items: validResource().items.filter((_, i) => i !== 2) }),
        findings: [W('R25', r0('items'), '资源涉及法人，但没有“统一社会信用代码”信息项')],
      },
    ],
  },
  pass: [
    {
      rule: 'R25',
      name: 'identifiers recognised by name or field name',
      profile: 'yangzhou',
      subject: () => withItem(withItem(validResource(), 1, { name: '身份证号', fieldName: 'ZJ' }), 2, { name: '机构代码', fieldName: 'TYSHXYDM' }),
    },
    { rule: 'R25', name: 'no persons involved', profile: 'yangzhou', subject: () => validResource({ involvesNaturalPersons: false, involvesLegalPersons: false, items: otherItems() }) },
  ],
};
