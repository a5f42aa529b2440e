// Deadlines in working days, checked against the State Council's arrangements by hand-counted examples.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, BUNDLED_HOLIDAYS, createCalendar } from '../../../../core/calendar/working-days.ts';

const calendar = createCalendar();

describe('working-day calendar', () => {
  it('knows weekends, statutory holidays and the weekend days worked instead', () => {
    expect(calendar.isWorkingDay('2026-11-20')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(calendar.isWorkingDay('2026-10-05')).toBe(false); // Monday in 国庆节
    expect(calendar.holidayName('2026-10-05')).toBe('国庆节');
    expect(calendar.isWorkingDay('2026-10-10')).toBe(true); // Saturday, 调休上班
    expect(calendar.isWorkingDay('2025-02-08')).toBe(true);
    expect(calendar.isWorkingDay('2024-06-10')).toBe(false); // 端午节, a Monday
  });

  it('counts Anhui\'s 10 working days across 中秋节 and 国庆节 2026', () => {
    // 9-25..27 中秋 · 9-28,29,30 (1–3) · 10-1..7 国庆 · 10-8,9 (4,5) · 10-10 Saturday worked (6) · 10-12..15 (7–10)
    expect(addWorkingDays(calendar, '2026-09-24', 10)).toEqual({ due: '2026-10-15', unverifiedYears: [] });
  });

  it('counts a weekend workday before 春节 and resumes after it', () => {
    // 2-14 Saturday worked (1) · 2-15..23 春节 · 2-24 (2) · 2-25 (3)
    expect(addWorkingDays(calendar, '2026-02-13', 3).due).toBe('2026-02-25');
  });

  it('says when a period runs into a year whose arrangement is not known', () => {
    const r = addWorkingDays(calendar, '2026-12-28', 10);
    expect(r.unverifiedYears).toEqual([2027]);
    expect(r.due).toBe('2027-01-11'); // weekends only: 12-29,30,31 · 1-1 (Fri) · 1-4..8 · 1-11
  });

  it('lets the user correct the calendar: their days win over the bundled notices', () => {
    const corrected = createCalendar({ holidays: ['2026-11-23'], workdays: ['2026-10-07'] });
    expect(corrected.isWorkingDay('2026-11-23')).toBe(false);
    expect(corrected.isWorkingDay('2026-10-07')).toBe(true);
    expect(createCalendar({ holidays: ['2027-02-08'] }).covers(2027)).toBe(true);
  });

  it('has consistent bundled data: worked days fall on weekends, holidays inside their year', () => {
    for (const [year, y] of Object.entries(BUNDLED_HOLIDAYS)) {
      for (const w of y.workdays) {
        const weekday = new Date(`${w}T00:00:00Z`).getUTCDay();
        expect([0, 6], `${w} should be a Saturday or Sunday`).toContain(weekday);
        expect(w.startsWith(year)).toBe(true);
      }
      for (const h of y.holidays) expect(h.from <= h.to && h.from.startsWith(year)).toBe(true);
    }
  });

  it('refuses dates that do not exist', () => {
    expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
  });
});

describe('change deadlines by profile', () => {
  it('gives Anhui\'s 10 + 3 working days with the article that requires them', async () => {
    const { changeDeadlines } = await import('../../../../core/calendar/deadlines.ts');
    const { loadProfile } = await import('../../../../core/profiles/profile.ts');
    const d = changeDeadlines(loadProfile('anhui'), '2026-09-24', calendar);
    // update due 10-15 (above); the report counts from the day the catalog was updated, by default the same day:
    // 9-25 is 中秋节, so 9-28 (1), 9-29 (2), 9-30 (3)
    expect(d).toMatchObject({ updateDue: '2026-10-15', reportDue: '2026-09-30', unverifiedYears: [] });
    // updated on 10-09: 10-10 (a Saturday worked), 10-12, 10-13 — not 3 days after the update period's end (10-20)
    expect(changeDeadlines(loadProfile('anhui'), '2026-09-24', calendar, '2026-10-09')).toMatchObject({ updateDue: '2026-10-15', reportDue: '2026-10-13' });
    expect(d.citations.map((c) => c.title).join()).toContain('安徽省政务数据资源管理办法');
    expect(changeDeadlines(loadProfile('national'), '2026-09-24', calendar).updateDue).toBeUndefined();
  });
});
