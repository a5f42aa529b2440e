// 首页's upcoming deadlines under the workspace's profile: every change not yet in an accepted package must be made
// and reported within the profile's working days (Anhui Art. 15: 10 + 3), counted "自变更之日起": from the day the
// law or the department's duties changed where the clerk gave it with the change, else from the day it was recorded;
// and where the profile asks for a yearly full update (Yangzhou Art. 12: before the end of June), that one.
// Pure: the app's storage supplies the changes and packages, its settings the calendar.
import type { PackageStatus } from '../package/receipt.ts';
import type { Profile } from '../profiles/profile.ts';
import type { Citation } from '../rules/citations.ts';
import { beijingDate } from './beijing-time.ts';
import { changeDeadlines } from './deadlines.ts';
import { workingDaysLeft, type WorkingDayCalendar } from './working-days.ts';

/** A package as the deadlines need it. */
export interface PackageSummary {
  /** A full package (not incremental on a base). */
  full: boolean;
  status: PackageStatus;
  /** When it was made (manifest.createdAt): changes after it are not in it. */
  createdAt: string;
}

/** When a resource's change happened (its first version after the last accepted package). */
export interface ChangeTime {
  at: string;
  /** 变更之日 given with the change (ISO date): the day the law or the department's duties changed. */
  basisChangedOn?: string | undefined;
}

/** What a change's clock starts from: the 变更之日 given with it, or (none given, or a later one) the day it was recorded. */
export type CountedFrom = 'basisChange' | 'recorded';

interface DeadlineBase {
  /** The date the days left are counted to. */
  due: string;
  left: number;
  overdue: boolean;
  unverifiedYears: number[];
  citations: Citation[];
}

/** The changes whose clock starts on one day: one clock for all of them. */
export interface ChangeDeadline extends DeadlineBase {
  kind: 'change';
  /** The day the clock starts. */
  changedOn: string;
  countedFrom: CountedFrom;
  resources: number;
  updateDue: string;
  /** Absent where the profile sets no separate reporting period (then `due` is the update deadline). */
  reportDue?: string;
  /** Every change of the day is in a package sent after the accepted one, still without a receipt. */
  awaitingReceipt: boolean;
}

export interface AnnualDeadline extends DeadlineBase {
  kind: 'annual';
  year: number;
}

export type Deadline = ChangeDeadline | AnnualDeadline;

/** The packages that bound the open changes: the last accepted one, and the newest sent after it still awaiting a receipt. */
export function reportedUpTo(packages: readonly PackageSummary[]): { accepted?: string; awaiting?: string } {
  const newest = (list: readonly PackageSummary[]) => list.reduce<string | undefined>((max, p) => (max === undefined || p.createdAt > max ? p.createdAt : max), undefined);
  const accepted = newest(packages.filter((p) => p.status === 'accepted'));
  const awaiting = newest(packages.filter((p) => p.status === 'awaitingReceipt' && (accepted === undefined || p.createdAt > accepted)));
  return { ...(accepted && { accepted }), ...(awaiting && { awaiting }) };
}

function changeList(profile: Profile, calendar: WorkingDayCalendar, today: string, changes: readonly ChangeTime[], awaiting: string | undefined): ChangeDeadline[] {
  const byDay = new Map<string, { changedOn: string; countedFrom: CountedFrom; resources: number; latest: string }>();
  for (const c of changes) {
    const recorded = beijingDate(c.at);
    const fromBasis = c.basisChangedOn !== undefined && c.basisChangedOn < recorded;
    const [changedOn, countedFrom]: [string, CountedFrom] = fromBasis ? [c.basisChangedOn!, 'basisChange'] : [recorded, 'recorded'];
    const key = `${changedOn} ${countedFrom}`;
    const group = byDay.get(key) ?? { changedOn, countedFrom, resources: 0, latest: c.at };
    group.resources++;
    if (c.at > group.latest) group.latest = c.at;
    byDay.set(key, group);
  }
  const out: ChangeDeadline[] = [];
  for (const { changedOn, countedFrom, ...group } of byDay.values()) {
    const d = changeDeadlines(profile, changedOn, calendar);
    if (d.updateDue === undefined) continue;
    const due = d.reportDue ?? d.updateDue;
    const count = workingDaysLeft(calendar, today, due);
    out.push({
      kind: 'change',
      changedOn,
      countedFrom,
      resources: group.resources,
      updateDue: d.updateDue,
      ...(d.reportDue !== undefined && { reportDue: d.reportDue }),
      due,
      left: count.left,
      overdue: count.overdue,
      awaitingReceipt: awaiting !== undefined && group.latest <= awaiting,
      unverifiedYears: [...new Set([...d.unverifiedYears, ...count.unverifiedYears])].sort(),
      citations: d.citations,
    });
  }
  return out;
}

/** This year's full update until a full package made this year is sent (and not returned); then next year's. */
function annualDeadline(profile: Profile, calendar: WorkingDayCalendar, today: string, packages: readonly PackageSummary[]): AnnualDeadline | undefined {
  const monthDay = profile.deadlines.annualFullUpdateDue;
  if (!monthDay) return undefined;
  const thisYear = Number(today.slice(0, 4));
  const done = packages.some((p) => p.full && p.status !== 'returned' && beijingDate(p.createdAt).startsWith(`${thisYear}-`));
  const year = done ? thisYear + 1 : thisYear;
  const due = `${year}-${monthDay}`;
  const count = workingDaysLeft(calendar, today, due);
  return { kind: 'annual', year, due, left: count.left, overdue: count.overdue, unverifiedYears: count.unverifiedYears, citations: profile.deadlines.citations };
}

/** The deadlines to show, soonest first. `today` is the Beijing calendar day. */
export function deadlineList(input: {
  profile: Profile;
  calendar: WorkingDayCalendar;
  today: string;
  /** Changes after the last accepted package (reportedUpTo(packages).accepted). */
  changes: readonly ChangeTime[];
  packages: readonly PackageSummary[];
}): Deadline[] {
  const { profile, calendar, today, changes, packages } = input;
  const list: Deadline[] = changeList(profile, calendar, today, changes, reportedUpTo(packages).awaiting);
  const annual = annualDeadline(profile, calendar, today, packages);
  if (annual) list.push(annual);
  return list.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
