// How many working days are left before a deadline, or how many it is overdue by: what a clerk plans with.
// core/calendar counts forward from a start (addWorkingDays); this counts between two known days.
import type { WorkingDayCalendar } from '../../core/calendar/working-days.ts';

export interface WorkingDayCount {
  /** Working days after `today` up to and including `due`; once overdue, minus the working days since `due`. */
  left: number;
  /** `today` is after `due` (even when no working day lies between, e.g. due Friday, today Saturday). */
  overdue: boolean;
  /** Years crossed whose holiday arrangement is unknown (counted on weekends alone). */
  unverifiedYears: number[];
}

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function workingDaysLeft(calendar: WorkingDayCalendar, today: string, due: string): WorkingDayCount {
  const from = dayNumber(today);
  const to = dayNumber(due);
  if (Number.isNaN(from) || Number.isNaN(to)) throw new RangeError(`not a calendar date: ${Number.isNaN(from) ? today : due}`);
  const [start, end, sign] = to >= from ? [from, to, 1] : [to, from, -1];
  const unverified = new Set<number>();
  let count = 0;
  for (let day = start + 1; day <= end; day++) {
    const date = dateOf(day);
    const year = Number(date.slice(0, 4));
    if (!calendar.covers(year)) unverified.add(year);
    if (calendar.isWorkingDay(date)) count++;
  }
  return { left: sign * count || 0, overdue: to < from, unverifiedYears: [...unverified].sort() };
}
