// The 上报情况 board's rows from what the county stored: the roster, the review decisions (what was accepted and
// returned, core/county/report-status.ts) and the inbox (how many packages each unit sent).
import type { BoardRow } from '../../../core/county/report-board.ts';
import { reportStatuses, type ReportRound } from '../../../core/county/report-status.ts';
import type { InboxRow, ReviewRow, RosterRow } from '../storage/county-rows.ts';
import { latestReviews } from '../storage/reviews.ts';
import { reportRecords } from './county-holdings.ts';

export function boardRows(roster: readonly RosterRow[], reviews: readonly ReviewRow[], inbox: readonly InboxRow[], round: ReportRound): BoardRow[] {
  const latest = latestReviews(reviews);
  const sent = new Map<string, number>();
  for (const row of inbox) if (row.verdict.unit) sent.set(row.verdict.unit.uscc, (sent.get(row.verdict.unit.uscc) ?? 0) + 1);
  return reportStatuses(
    roster.map((r) => ({ name: r.unit.name, uscc: r.uscc, divisionCode: r.unit.divisionCode })),
    reportRecords(reviews),
    round,
  ).map((status) => ({ status, resources: latest.get(status.unit.uscc)?.resources.length ?? 0, returned: latest.get(status.unit.uscc)?.returned ?? 0, packages: sent.get(status.unit.uscc) ?? 0 }));
}
