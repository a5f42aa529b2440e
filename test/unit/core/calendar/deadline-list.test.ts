// 首页's deadlines: changes grouped by the days their clocks start (the update's: the 变更之日 given, else the day recorded;
// the report's: the day recorded), counted in working days under the profile with
// the holiday calendar (hand-counted against the State Council arrangements), the annual update where a profile
// has one, and what the packages sent and accepted change about them.
import { describe, expect, it } from 'vitest';
import { createCalendar, workingDaysLeft } from '../../../../core/calendar/working-days.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';
import { beijingDate } from '../../../../core/time/beijing-time.ts';
import { deadlineList, reportedUpTo, type PackageSummary } from '../../../../core/calendar/deadline-list.ts';
import { workingDayCalendar } from '../../../../renderer/services/calendar/holiday-calendar.ts';

const calendar = createCalendar();
const anhui = loadProfile('anhui');
// 2026-09-24 10:00 Beijing; 2026-09-24 20:00 Beijing is still the 24th, 2026-09-24T17:00Z is the 25th in Beijing.
const AT_0924 = '2026-09-24T02:00:00.000Z';

describe('working days left', () => {
  it('counts the working days after today up to the due day, across 国庆节 and its 调休 Saturday', () => {
    // 9-28,29,30 · 10-8,9 · 10-10 (Saturday worked) · 10-12..15 → 10
    expect(workingDaysLeft(calendar, '2026-09-25', '2026-10-15')).toEqual({ left: 10, overdue: false, unverifiedYears: [] });
    expect(workingDaysLeft(calendar, '2026-10-15', '2026-10-15')).toEqual({ left: 0, overdue: false, unverifiedYears: [] });
  });

  it('counts overdue working days, and is overdue the day after even when that is a weekend', () => {
    expect(workingDaysLeft(calendar, '2026-10-20', '2026-10-15')).toMatchObject({ left: -3, overdue: true });
    expect(workingDaysLeft(calendar, '2026-10-17', '2026-10-16')).toMatchObject({ left: 0, overdue: true }); // Saturday after a Friday
  });

  it('names years without a known arrangement', () => {
    expect(workingDaysLeft(calendar, '2026-12-28', '2027-01-12').unverifiedYears).toEqual([2027]);
  });
});

describe('deadline list', () => {
  it('gives Anhui\'s 10 + 3 working days per day of changes, with Art. 15 cited', () => {
    const changes = [{ at: AT_0924 }, { at: '2026-09-24T12:00:00Z' }, { at: '2026-09-24T17:00:00Z' }];
    const list = deadlineList({ profile: anhui, calendar, today: '2026-09-25', changes, packages: [] });
    expect(beijingDate('2026-09-24T17:00:00Z')).toBe('2026-09-25');
    expect(list).toHaveLength(2);
    const [first, second] = list;
    // 9-24 + 10 working days = 10-15. Updated the same day, so reported 3 working days after 9-24 (9-25 is 中秋节):
    // 9-28, 9-29, 9-30.
    expect(first).toMatchObject({ kind: 'change', changedOn: '2026-09-24', updatedOn: '2026-09-24', resources: 2, updateDue: '2026-10-15', reportDue: '2026-09-30', due: '2026-09-30', overdue: false, awaitingReceipt: false, updateLate: false, reportLate: false });
    // From 9-25 to 9-30: 9-28..30.
    expect(first!.left).toBe(3);
    expect(first!.citations.map((c) => `${c.title}${c.article}`)).toEqual(['安徽省政务数据资源管理办法第十五条']);
    expect(second).toMatchObject({ changedOn: '2026-09-25', resources: 1 });
  });

  it('counts from the 变更之日 given with a change (自变更之日起), not from the later day it was recorded', () => {
    // The law changed on 9-24; the clerk updated the catalog on 10-09, another resource the same day without a date.
    const changes = [
      { at: '2026-10-09T02:00:00Z', basisChangedOn: '2026-09-24' },
      { at: '2026-10-09T03:00:00Z', basisChangedOn: '2026-09-24' },
      { at: '2026-10-09T04:00:00Z' },
    ];
    const list = deadlineList({ profile: anhui, calendar, today: '2026-10-09', changes, packages: [] });
    expect(list.map((d) => d.kind === 'change' && [d.changedOn, d.countedFrom, d.resources])).toEqual([
      ['2026-09-24', 'basisChange', 2],
      ['2026-10-09', 'recorded', 1],
    ]);
    // Update by 10-15 (from 9-24, as above), updated on 10-09, so reported by 10-10 (a Saturday worked), 10-12, 10-13.
    expect(list[0]).toMatchObject({ updateDue: '2026-10-15', updatedOn: '2026-10-09', reportDue: '2026-10-13', updateLate: false });
  });

  it('ignores a 变更之日 on or after the day the change was recorded: the clock cannot start later than the change', () => {
    const list = deadlineList({ profile: anhui, calendar, today: '2026-09-24', changes: [{ at: AT_0924, basisChangedOn: '2026-09-24' }, { at: AT_0924, basisChangedOn: '2026-12-01' }], packages: [] });
    expect(list.map((d) => d.kind === 'change' && [d.changedOn, d.countedFrom, d.resources])).toEqual([['2026-09-24', 'recorded', 2]]);
  });

  it('marks a deadline overdue and keeps the soonest first', () => {
    const changes = [{ at: '2026-11-02T02:00:00Z' }, { at: AT_0924 }];
    const list = deadlineList({ profile: anhui, calendar, today: '2026-11-05', changes, packages: [] });
    // Reports due 9-30 (above) and 11-05 (11-03, 04, 05).
    expect(list.map((d) => d.due)).toEqual(['2026-09-30', '2026-11-05']);
    // After 9-30 up to 11-05: 10-08, 09, 10 (Saturday worked), 12–16, 19–23, 26–30, 11-02..05 = 22.
    expect(list[0]).toMatchObject({ overdue: true, left: -22, reportLate: true });
    expect(list[1]).toMatchObject({ overdue: false, left: 0, reportLate: false });
  });

  it('says which years are not verified, and a holiday entered for that year moves the date', () => {
    const changes = [{ at: '2026-12-24T02:00:00Z' }];
    const before = deadlineList({ profile: anhui, calendar, today: '2026-12-24', changes, packages: [] })[0]!;
    // Weekends only in 2027: 12-25, 28, 29, 30, 31, 1-1, 4, 5, 6, 7 → update 1-7; report from 12-24: 12-25, 28, 29.
    expect(before).toMatchObject({ updateDue: '2027-01-07', reportDue: '2026-12-29', unverifiedYears: [2027] });
    const with2027 = workingDayCalendar({ years: { '2027': { notice: '', holidays: [{ name: '元旦', from: '2027-01-01', to: '2027-01-01' }], workdays: [] } }, corrections: { holidays: [], workdays: [] } });
    const after = deadlineList({ profile: anhui, calendar: with2027, today: '2026-12-24', changes, packages: [] })[0]!;
    expect(after).toMatchObject({ updateDue: '2027-01-08', reportDue: '2026-12-29', unverifiedYears: [] });
  });

  it('counts Yangzhou\'s 15 working days without a reporting period, and its yearly update before the end of June', () => {
    const yangzhou = loadProfile('yangzhou');
    const list = deadlineList({ profile: yangzhou, calendar, today: '2026-05-06', changes: [{ at: '2026-05-06T02:00:00Z' }], packages: [] });
    const annual = list.find((d) => d.kind === 'annual');
    expect(annual).toMatchObject({ year: 2026, due: '2026-06-30', overdue: false });
    expect(annual!.citations.map((c) => c.article)).toEqual(['第十二条']);
    const change = list.find((d) => d.kind === 'change');
    // 5-7, 8, 9 (Saturday worked), 11..15, 18..22, 25, 26 → 15
    expect(change).toMatchObject({ updateDue: '2026-05-26', due: '2026-05-26' });
    expect(change && 'reportDue' in change && change.reportDue).toBeFalsy();
  });

  it('moves the yearly update to next year once a full package of this year was sent, and not for a returned one', () => {
    const yangzhou = loadProfile('yangzhou');
    const annual = (packages: PackageSummary[]) => deadlineList({ profile: yangzhou, calendar, today: '2026-08-03', changes: [], packages }).find((d) => d.kind === 'annual')!;
    expect(annual([])).toMatchObject({ year: 2026, overdue: true });
    expect(annual([{ full: true, status: 'returned', createdAt: '2026-06-01T02:00:00Z' }])).toMatchObject({ year: 2026, overdue: true });
    expect(annual([{ full: false, status: 'accepted', createdAt: '2026-06-01T02:00:00Z' }])).toMatchObject({ year: 2026 });
    expect(annual([{ full: true, status: 'awaitingReceipt', createdAt: '2026-07-20T02:00:00Z' }])).toMatchObject({ year: 2027, due: '2027-06-30', unverifiedYears: [2027] });
  });

  it('has nothing for a profile without working-day deadlines', () => {
    expect(deadlineList({ profile: loadProfile('national'), calendar, today: '2026-09-25', changes: [{ at: AT_0924 }], packages: [] })).toEqual([]);
  });

  it('marks the changes a package sent after the accepted one carries as awaiting a receipt', () => {
    const packages: PackageSummary[] = [
      { full: true, status: 'accepted', createdAt: '2026-09-01T02:00:00Z' },
      { full: false, status: 'awaitingReceipt', createdAt: '2026-09-24T08:00:00Z' },
      { full: false, status: 'returned', createdAt: '2026-09-25T08:00:00Z' },
    ];
    expect(reportedUpTo(packages)).toEqual({ accepted: '2026-09-01T02:00:00Z', awaiting: '2026-09-24T08:00:00Z' });
    const list = deadlineList({ profile: anhui, calendar, today: '2026-10-30', changes: [{ at: AT_0924 }, { at: '2026-09-25T02:00:00Z' }], packages });
    expect(list.map((d) => d.kind === 'change' && [d.changedOn, d.awaitingReceipt, d.overdue])).toEqual([
      ['2026-09-24', true, true],
      ['2026-09-25', false, true],
    ]);
    // An awaiting package older than the accepted one bounds nothing.
    expect(reportedUpTo([{ full: false, status: 'awaitingReceipt', createdAt: '2026-08-01T00:00:00Z' }, packages[0]!])).toEqual({ accepted: '2026-09-01T02:00:00Z' });
  });
});
