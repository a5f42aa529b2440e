// Cases for core/rules/checks/control-characters.ts, run by each-rule.test.ts.
import { validCatalog, validDepartment, validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R40: [
      {
        name: 'an escape sequence in the resource name',
        profile: 'national',
        subject: () => validResource({ name: '人口信息\u001b[32m验证通过' }),
        findings: [E('R40', r0('name'), '控制字符（U+001B）')],
      },
      {
        name: 'a C1 control in an item name and a bidi override in the department name',
        profile: 'anhui',
        subject: () => {
          const r = validResource();
          return validCatalog({ department: validDepartment({ name: '泗县\u202e局' }), resources: [{ ...r, items: r.items.map((it, i) => (i === 0 ? { ...it, name: `姓名\u009b` } : it)) }] });
        },
        findings: [E('R40', 'department.name', '控制字符（U+202E）'), E('R40', r0('items[0].name'), '控制字符（U+009B）')],
      },
    ],
  },
  pass: [
    { rule: 'R40', name: 'tabs and line breaks in an abstract', profile: 'national', subject: () => validResource({ abstract: '第一行\r\n第二行\t（续）' }) },
  ],
};
