// Dates in SpreadsheetML are serial day numbers in the 1900 date system. Excel kept Lotus 1-2-3's phantom
// 1900-02-29 (serial 60), so from 1900-03-01 on a serial is the day count since 1899-12-30, and the 59 days
// before it are one lower.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const SERIAL_ZERO = Date.UTC(1899, 11, 30);
/** Day count (since 1899-12-30) of 1900-03-01, the first day the plain count is right. */
const FIRST_EXACT_DAY = 61;

/** 'YYYY-MM-DD' → Excel serial day; RangeError if it is not a calendar date Excel can show (1900-01-01…9999-12-31). */
export function excelSerialDay(iso: string): number {
  const match = ISO_DATE.exec(iso);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (!match || year < 1900 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`'${iso}' is not a date from 1900-01-01 to 9999-12-31 in the form YYYY-MM-DD`);
  }
  const days = (time - SERIAL_ZERO) / DAY_MS;
  return days < FIRST_EXACT_DAY ? days - 1 : days;
}
