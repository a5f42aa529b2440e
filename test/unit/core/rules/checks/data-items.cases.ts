// Cases for core/rules/checks/data-items.ts, run by each-rule.test.ts.
import { validResource, withItem } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R12: [
      {
        name: 'item names equal after normalisation',
        profile: 'national',
        subject: () => withItem(validResource(), 3, { name: '姓 名' }),
        findings: [E('R12', r0('items[3].name'), '信息项名称「姓 名」在本资源内重复（与第 1 个信息项相同）')],
      },
      {
        name: 'field names equal ignoring case',
        profile: 'national',
        subject: () => withItem(validResource(), 3, { fieldName: 'gmsfhm' }),
        findings: [E('R12', r0('items[3].fieldName'), '信息项英文名「gmsfhm」在本资源内重复（与第 2 个信息项相同）')],
      },
      {
        name: 'field name starting with a digit',
        profile: 'national',
        subject: () => withItem(validResource(), 4, { fieldName: '1DJJE' }),
        findings: [E('R12', r0('items[4].fieldName'), '信息项英文名「1DJJE」只能由字母、数字和下划线组成')],
      },
      {
        name: 'field name with a space',
        profile: 'national',
        subject: () => withItem(validResource(), 4, { fieldName: 'DJ JE' }),
        findings: [E('R12', r0('items[4].fieldName'), '「DJ JE」只能由字母、数字和下划线组成')],
      },
    ],
    R13: [
      {
        name: 'character item without length',
        profile: 'national',
        subject: () => withItem(validResource(), 2, { length: undefined }),
        findings: [E('R13', r0('items[2].length'), '信息项「统一社会信用代码」为字符型，须填写数据长度')],
      },
      {
        name: 'numeric length above 38',
        profile: 'national',
        subject: () => withItem(validResource(), 4, { length: 39 }),
        findings: [E('R13', r0('items[4].length'), '信息项「登记金额」的数据长度 39 超出范围（1–38）')],
      },
      {
        name: 'zero length',
        profile: 'national',
        subject: () => withItem(validResource(), 0, { length: 0 }),
        findings: [E('R13', r0('items[0].length'), '信息项「姓名」的数据长度 0 超出范围（1–65535）')],
      },
      {
        name: 'precision above length',
        profile: 'national',
        subject: () => withItem(validResource(), 4, { length: 5, precision: 6 }),
        findings: [E('R13', r0('items[4].precision'), '信息项「登记金额」的数据精度 6 不能大于数据长度 5')],
      },
    ],
  },
  pass: [
    { rule: 'R12', name: 'blank and distinct field names', profile: 'national', subject: () => withItem(withItem(validResource(), 3, { fieldName: ' ' }), 4, { fieldName: 'dj_je2' }) },
    { rule: 'R13', name: 'dates need no length; numeric up to 38', profile: 'national', subject: () => withItem(validResource(), 4, { length: 38, precision: 38 }) },
  ],
};
