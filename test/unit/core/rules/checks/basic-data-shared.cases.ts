// Cases for core/rules/checks/basic-data-shared.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0, conditional, notShared } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R24: [
      {
        name: 'population data shared conditionally',
        profile: 'yangzhou',
        subject: () => conditional({ classification: { class: '1', item: '01', catalog: '001' }, code: '101001/000001' }),
        findings: [E('R24', r0('shareType'), '资源属于基础信息资源「人口基础信息资源」，共享类型应为「无条件共享」，当前为「有条件共享」')],
      },
      {
        // A county department files its share of a basic library under 类 3: what identifies it is 所属基础库.
        name: 'a county department\'s population data, filed under 类 3, shared conditionally',
        profile: 'yangzhou',
        subject: () => conditional({ basicLibrary: 'population' }),
        findings: [E('R24', r0('shareType'), '资源属于基础信息资源「人口基础信息资源」，共享类型应为「无条件共享」，当前为「有条件共享」')],
      },
      {
        // Yangzhou Art. 21: 主题数据 of projects several departments build is shared among them (not necessarily unconditionally).
        name: 'theme data not shared',
        profile: 'yangzhou',
        subject: () => notShared({ themeLibrary: '社会治理' }),
        findings: [E('R24', r0('shareType'), '资源属于主题数据资源「社会治理」，应在公共管理和服务机构之间共享，当前为「不予共享」')],
      },
    ],
  },
  pass: [
    { rule: 'R24', name: 'population data shared unconditionally', profile: 'yangzhou', subject: () => validResource({ classification: { class: '1', item: '01', catalog: '001' }, code: '101001/000001' }) },
    { rule: 'R24', name: 'departmental data shared conditionally', profile: 'yangzhou', subject: () => conditional() },
    { rule: 'R24', name: 'theme data shared conditionally', profile: 'yangzhou', subject: () => conditional({ themeLibrary: '政务服务' }) },
    { rule: 'R24', name: 'a county department\'s credit data shared unconditionally', profile: 'yangzhou', subject: () => validResource({ basicLibrary: 'credit' }) },
  ],
};
