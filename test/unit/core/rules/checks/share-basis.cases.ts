// Cases for core/rules/checks/share-basis.ts, run by each-rule.test.ts.
import { basis, LAW_BASIS } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0, conditional, notShared } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R21: [
      {
        name: 'restricted sharing without a basis',
        profile: 'anhui',
        subject: () => conditional({ shareBasis: [] }),
        findings: [E('R21', r0('shareBasis'), '共享类型为「有条件共享」，须列明依据（法律、行政法规、党中央、国务院政策），但未填写共享依据')],
      },
      {
        name: 'a local regulation as basis for not sharing',
        profile: 'anhui',
        subject: () => notShared({ shareBasis: [basis({ title: '安徽省大数据发展条例', level: 'localRegulation', article: '第二十条' })] }),
        findings: [E('R21', r0('shareBasis[0].level'), '共享依据「安徽省大数据发展条例」的层级为「地方性法规」，本地规定只接受：法律、行政法规、党中央、国务院政策')],
      },
      {
        name: 'a basis without article',
        profile: 'jilin',
        subject: () => conditional({ shareBasis: [basis({ article: ' ' })] }),
        findings: [E('R21', r0('shareBasis[0]'), '共享依据「中华人民共和国个人信息保护法」缺少条款')],
      },
      {
        name: 'a basis without level or article',
        profile: 'shanxi',
        subject: () => conditional({ shareBasis: [{ title: '某规范性文件' }], shareReview: { status: 'approved' } }),
        findings: [E('R21', r0('shareBasis[0]'), '共享依据「某规范性文件」缺少层级和条款')],
      },
    ],
  },
  pass: [
    { rule: 'R21', name: 'a law as basis', profile: 'anhui', subject: () => notShared() },
    { rule: 'R21', name: 'a local regulation as basis in Jilin', profile: 'jilin', subject: () => notShared({ shareBasis: [basis({ title: '吉林省数据条例', level: 'localRegulation', article: '第十条' })] }) },
    {
      rule: 'R21',
      name: 'one accepted basis among others',
      profile: 'anhui',
      subject: () => conditional({ shareBasis: [basis({ title: '某市规定', level: 'normativeDocument', article: '第三条' }), LAW_BASIS] }),
    },
  ],
};
