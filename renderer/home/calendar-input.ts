// What the clerk types into the holiday calendar editor, checked before it is saved: dates as offices write them
// (2027-01-01, 2027/1/1, 2027年1月1日, full-width digits), a year's holidays and 调休 workdays from the State
// Council notice, and single-day corrections. Problems are codes with parameters; the editor words them
// (home.calendar.errors.<code>), Chinese first.
import type { EnteredYear, HolidayRange, UserCalendar } from '../services/calendar/holiday-calendar.ts';
import { isBundledYear } from '../services/calendar/holiday-calendar.ts';

export type CalendarProblemCode =
  | 'yearInvalid'
  | 'yearBundled'
  | 'yearExists'
  | 'noHolidays'
  | 'nameRequired'
  | 'dateRequired'
  | 'correctionRequired'
  | 'dateInvalid'
  | 'dateOutsideYear'
  | 'rangeReversed'
  | 'rangeTooLong'
  | 'overlap'
  | 'workdayNotWeekend'
  | 'workdayInHoliday'
  | 'duplicateDate'
  | 'correctionExists';

export interface CalendarProblem {
  code: CalendarProblemCode;
  params: Record<string, string | number>;
}

export interface HolidayDraft {
  name: string;
  from: string;
  to: string;
}

/** The year form as typed. */
export interface YearDraft {
  year: string;
  notice: string;
  holidays: HolidayDraft[];
  /** Several dates, separated by commas, 、 or spaces. */
  workdays: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: CalendarProblem[] };

const DAY_MS = 86_400_000;
/** The longest statutory break so far is 9 days (春节); more is a typing mistake. */
const MAX_HOLIDAY_DAYS = 15;
const pad = (n: number) => String(n).padStart(2, '0');

/** A typed date as YYYY-MM-DD, or undefined when it is not a real calendar date. */
export function parseDateText(text: string): string | undefined {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.normalize('NFKC').trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = `${y}-${pad(mo)}-${pad(d)}`;
  const ms = Date.UTC(y, mo - 1, d);
  return new Date(ms).toISOString().slice(0, 10) === date ? date : undefined;
}

/** Dates separated by commas, 、, semicolons or spaces; the pieces that are not dates come back as `invalid`. */
export function parseDateList(text: string): { dates: string[]; invalid: string[] } {
  const dates: string[] = [];
  const invalid: string[] = [];
  for (const piece of text.normalize('NFKC').split(/[,;、\s]+/)) {
    if (!piece) continue;
    const date = parseDateText(piece);
    if (date) dates.push(date);
    else invalid.push(piece);
  }
  return { dates, invalid };
}

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const days = (from: string, to: string) => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;

function checkHoliday(h: HolidayDraft, row: number, year: number, problems: CalendarProblem[]): HolidayRange | undefined {
  const name = h.name.trim();
  const at = { name: name || `#${row}` };
  if (!name) problems.push({ code: 'nameRequired', params: { row } });
  const ends = [h.from, h.to].map((text) => {
    if (!text.trim()) {
      problems.push({ code: 'dateRequired', params: at });
      return undefined;
    }
    const date = parseDateText(text);
    if (!date) problems.push({ code: 'dateInvalid', params: { value: text.trim() } });
    return date;
  });
  const [from, to] = ends;
  if (!from || !to) return undefined;
  if (!from.startsWith(`${year}-`)) {
    problems.push({ code: 'dateOutsideYear', params: { date: from, year } });
    return undefined;
  }
  if (from > to) {
    problems.push({ code: 'rangeReversed', params: { ...at, from, to } });
    return undefined;
  }
  if (days(from, to) > MAX_HOLIDAY_DAYS) {
    problems.push({ code: 'rangeTooLong', params: { ...at, days: days(from, to), max: MAX_HOLIDAY_DAYS } });
    return undefined;
  }
  return name ? { name, from, to } : undefined;
}

/** A year entered from the notice; `editing` is the year being edited (it may keep its number). */
export function checkYearDraft(draft: YearDraft, current: UserCalendar, editing?: string): Checked<{ year: string; entry: EnteredYear }> {
  const problems: CalendarProblem[] = [];
  const text = draft.year.normalize('NFKC').trim();
  const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= 2000 && year <= 2099)) return { ok: false, problems: [{ code: 'yearInvalid', params: { value: text } }] };
  if (isBundledYear(year)) return { ok: false, problems: [{ code: 'yearBundled', params: { year } }] };
  if (String(year) !== editing && Object.hasOwn(current.years, String(year))) return { ok: false, problems: [{ code: 'yearExists', params: { year } }] };

  const filled = draft.holidays.filter((h) => h.name.trim() || h.from.trim() || h.to.trim());
  if (filled.length === 0) problems.push({ code: 'noHolidays', params: { year } });
  const holidays = filled.flatMap((h, i) => checkHoliday(h, i + 1, year, problems) ?? []);
  const sorted = [...holidays].sort((a, b) => (a.from < b.from ? -1 : 1));
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.from <= sorted[i - 1]!.to) problems.push({ code: 'overlap', params: { a: sorted[i - 1]!.name, b: sorted[i]!.name } });
  }

  const { dates, invalid } = parseDateList(draft.workdays);
  for (const value of invalid) problems.push({ code: 'dateInvalid', params: { value } });
  const seen = new Set<string>();
  for (const date of dates) {
    if (seen.has(date)) problems.push({ code: 'duplicateDate', params: { date } });
    seen.add(date);
    if (!date.startsWith(`${year}-`)) problems.push({ code: 'dateOutsideYear', params: { date, year } });
    else if (weekday(date) !== 0 && weekday(date) !== 6) problems.push({ code: 'workdayNotWeekend', params: { date } });
    const inside = holidays.find((h) => h.from <= date && date <= h.to);
    if (inside) problems.push({ code: 'workdayInHoliday', params: { date, name: inside.name } });
  }
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { year: String(year), entry: { notice: draft.notice.trim(), holidays: sorted, workdays: [...seen].sort() } } };
}

export type CorrectionKind = 'holiday' | 'workday';

/** One day corrected to a day off or a working day (any year, bundled ones too). */
export function checkCorrection(text: string, current: UserCalendar): Checked<string> {
  if (!text.trim()) return { ok: false, problems: [{ code: 'correctionRequired', params: {} }] };
  const date = parseDateText(text);
  if (!date) return { ok: false, problems: [{ code: 'dateInvalid', params: { value: text.trim() } }] };
  const { holidays, workdays } = current.corrections;
  if (holidays.includes(date) || workdays.includes(date)) return { ok: false, problems: [{ code: 'correctionExists', params: { date } }] };
  return { ok: true, value: date };
}

/** The calendar with one correction added (sorted), or with one removed. */
export function withCorrection(current: UserCalendar, date: string, kind: CorrectionKind | undefined): UserCalendar {
  const drop = (list: string[]) => list.filter((d) => d !== date);
  const holidays = drop(current.corrections.holidays);
  const workdays = drop(current.corrections.workdays);
  if (kind === 'holiday') holidays.push(date);
  if (kind === 'workday') workdays.push(date);
  return { ...current, corrections: { holidays: holidays.sort(), workdays: workdays.sort() } };
}

/** The calendar with a year saved (replacing `replacing` if that was its old number), or removed (entry undefined). */
export function withYear(current: UserCalendar, year: string, entry: EnteredYear | undefined, replacing?: string): UserCalendar {
  const years = { ...current.years };
  if (replacing !== undefined) delete years[replacing];
  if (entry) years[year] = entry;
  else delete years[year];
  return { ...current, years };
}
