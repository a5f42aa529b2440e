// The clerk's part of the holiday calendar, kept in settings: whole years entered from the State Council's notice
// (years the bundled data does not have yet), and single-day corrections. The working-day calendar is core's, built
// from the bundled years, these years and the corrections on top (core/calendar/working-days.ts).
import type { JsonValue } from '../../../core/crypto/canonical-json.ts';
import { BUNDLED_HOLIDAYS, createCalendar, type HolidayYear, type WorkingDayCalendar } from '../../../core/calendar/working-days.ts';

/** The settings key (renderer/services/storage/settings.ts). */
export const HOLIDAY_CALENDAR_SETTING = 'holidayCalendar';

export interface HolidayRange {
  name: string;
  from: string;
  to: string;
}

/** A year as the clerk entered it from the notice. */
export interface EnteredYear {
  /** The notice's name or 文号, as the clerk wrote it (may be blank). */
  notice: string;
  holidays: HolidayRange[];
  /** Saturdays and Sundays worked (调休上班). */
  workdays: string[];
}

export interface UserCalendar {
  years: Record<string, EnteredYear>;
  corrections: { holidays: string[]; workdays: string[] };
}

export const EMPTY_USER_CALENDAR: UserCalendar = { years: {}, corrections: { holidays: [], workdays: [] } };

export const isBundledYear = (year: number | string) => Object.hasOwn(BUNDLED_HOLIDAYS, String(year));

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dates = (v: unknown) => strings(v).filter((d) => DATE.test(d));

/** The stored setting, read defensively: what does not have the expected shape is left out, never trusted. */
export function readUserCalendar(value: JsonValue | undefined): UserCalendar {
  if (!isObject(value)) return EMPTY_USER_CALENDAR;
  const years: Record<string, EnteredYear> = {};
  if (isObject(value.years)) {
    for (const [year, y] of Object.entries(value.years)) {
      if (!/^\d{4}$/.test(year) || isBundledYear(year) || !isObject(y)) continue;
      const holidays = (Array.isArray(y.holidays) ? y.holidays : [])
        .filter(isObject)
        .map((h) => ({ name: typeof h.name === 'string' ? h.name : '', from: String(h.from), to: String(h.to) }))
        .filter((h) => DATE.test(h.from) && DATE.test(h.to));
      years[year] = { notice: typeof y.notice === 'string' ? y.notice : '', holidays, workdays: dates(y.workdays) };
    }
  }
  const c = isObject(value.corrections) ? value.corrections : {};
  return { years, corrections: { holidays: dates(c.holidays), workdays: dates(c.workdays) } };
}

export function userCalendarJson(calendar: UserCalendar): JsonValue {
  return calendar as unknown as JsonValue;
}

/** Bundled years (never replaced), the clerk's years, and the corrections, which win over both. */
export function workingDayCalendar(user: UserCalendar): WorkingDayCalendar {
  const entered: Record<string, HolidayYear> = {};
  for (const [year, y] of Object.entries(user.years)) {
    if (!isBundledYear(year)) entered[year] = { notice: y.notice, docNo: '', published: '', holidays: y.holidays, workdays: y.workdays };
  }
  return createCalendar(user.corrections, { ...entered, ...BUNDLED_HOLIDAYS });
}
