// 首页's upcoming deadlines under the workspace's profile: every change not yet in an accepted package must be made
// and reported within the profile's working days (Anhui Art. 15: 10 + 3). The update's days are counted
// "自变更之日起": from the day the law or the department's duties changed where the clerk gave it with the change,
// else from the day it was recorded; the report's from the day the catalog was updated (the recorded edit). An
// update recorded after its period, or a package sent after the report's, is late (迟于期限), and stays shown as
// such (Sixian Art. 43(一): not updating or reporting as required is to be corrected). And where the profile asks for
// a yearly full update (Yangzhou Art. 12: before the end of June), that one.
// Pure: the app's storage supplies the changes and packages, its settings the calendar.
import type { PackageStatus } from '../package/receipt.ts';
import type { Profile } from '../profiles/profile.ts';
import type { Citation } from '../regulations/citations.ts';
import { beijingDate } from '../time/beijing-time.ts';
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

/** The changes whose clocks start on the same days: one clock for all of them. */
export interface ChangeDeadline extends DeadlineBase {
  kind: 'change';
  /** The day the update's clock starts (变更之日, or the day recorded). */
  changedOn: string;
  countedFrom: CountedFrom;
  resources: number;
  /** The day the catalog was updated (the changes were recorded, Beijing): the report's clock starts here. */
  updatedOn: string;
  updateDue: string;
  /** Updated after `updateDue`. */
  updateLate: boolean;
  /** Absent where the profile sets no separate reporting period (then `due` is the update deadline). */
  reportDue?: string;
  /** The day the first package carrying every one of these changes was made (Beijing), if one was sent and not returned. */
  reportedOn?: string;
  /** Reported after `reportDue`, or not reported and `reportDue` has passed. */
  reportLate: boolean;
  /** Every change of the group is in a package sent after the accepted one, still without a receipt. */
  awaitingReceipt: boolean;
  /** The articles that make lateness a matter (e.g. Sixian Art. 43), when the update or report is late. */
  lateCitations: Citation[];
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

/** The day a package carrying a change made at `latest` was sent: the first not returned after it and after `accepted`. */
function reportedOn(packages: readonly PackageSummary[], accepted: string | undefined, latest: string): string | undefined {
  let first: string | undefined;
  for (const p of packages) {
    if (p.status === 'returned' || p.createdAt < latest || (accepted !== undefined && p.createdAt <= accepted)) continue;
    if (first === undefined || p.createdAt < first) first = p.createdAt;
  }
  return first === undefined ? undefined : beijingDate(first);
}

function changeList(profile: Profile, calendar: WorkingDayCalendar, today: string, changes: readonly ChangeTime[], packages: readonly PackageSummary[]): ChangeDeadline[] {
  const byDay = new Map<string, { changedOn: string; countedFrom: CountedFrom; updatedOn: string; resources: number; latest: string }>();
  for (const c of changes) {
    const recorded = beijingDate(c.at);
    const fromBasis = c.basisChangedOn !== undefined && c.basisChangedOn < recorded;
    const [changedOn, countedFrom]: [string, CountedFrom] = fromBasis ? [c.basisChangedOn!, 'basisChange'] : [recorded, 'recorded'];
    const key = `${changedOn} ${countedFrom} ${recorded}`;
    const group = byDay.get(key) ?? { changedOn, countedFrom, updatedOn: recorded, resources: 0, latest: c.at };
    group.resources++;
    if (c.at > group.latest) group.latest = c.at;
    byDay.set(key, group);
  }
  const { accepted } = reportedUpTo(packages);
  const out: ChangeDeadline[] = [];
  for (const { changedOn, countedFrom, updatedOn, ...group } of byDay.values()) {
    const d = changeDeadlines(profile, changedOn, calendar, updatedOn);
    if (d.updateDue === undefined) continue;
    const due = d.reportDue ?? d.updateDue;
    const count = workingDaysLeft(calendar, today, due);
    const reported = reportedOn(packages, accepted, group.latest);
    const updateLate = updatedOn > d.updateDue;
    const reportLate = d.reportDue !== undefined && (reported !== undefined ? reported > d.reportDue : today > d.reportDue);
    out.push({
      kind: 'change',
      changedOn,
      countedFrom,
      resources: group.resources,
      updatedOn,
      updateDue: d.updateDue,
      updateLate,
      ...(d.reportDue !== undefined && { reportDue: d.reportDue }),
      ...(reported !== undefined && { reportedOn: reported }),
      reportLate,
      due,
      left: count.left,
      overdue: count.overdue,
      awaitingReceipt: reported !== undefined,
      unverifiedYears: [...new Set([...d.unverifiedYears, ...count.unverifiedYears])].sort(),
      citations: d.citations,
      lateCitations: updateLate || reportLate ? profile.deadlines.lateCitations : [],
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
  const list: Deadline[] = changeList(profile, calendar, today, changes, packages);
  const annual = annualDeadline(profile, calendar, today, packages);
  if (annual) list.push(annual);
  return list.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
