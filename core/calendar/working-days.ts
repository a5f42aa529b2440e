// Working days as Chinese government offices count them: Monday to Friday, minus statutory holidays, plus the
// weekend days worked instead (调休上班), from the State Council's yearly notices (assets/calendar/cn-holidays.json)
// with the user's corrections on top. Deadlines such as Anhui's "within 10 working days" are counted here.
// Dates are plain YYYY-MM-DD calendar days (Beijing), so no time zone can shift them.
import data from '../../assets/calendar/cn-holidays.json';
import { checkedAsset } from '../model/checked-asset.ts';
import { HolidaysAssetSchema, type HolidayYear } from './holidays-schema.ts';

export type { HolidayYear };

/** The user's corrections: days off and days worked that the bundled notices lack or get wrong. Theirs win. */
export interface CalendarOverrides {
  holidays?: readonly string[];
  workdays?: readonly string[];
}

export interface WorkingDayCalendar {
  isWorkingDay(date: string): boolean;
  /** Whether the year's official arrangement is known (bundled or entered by the user). */
  covers(year: number): boolean;
  /** The holiday's name when the date is a statutory day off. */
  holidayName(date: string): string | undefined;
}

export const BUNDLED_HOLIDAYS: Readonly<Record<string, HolidayYear>> = checkedAsset(HolidaysAssetSchema, data, 'assets/calendar/cn-holidays.json').years;

const DAY_MS = 86_400_000;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function toDays(date: string): number {
  const m = ISO.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) throw new RangeError(`not a calendar date: ${date}`);
  return ms / DAY_MS;
}

function fromDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function createCalendar(overrides: CalendarOverrides = {}, years: Readonly<Record<string, HolidayYear>> = BUNDLED_HOLIDAYS): WorkingDayCalendar {
  const off = new Map<string, string>();
  const worked = new Set<string>();
  for (const year of Object.values(years)) {
    for (const h of year.holidays) for (let d = toDays(h.from); d <= toDays(h.to); d++) off.set(fromDays(d), h.name);
    for (const w of year.workdays) worked.add(w);
  }
  const known = new Set(Object.keys(years).map(Number));
  for (const d of overrides.holidays ?? []) {
    toDays(d);
    worked.delete(d);
    off.set(d, off.get(d) ?? '自定义休息日');
    known.add(Number(d.slice(0, 4)));
  }
  for (const d of overrides.workdays ?? []) {
    toDays(d);
    off.delete(d);
    worked.add(d);
    known.add(Number(d.slice(0, 4)));
  }
  return {
    isWorkingDay(date) {
      if (worked.has(date)) return true;
      if (off.has(date)) return false;
      const weekday = (toDays(date) + 4) % 7; // 1970-01-01 was a Thursday
      return weekday !== 0 && weekday !== 6;
    },
    covers: (year) => known.has(year),
    holidayName: (date) => off.get(date),
  };
}

export interface WorkingDayDeadline {
  /** The last day of the period: the n-th working day after `start` (the start day itself is not counted). */
  due: string;
  /** Years crossed whose holiday arrangement is unknown, so weekends alone were counted: the date needs checking. */
  unverifiedYears: number[];
}

export function addWorkingDays(calendar: WorkingDayCalendar, start: string, n: number): WorkingDayDeadline {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let day = toDays(start);
  const unverified = new Set<number>();
  for (let counted = 0; counted < n; ) {
    day++;
    const date = fromDays(day);
    const year = Number(date.slice(0, 4));
    if (!calendar.covers(year)) unverified.add(year);
    if (calendar.isWorkingDay(date)) counted++;
  }
  return { due: fromDays(day), unverifiedYears: [...unverified].sort() };
}

/** Counting between two known days (addWorkingDays counts forward from a start): what a clerk plans with. */
export interface WorkingDayCount {
  /** Working days after `today` up to and including `due`; once overdue, minus the working days since `due`. */
  left: number;
  /** `today` is after `due` (even when no working day lies between, e.g. due Friday, today Saturday). */
  overdue: boolean;
  /** Years crossed whose holiday arrangement is unknown (counted on weekends alone). */
  unverifiedYears: number[];
}

export function workingDaysLeft(calendar: WorkingDayCalendar, today: string, due: string): WorkingDayCount {
  const from = toDays(today);
  const to = toDays(due);
  const [start, end, sign] = to >= from ? [from, to, 1] : [to, from, -1];
  const unverified = new Set<number>();
  let count = 0;
  for (let day = start + 1; day <= end; day++) {
    const date = fromDays(day);
    const year = Number(date.slice(0, 4));
    if (!calendar.covers(year)) unverified.add(year);
    if (calendar.isWorkingDay(date)) count++;
  }
  return { left: sign * count || 0, overdue: to < from, unverifiedYears: [...unverified].sort() };
}
