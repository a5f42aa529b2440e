// Cases for core/rules/checks/one-source.ts, run by each-rule.test.ts.
import { nthResource, OTHER_PROVIDER_NAME, OTHER_PROVIDER_USCC, PROVIDER_NAME } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, W, catalogOf, otherItems } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R28: [
      {
        name: 'same name and items, two providers',
        profile: 'anhui',
        subject: () =>
          catalogOf(
            nthResource(0, { name: '低保对象信息' }),
            nthResource(1, { name: '低保对象 信息', providerName: OTHER_PROVIDER_NAME, providerCode: OTHER_PROVIDER_USCC }),
          ),
        findings: [W('R28', 'resources[1].name', `与第 1 条资源「低保对象信息」（${PROVIDER_NAME}）名称相同且信息项重合 100%`)],
      },
      {
        name: 'identical items under another name and provider',
        profile: 'jilin',
        subject: () => catalogOf(nthResource(0), nthResource(1, { name: '困难群众信息', providerName: OTHER_PROVIDER_NAME, providerCode: OTHER_PROVIDER_USCC })),
        findings: [W('R28', 'resources[1].items', `资源「困难群众信息」与第 1 条资源「户籍人口基本信息第1册」（${PROVIDER_NAME}）的信息项完全相同`)],
      },
      {
        name: 'same data at two providers under the national 条例 alone',
        profile: 'nanjing',
        subject: () => catalogOf(nthResource(0, { name: '低保对象信息' }), nthResource(1, { name: '低保对象信息', providerName: OTHER_PROVIDER_NAME, providerCode: OTHER_PROVIDER_USCC })),
        findings: [W('R28', 'resources[1].name', '名称相同且信息项重合 100%')],
      },
      {
        name: 'the same provider name under two different codes is two providers',
        profile: 'anhui',
        subject: () => catalogOf(nthResource(0, { name: '低保对象信息' }), nthResource(1, { name: '低保对象信息', providerCode: OTHER_PROVIDER_USCC })),
        findings: [W('R28', 'resources[1].name', `与第 1 条资源「低保对象信息」（${PROVIDER_NAME}）名称相同且信息项重合 100%`)],
      },
    ],
  },
  pass: [
    {
      rule: 'R28',
      name: 'same name, two providers, different items',
      profile: 'anhui',
      subject: () =>
        catalogOf(nthResource(0, { name: '低保对象信息' }), nthResource(1, { name: '低保对象信息', providerName: OTHER_PROVIDER_NAME, providerCode: OTHER_PROVIDER_USCC, items: otherItems() })),
    },
    { rule: 'R28', name: 'identical items of one provider', profile: 'jilin', subject: () => catalogOf(nthResource(0), nthResource(1)) },
  ],
};
