// Cases for core/rules/checks/required-fields.ts, run by each-rule.test.ts.
import { validResource, withItem } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R01: [
      { name: 'blank name (ideographic space)', profile: 'national', subject: () => validResource({ name: '\u3000 ' }), findings: [E('R01', r0('name'), '缺少必填项「信息资源名称」')] },
      { name: 'no data items', profile: 'national', subject: () => validResource({ items: [] }), findings: [E('R01', r0('items'), '信息资源没有任何信息项')] },
      {
        name: 'an item without name and data type',
        profile: 'national',
        subject: () => withItem(validResource(), 3, { name: ' ', dataType: undefined }),
        findings: [E('R01', r0('items[3].name'), '缺少必填项「信息项名称」'), E('R01', r0('items[3].dataType'), '缺少必填项「数据类型」')],
      },
      {
        name: 'missing classification',
        profile: 'anhui',
        subject: () => validResource({ classification: undefined }),
        findings: [E('R01', r0('classification'), '缺少必填项「信息资源分类（类/项/目）」')],
      },
      { name: 'format type of a database', profile: 'national', subject: () => validResource({ formatType: '' }), findings: [E('R01', r0('formatType'), '缺少必填项「信息资源格式类型」')] },
      {
        name: 'share method type on the platform',
        profile: 'national',
        subject: () => validResource({ shareMethodType: undefined }),
        findings: [E('R01', r0('shareMethodType'), '缺少必填项「共享方式类型」')],
      },
      { name: 'provider code', profile: 'national', subject: () => validResource({ providerCode: undefined }), findings: [E('R01', r0('providerCode'), '「信息资源提供方代码」')] },
      { name: 'publish date', profile: 'national', subject: () => validResource({ publishDate: '' }), findings: [E('R01', r0('publishDate'), '「发布日期」')] },
      { name: 'abstract', profile: 'jilin', subject: () => validResource({ abstract: '\t' }), findings: [E('R01', r0('abstract'), '「信息资源摘要」')] },
    ],
    R20: [
      {
        name: 'usage requirements (Anhui Art. 13)',
        profile: 'anhui',
        subject: () => validResource({ usageRequirements: ' ' }),
        findings: [E('R20', r0('usageRequirements'), '本地规定目录须载明「使用要求」，但未填写')],
      },
      {
        name: 'security level (Chongqing Art. 11)',
        profile: 'chongqing',
        subject: () => validResource({ securityLevel: undefined }),
        findings: [E('R20', r0('securityLevel'), '本地规定目录须载明「安全级别」，但未填写')],
      },
    ],
  },
  pass: [
    { rule: 'R01', name: 'a described format needs no format type', profile: 'national', subject: () => validResource({ formatCategory: 'other', formatType: undefined, formatOtherDesc: 'CAD 图纸' }) },
    { rule: 'R01', name: 'other share means need no share method type', profile: 'national', subject: () => validResource({ shareMethodCategory: 'other', shareMethodType: undefined }) },
    { rule: 'R20', name: 'a described format needs no format type even where the profile lists it', profile: 'shanxi', subject: () => validResource({ formatCategory: 'selfDescribing', formatType: undefined, formatOtherDesc: 'JSON' }) },
  ],
};
