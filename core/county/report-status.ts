// Where each unit of the county's roster stands in a reporting round (上报情况): 已报 (a version accepted in this
// round), 未报 (nothing accepted yet, the deadline not passed), 逾期 (nothing accepted and the deadline passed), or
// 已退回待重报 (the unit's last package was returned and no later one accepted). With each, the working days to or past
// the deadline (core/calendar, holidays and 调休 included), and for a version accepted after the deadline how many
// working days late it came. Pure: the caller gives the roster, what it accepted and returned, the deadline and
// today (core reads no clock); the app's 上报情况 board and `mulu assess` both read it.
import { workingDaysLeft, type WorkingDayCalendar } from '../calendar/working-days.ts';
import type { LocalText } from '../i18n/text.ts';
import { beijingDate } from '../time/beijing-time.ts';

export const REPORT_STATES = ['reported', 'notReported', 'overdue', 'returnedAwaiting'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_STATE_TEXT: Readonly<Record<ReportState, LocalText>> = {
  reported: { zh: '已报', en: 'reported' },
  notReported: { zh: '未报', en: 'not reported' },
  overdue: { zh: '逾期', en: 'overdue' },
  returnedAwaiting: { zh: '已退回待重报', en: 'returned, awaiting resubmission' },
};

/** A unit the county expects to report (from its roster or trust store). */
export interface RosterUnitRef {
  name: string;
  uscc: string;
  divisionCode?: string;
}

/** What the county holds of one unit, by USCC. Times are ISO 8601 instants. */
export interface UnitReportRecord {
  /** The unit's last accepted version and its package's creation time (when the unit reported it). */
  accepted?: { version: number; at: string };
  /** When the unit's last returned package was returned (the receipt's receivedAt). */
  returnedAt?: string;
}

export interface ReportRound {
  /** The day the reports are due (Beijing calendar day, YYYY-MM-DD). */
  due: string;
  /** Today, Beijing calendar day. */
  today: string;
  /** Versions accepted before this day belong to an earlier round and do not count; default: every version counts. */
  opensOn?: string;
  calendar: WorkingDayCalendar;
}

export interface UnitReportStatus {
  unit: RosterUnitRef;
  state: ReportState;
  /** The accepted version of this round, if any. */
  version?: number;
  /** The Beijing day it was reported. */
  reportedOn?: string;
  /** Working days after today up to the deadline (reported or not: the same count), or, once passed, minus the working days since. */
  workingDaysLeft: number;
  /** Reported after the deadline: by how many working days. */
  workingDaysLate?: number;
  /** Years counted on weekends alone because their holiday arrangement is unknown. */
  unverifiedYears: number[];
}

export function reportStatuses(roster: readonly RosterUnitRef[], records: ReadonlyMap<string, UnitReportRecord>, round: ReportRound): UnitReportStatus[] {
  const left = workingDaysLeft(round.calendar, round.today, round.due);
  return roster.map((unit) => {
    const record = records.get(unit.uscc) ?? {};
    const reportedOn = record.accepted && beijingDate(record.accepted.at);
    const inRound = reportedOn !== undefined && (round.opensOn === undefined || reportedOn >= round.opensOn);
    const returnedSince = record.returnedAt !== undefined && (!record.accepted || record.returnedAt > record.accepted.at);
    const base = { unit, workingDaysLeft: left.left, unverifiedYears: left.unverifiedYears };
    if (returnedSince) return { ...base, state: 'returnedAwaiting' };
    if (inRound) {
      const late = reportedOn > round.due ? workingDaysLeft(round.calendar, round.due, reportedOn).left : 0;
      return { ...base, state: 'reported', version: record.accepted!.version, reportedOn, ...(late > 0 && { workingDaysLate: late }) };
    }
    return { ...base, state: left.overdue ? 'overdue' : 'notReported' };
  });
}

export function countReportStates(statuses: readonly UnitReportStatus[]): Record<ReportState, number> {
  const counts = Object.fromEntries(REPORT_STATES.map((s) => [s, 0])) as Record<ReportState, number>;
  for (const s of statuses) counts[s.state]++;
  return counts;
}
