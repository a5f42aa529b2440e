// "已保存 hh:mm": the time of the last save, in the clerk's local time, 24-hour, as offices write it; a save on an
// earlier day also gives the date (MM-DD), so yesterday's 16:40 is never read as today's.
export function formatSavedTime(at: Date, now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  const sameDay = at.getFullYear() === now.getFullYear() && at.getMonth() === now.getMonth() && at.getDate() === now.getDate();
  return sameDay ? time : `${pad(at.getMonth() + 1)}-${pad(at.getDate())} ${time}`;
}
