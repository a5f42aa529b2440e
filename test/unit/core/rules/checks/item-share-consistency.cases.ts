// Cases for core/rules/checks/item-share-consistency.ts, run by each-rule.test.ts.
import { validResource, withItem } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, W, r0, conditional } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R17: [
      {
        name: 'a conditional item in an unconditional resource',
        profile: 'national',
        subject: () => withItem(validResource(), 1, { shareType: 'conditional' }),
        findings: [W('R17', r0('items[1].shareType'), '资源为「无条件共享」，但信息项「公民身份号码」为「有条件共享」，比资源更受限')],
      },
      {
        name: 'every item not shared',
        profile: 'national',
        subject: () => conditional({ items: validResource().items.map((i) => ({ ...i, shareType: 'none' as const })) }),
        findings: [W('R17', r0('shareType'), '所有信息项均为「不予共享」，资源却为「有条件共享」')],
      },
    ],
  },
  pass: [
    {
      rule: 'R17',
      name: 'a conditional resource with shared and unshared items',
      profile: 'national',
      subject: () => conditional({ items: validResource().items.map((i, k) => ({ ...i, shareType: k === 1 ? ('none' as const) : ('unconditional' as const) })) }),
    },
  ],
};
