// Excel serial day numbers as calendar dates. In the 1900 date system (the default) day 1 is 1900-01-01 and
// day 60 is 1900-02-29, a date that never existed: Lotus 1-2-3 treated 1900 as a leap year and Excel kept the bug
// for compatibility, so from day 61 (1900-03-01) on, serial n is 1899-12-30 + n days. In the 1904 date system
// (old Mac workbooks, workbookPr date1904) day 0 is 1904-01-01.

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last date Excel shows. */
const LAST_DAY = Date.UTC(9999, 11, 31);

/**
 * 'YYYY-MM-DD' for a serial day (a time of day is dropped); undefined for what no real date matches: below day 1
 * (1900 system) or day 0 (1904 system), past 9999-12-31, not finite, and the fictitious 1900-02-29.
 */
export function serialToIsoDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  // Whole milliseconds first, so 45292.99999999999 (a float just short of midnight) counts as the next day.
  const day = Math.floor(Math.round(serial * DAY_MS) / DAY_MS);
  let time: number;
  if (date1904) {
    if (day < 0) return undefined;
    time = EPOCH_1904 + day * DAY_MS;
  } else {
    if (day < 1 || day === 60) return undefined;
    time = EPOCH_1900 + (day < 60 ? day + 1 : day) * DAY_MS;
  }
  if (time > LAST_DAY) return undefined;
  const date = new Date(time);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}
