// 上报情况 per roster unit: 已报 (on time or late, by working days), 未报, 逾期, 已退回待重报 — counted on the bundled
// holiday calendar. The week of 2026-12-04 (a Friday) has no holiday, so the working days are the weekdays.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../../core/calendar/working-days.ts';
import { countReportStates, reportStatuses, type UnitReportRecord } from '../../../../core/county/report-status.ts';

const roster = ['甲', '乙', '丙', '丁'].map((name, i) => ({ name: `泗县${name}局`, uscc: `U${i}` }));
const records = new Map<string, UnitReportRecord>([
  ['U0', { accepted: { version: 3, at: '2026-12-03T02:00:00Z' } }],
  ['U1', { accepted: { version: 1, at: '2026-12-08T01:00:00Z' } }],
  ['U3', { accepted: { version: 2, at: '2026-12-02T01:00:00Z' }, returnedAt: '2026-12-05T03:00:00Z' }],
]);
const calendar = createCalendar();

describe('reportStatuses', () => {
  it('after the deadline: on time, late by working days, overdue, returned awaiting resubmission', () => {
    const statuses = reportStatuses(roster, records, { due: '2026-12-04', today: '2026-12-09', calendar });
    expect(statuses.map((s) => [s.unit.name, s.state, s.version ?? null, s.reportedOn ?? null, s.workingDaysLate ?? 0, s.workingDaysLeft])).toEqual([
      ['泗县甲局', 'reported', 3, '2026-12-03', 0, -3],
      ['泗县乙局', 'reported', 1, '2026-12-08', 2, -3],
      ['泗县丙局', 'overdue', null, null, 0, -3],
      ['泗县丁局', 'returnedAwaiting', null, null, 0, -3],
    ]);
    expect(countReportStates(statuses)).toEqual({ reported: 2, notReported: 0, overdue: 1, returnedAwaiting: 1 });
  });

  it('before the deadline a unit without a version is 未报, with the working days left', () => {
    const [, , c] = reportStatuses(roster, records, { due: '2026-12-04', today: '2026-12-01', calendar });
    expect([c!.state, c!.workingDaysLeft]).toEqual(['notReported', 3]);
  });

  it('a version accepted before the round opened does not count for it; one accepted after a return clears the return', () => {
    const later = new Map(records).set('U3', { accepted: { version: 3, at: '2026-12-07T01:00:00Z' }, returnedAt: '2026-12-05T03:00:00Z' });
    const statuses = reportStatuses(roster, later, { due: '2026-12-04', today: '2026-12-09', opensOn: '2026-12-03', calendar });
    expect(statuses.map((s) => s.state)).toEqual(['reported', 'reported', 'overdue', 'reported']);
    expect(reportStatuses(roster, later, { due: '2026-12-04', today: '2026-12-09', opensOn: '2026-12-04', calendar })[0]!.state).toBe('overdue');
  });
});
