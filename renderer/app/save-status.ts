// "已保存 hh:mm": the time of the last save, in the clerk's local time, 24-hour, as offices write it.
export function formatSavedTime(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}
