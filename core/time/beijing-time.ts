// Dates and times as offices in China read them: China Standard Time (UTC+8; no daylight saving since 1991),
// whatever the computer's own time zone. Forms, package lists, deadlines and "已保存" all use it, so one screen
// never shows two clocks.
export const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** An instant (ISO text, Date or epoch ms) as Beijing wall-clock time in ISO form, `2026-11-22T17:05:09.000Z`. */
function beijingIso(instant: string | Date | number): string {
  const ms = typeof instant === 'string' ? Date.parse(instant) : typeof instant === 'number' ? instant : instant.getTime();
  return new Date(ms + BEIJING_OFFSET_MS).toISOString();
}

/** `2026-11-22` */
export function beijingDate(instant: string | Date | number): string {
  return beijingIso(instant).slice(0, 10);
}

/** `2026-11-22 17:05` */
export function beijingDateTime(instant: string | Date | number): string {
  const t = beijingIso(instant);
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}

/** `2026-11-22 17:05:09` */
export function beijingDateTimeSeconds(instant: string | Date | number): string {
  const t = beijingIso(instant);
  return `${t.slice(0, 10)} ${t.slice(11, 19)}`;
}
