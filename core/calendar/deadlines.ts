// When a catalog change is due under a profile's rules: e.g. Anhui Art. 15 — update the catalog within 10 working
// days of the change in law or duties (自变更之日起), and report the updated catalog within 3 working days. The
// report's 3 days run from the day the catalog was actually updated, not from the end of the 10: a department that
// updates on day 2 reports by day 5. The 首页 lists these; the citation says why.
import type { Profile } from '../profiles/profile.ts';
import type { Citation } from '../regulations/citations.ts';
import { addWorkingDays, type WorkingDayCalendar } from './working-days.ts';

export interface ChangeDeadlines {
  /** The catalog must be updated by this day. */
  updateDue?: string;
  /** And reported (submitted) by this day: counted from the day it was updated. */
  reportDue?: string;
  /** Years whose holiday arrangement is unknown: the dates were counted on weekends alone. */
  unverifiedYears: number[];
  citations: Citation[];
}

/**
 * `changedOn`: the 变更之日 (the day the law or duties changed, or the day the change was recorded where none is
 * given); `updatedOn`: the day the catalog was updated — the report clock's start (defaults to `changedOn`).
 */
export function changeDeadlines(profile: Profile, changedOn: string, calendar: WorkingDayCalendar, updatedOn: string = changedOn): ChangeDeadlines {
  const { catalogUpdateWorkingDays, reportWorkingDays, citations } = profile.deadlines;
  const out: ChangeDeadlines = { unverifiedYears: [], citations };
  if (catalogUpdateWorkingDays === undefined) return out;
  const update = addWorkingDays(calendar, changedOn, catalogUpdateWorkingDays);
  out.updateDue = update.due;
  const unverified = new Set(update.unverifiedYears);
  if (reportWorkingDays !== undefined) {
    const report = addWorkingDays(calendar, updatedOn, reportWorkingDays);
    out.reportDue = report.due;
    for (const y of report.unverifiedYears) unverified.add(y);
  }
  out.unverifiedYears = [...unverified].sort();
  return out;
}
