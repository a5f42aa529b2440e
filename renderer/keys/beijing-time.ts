// Times on forms and lists as people in China read them: China Standard Time (UTC+8, no daylight saving), whatever
// the computer's own time zone — the same convention as the CLI's registration form.
const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** `2026-11-22 17:05` for an ISO instant. */
export function beijingDateTime(iso: string): string {
  const t = new Date(Date.parse(iso) + BEIJING_OFFSET_MS).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`;
}

/** `2026-11-22` for an ISO instant. */
export function beijingDate(iso: string): string {
  return beijingDateTime(iso).slice(0, 10);
}
