// "已保存 hh:mm": the time of the last save in Beijing time (as every other time on screen), 24-hour, as offices
// write it; a save on an earlier day also gives the date (MM-DD), so yesterday's 16:40 is never read as today's.
import { beijingDateTime } from '../../core/time/beijing-time.ts';

export function formatSavedTime(at: Date, now = new Date()): string {
  const saved = beijingDateTime(at);
  return saved.slice(0, 10) === beijingDateTime(now).slice(0, 10) ? saved.slice(11) : saved.slice(5);
}
