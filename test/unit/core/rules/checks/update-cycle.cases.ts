// Cases for core/rules/checks/update-cycle.ts, run by each-rule.test.ts.
import { validResource } from '../../../../harness/catalog-builders.ts';
import { type CheckCases, E, r0 } from '../../../../harness/rule-cases.ts';

export const cases: CheckCases = {
  fail: {
    R09: [
      { name: 'irregular', profile: 'national', subject: () => validResource({ updateCycle: 'irregular' }), findings: [E('R09', r0('updateCycleNote'), '更新周期为「不定期」，但未填写更新周期说明')] },
      { name: 'other', profile: 'national', subject: () => validResource({ updateCycle: 'other', updateCycleNote: '　' }), findings: [E('R09', r0('updateCycleNote'), '更新周期为「其他」')] },
    ],
  },
  pass: [
    { rule: 'R09', name: 'irregular with a note', profile: 'national', subject: () => validResource({ updateCycle: 'irregular', updateCycleNote: '发生变更后 5 个工作日内' }) },
  ],
};
