// Cases for core/rules/checks/share-method.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R08: [
      {
        name: 'e-mail is not a platform method',
        profile: 'national',
        subject: () => validResource({ shareMethodType: 'email' }),
        findings: [E('R08', r0('shareMethodType'), '共享方式类型「邮件」不属于共享方式分类「共享平台方式」')],
      },
      {
        name: 'a spreadsheet shared by interface',
        profile: 'national',
        subject: () => validResource({ formatCategory: 'spreadsheet', formatType: 'xlsx' }),
        findings: [E('R08', r0('shareMethodType'), '格式分类为「电子表格」的资源通过共享平台共享时，共享方式类型应为「文件」')],
      },
      {
        name: 'a database shared as a file',
        profile: 'national',
        subject: () => validResource({ shareMethodType: 'file' }),
        findings: [E('R08', r0('shareMethodType'), '数据库类资源通过共享平台共享时，共享方式类型应为「数据库」或「接口」')],
      },
    ],
  },
  pass: [
    { rule: 'R08', name: 'a spreadsheet as a file', profile: 'national', subject: () => validResource({ formatCategory: 'spreadsheet', formatType: 'xlsx', shareMethodType: 'file' }) },
    { rule: 'R08', name: 'a database by database', profile: 'national', subject: () => validResource({ shareMethodType: 'database' }) },
  ],
};
