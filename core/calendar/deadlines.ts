// When a catalog change is due under a profile's rules: e.g. Anhui Art. 15 — update the catalog within 10 working
// days of the change in law or duties, and report it within 3 more. The 首页 lists these; the citation says why.
import type { Profile } from '../profiles/profile.ts';
import type { Citation } from '../rules/citations.ts';
import { addWorkingDays, type WorkingDayCalendar } from './working-days.ts';

export interface ChangeDeadlines {
  /** The catalog must be updated by this day. */
  updateDue?: string;
  /** And reported (submitted) by this day. */
  reportDue?: string;
  /** Years whose holiday arrangement is unknown: the dates were counted on weekends alone. */
  unverifiedYears: number[];
  citations: Citation[];
}

export function changeDeadlines(profile: Profile, changedOn: string, calendar: WorkingDayCalendar): ChangeDeadlines {
  const { catalogUpdateWorkingDays, reportWorkingDays, citations } = profile.deadlines;
  const out: ChangeDeadlines = { unverifiedYears: [], citations };
  if (catalogUpdateWorkingDays === undefined) return out;
  const update = addWorkingDays(calendar, changedOn, catalogUpdateWorkingDays);
  out.updateDue = update.due;
  const unverified = new Set(update.unverifiedYears);
  if (reportWorkingDays !== undefined) {
    const report = addWorkingDays(calendar, update.due, reportWorkingDays);
    out.reportDue = report.due;
    for (const y of report.unverifiedYears) unverified.add(y);
  }
  out.unverifiedYears = [...unverified].sort();
  return out;
}
