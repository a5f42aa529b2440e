// Cases for core/rules/checks/format.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, type PassCase, E, W, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R07: [
      {
        name: 'format type of another category',
        profile: 'national',
        subject: () => validResource({ formatType: 'xls' }),
        findings: [E('R07', r0('formatType'), '格式类型「xls」不属于格式分类「数据库」')],
      },
      {
        name: 'self-describing format without a description',
        profile: 'national',
        subject: () => validResource({ formatCategory: 'selfDescribing', formatType: undefined, formatOtherDesc: ' ' }),
        findings: [E('R07', r0('formatOtherDesc'), '格式分类为「自描述格式」，但未填写其他类型资源格式描述')],
      },
      {
        // An unknown type is most often a spelling the list lacks: a warning that names the nearest known type,
        // never an error that blocks packaging.
        name: 'a format type no category knows',
        profile: 'anhui',
        subject: () => validResource({ formatType: 'MySQL8' }),
        findings: [W('R07', r0('formatType'), '格式类型「MySQL8」不是已知的格式类型')],
      },
    ],
  },
  pass: [
    { rule: 'R07', name: 'format types match case-insensitively', profile: 'national', subject: () => validResource({ formatType: ' ORACLE ' }) },
    { rule: 'R07', name: 'csv is a spreadsheet', profile: 'anhui', subject: () => validResource({ formatCategory: 'spreadsheet', formatType: 'CSV', shareMethodType: 'file' }) },
    { rule: 'R07', name: 'jpeg is an image', profile: 'national', subject: () => validResource({ formatCategory: 'image', formatType: 'jpeg', shareMethodType: 'file' }) },
    ...['GBase', '神通', '瀚高', '达梦', '人大金仓', 'MongoDB'].map((formatType): PassCase => ({
      rule: 'R07',
      name: `the database ${formatType} county systems run`,
      profile: 'sixian',
      subject: () => validResource({ formatType }),
    })),
    { rule: 'R07', name: 'a self-describing format with a description', profile: 'national', subject: () => validResource({ formatCategory: 'selfDescribing', formatType: undefined, formatOtherDesc: 'JSON Schema 自描述' }) },
  ],
};
