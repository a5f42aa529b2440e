// The report's clock and the late states (Anhui Art. 15, Sixian Art. 19): the update is due 10 working days after
// the 变更之日, the report 3 working days after the day the catalog was actually updated; an update recorded after
// its 10, or a package sent after its 3, is late (迟于期限), with Sixian Art. 43(一) cited. Every date below was
// counted by hand on the State Council's arrangements (国办发明电〔2024〕12号 for 2025, 〔2025〕7号 for 2026).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineList, type ChangeDeadline, type PackageSummary } from '../../../../core/calendar/deadline-list.ts';
import { addWorkingDays, createCalendar, workingDaysLeft } from '../../../../core/calendar/working-days.ts';
import { loadProfile } from '../../../../core/profiles/profile.ts';

const calendar = createCalendar();
const anhui = loadProfile('anhui');
const sixian = loadProfile('sixian');

/** 10:00 Beijing on a day. */
const at = (day: string) => `${day}T02:00:00.000Z`;
const sent = (day: string, status: PackageSummary['status'] = 'awaitingReceipt'): PackageSummary => ({ full: false, status, createdAt: at(day) });

function only(input: { today: string; changedOn?: string; updatedOn: string; packages?: PackageSummary[]; profile?: typeof anhui }): ChangeDeadline {
  const change = { at: at(input.updatedOn), ...(input.changedOn !== undefined && { basisChangedOn: input.changedOn }) };
  const list = deadlineList({ profile: input.profile ?? anhui, calendar, today: input.today, changes: [change], packages: input.packages ?? [] }).filter((d) => d.kind === 'change');
  expect(list).toHaveLength(1);
  return list[0] as ChangeDeadline;
}

describe('Spring Festival 2026 (2-15..2-23 off; Saturdays 2-14 and 2-28 worked)', () => {
  // From 2-10: 2-11, 12, 13, 14 (Sat), 24, 25, 26, 27, 28 (Sat), 3-2 → update due 3-2.
  it('updated in time, reported on the third working day after the update: on time', () => {
    // Updated 2-26: 2-27, 2-28 (Sat), 3-2 → report due 3-2.
    const d = only({ today: '2026-03-02', changedOn: '2026-02-10', updatedOn: '2026-02-26', packages: [sent('2026-03-02')] });
    expect(d).toMatchObject({ changedOn: '2026-02-10', countedFrom: 'basisChange', updateDue: '2026-03-02', updatedOn: '2026-02-26', reportDue: '2026-03-02', reportedOn: '2026-03-02' });
    expect(d).toMatchObject({ updateLate: false, reportLate: false, awaitingReceipt: true, lateCitations: [] });
  });

  it('a package sent the day after the report was due is late, and stays shown as late', () => {
    const d = only({ today: '2026-03-10', changedOn: '2026-02-10', updatedOn: '2026-02-26', packages: [sent('2026-03-03')] });
    expect(d).toMatchObject({ reportedOn: '2026-03-03', reportLate: true, updateLate: false, awaitingReceipt: true });
  });

  it('an update recorded after its 10 working days is late; its report is counted from that day', () => {
    // Updated 3-3 (> 3-2): report 3-4, 3-5, 3-6.
    const d = only({ today: '2026-03-04', changedOn: '2026-02-10', updatedOn: '2026-03-03', profile: sixian });
    expect(d).toMatchObject({ updateDue: '2026-03-02', updateLate: true, reportDue: '2026-03-06', reportLate: false, left: 2 });
    expect(d.lateCitations.map((c) => `${c.title}${c.article}`)).toEqual(['泗县政务数据资源管理办法第四十三条']);
    expect(d.citations.map((c) => c.article)).toEqual(['第十五条', '第十九条']);
  });

  it('not reported after the report was due: late, and overdue by the working days since', () => {
    const d = only({ today: '2026-03-04', changedOn: '2026-02-10', updatedOn: '2026-02-26' });
    expect(d).toMatchObject({ reportDue: '2026-03-02', reportLate: true, overdue: true, left: -2, awaitingReceipt: false });
  });
});

describe('Spring Festival 2025 (1-28..2-4 off; 1-26 Sunday and 2-8 Saturday worked)', () => {
  it('counts the update across the holiday from the 变更之日 and the report from the day recorded', () => {
    // From 1-24: 1-26 (Sun), 1-27, 2-5, 6, 7, 8 (Sat), 10, 11, 12, 13 → update 2-13. Recorded 1-27: 2-5, 2-6, 2-7.
    const d = only({ today: '2025-01-27', changedOn: '2025-01-24', updatedOn: '2025-01-27' });
    expect(d).toMatchObject({ updateDue: '2025-02-13', reportDue: '2025-02-07', updateLate: false, reportLate: false, left: 3 });
  });
});

describe('National Day 2025 (10-1..10-8 off; 9-28 Sunday and 10-11 Saturday worked)', () => {
  // From 9-26: 9-28 (Sun), 29, 30, 10-9, 10, 11 (Sat), 13, 14, 15, 16 → update 10-16. Updated 9-30: 10-9, 10-10, 10-11.
  it('a report due on a Saturday worked is on time that day', () => {
    const d = only({ today: '2025-10-11', changedOn: '2025-09-26', updatedOn: '2025-09-30', packages: [sent('2025-10-11')] });
    expect(d).toMatchObject({ updateDue: '2025-10-16', reportDue: '2025-10-11', reportedOn: '2025-10-11', reportLate: false });
  });

  it('and late on the Monday after', () => {
    const d = only({ today: '2025-10-13', changedOn: '2025-09-26', updatedOn: '2025-09-30', packages: [sent('2025-10-13')] });
    expect(d).toMatchObject({ reportLate: true });
  });

  it('a change recorded without a 变更之日 is never late to update', () => {
    // From 9-30: 10-9, 10, 11 (Sat), 13, 14, 15, 16, 17, 20, 21.
    const d = only({ today: '2025-10-09', updatedOn: '2025-09-30' });
    expect(d).toMatchObject({ changedOn: '2025-09-30', countedFrom: 'recorded', updateDue: '2025-10-21', updateLate: false, reportDue: '2025-10-11' });
  });
});

describe('which package reports a change', () => {
  it('a returned package reports nothing; the next one sent does', () => {
    const packages = [sent('2026-03-02', 'returned'), sent('2026-03-05')];
    const d = only({ today: '2026-03-05', changedOn: '2026-02-10', updatedOn: '2026-02-26', packages });
    expect(d).toMatchObject({ reportedOn: '2026-03-05', reportLate: true });
  });

  it('a package made before the change does not carry it', () => {
    const d = only({ today: '2026-02-27', changedOn: '2026-02-10', updatedOn: '2026-02-26', packages: [sent('2026-02-25')] });
    expect(d).toMatchObject({ awaitingReceipt: false });
    expect(d.reportedOn).toBeUndefined();
  });

  it('Yangzhou sets no report period: only the update can be late', () => {
    const d = only({ today: '2026-06-01', changedOn: '2026-05-06', updatedOn: '2026-05-28', profile: loadProfile('yangzhou') });
    // From 5-06 (Art. 12, 15 working days): 5-26 (see deadline-list.test.ts); recorded 5-28.
    expect(d).toMatchObject({ updateDue: '2026-05-26', updateLate: true, reportLate: false });
    expect(d.reportDue).toBeUndefined();
  });
});

describe('properties over 2025–2026', () => {
  const day = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));

  it('the n-th working day after a start is n working days away', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 20 }), (start, n) => {
        const { due } = addWorkingDays(calendar, start, n);
        expect(workingDaysLeft(calendar, start, due).left).toBe(n);
        expect(n === 0 || calendar.isWorkingDay(due)).toBe(true);
      }),
    );
  });

  it('late exactly when updated after the update is due, or reported after the report is due', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 10 }), (changedOn, gap, delay) => {
        const updatedOn = new Date(Date.parse(changedOn) + gap * 86_400_000).toISOString().slice(0, 10);
        const reported = new Date(Date.parse(updatedOn) + delay * 86_400_000).toISOString().slice(0, 10);
        const d = only({ today: reported, changedOn, updatedOn, packages: [sent(reported)] });
        expect(d.updateDue).toBe(addWorkingDays(calendar, changedOn, 10).due);
        expect(d.reportDue).toBe(addWorkingDays(calendar, updatedOn, 3).due);
        expect(d.updateLate).toBe(updatedOn > d.updateDue);
        expect(d.reportLate).toBe(reported > d.reportDue!);
        // Reported on a working day within 3 of the update is never late, whenever the update was made (a package
        // made on the holiday after the third working day is: the period ended on that working day).
        if (calendar.isWorkingDay(reported) && workingDaysLeft(calendar, updatedOn, reported).left <= 3) expect(d.reportLate).toBe(false);
      }),
    );
  });
});
