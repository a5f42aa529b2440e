// Cases for core/rules/checks/not-open-reason.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R23: [
      {
        name: 'not open without a reason',
        profile: 'anhui',
        subject: () => validResource({ notOpenReasons: [] }),
        findings: [E('R23', r0('notOpenReasons'), '开放类型为「非开放」，但未说明不予开放的理由')],
      },
      {
        name: 'a law forbids it, but which?',
        profile: 'jilin',
        subject: () => validResource({ notOpenReasons: ['personalPrivacy', 'lawForbids'], notOpenNote: '' }),
        findings: [E('R23', r0('notOpenNote'), '不予开放理由为“法律、法规规定不得开放”，但未写明是哪一部规定')],
      },
      {
        // Anhui Art. 36: 法律、法规、规章规定不得开放 — a 规章 is a reason too, and the label says so.
        name: 'a law, regulation or rule forbids it, but which?',
        profile: 'anhui',
        subject: () => validResource({ notOpenReasons: ['lawForbids'], notOpenNote: ' ' }),
        findings: [E('R23', r0('notOpenNote'), '不予开放理由为“法律、法规、规章规定不得开放”，但未写明是哪一部规定')],
      },
    ],
  },
  pass: [
    { rule: 'R23', name: 'a named law', profile: 'anhui', subject: () => validResource({ notOpenReasons: ['lawForbids'], notOpenNote: '《中华人民共和国统计法》第二十五条' }) },
    { rule: 'R23', name: 'open resources need no reason', profile: 'jilin', subject: () => validResource({ openType: 'unconditional', notOpenReasons: [] }) },
  ],
};
