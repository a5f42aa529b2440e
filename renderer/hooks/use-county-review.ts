// The county's review decisions and what follows from them — the county catalog, the conflict register — read from
// storage and again after each change the screen made; the operations bound to the open workspace.
import { useMemo } from 'react';
import { loadProfile } from '../../core/profiles/profile.ts';
import { writeReportBoardWorkbook, type BoardRow } from '../../core/county/report-board.ts';
import { workingDayCalendar } from '../services/calendar/holiday-calendar.ts';
import { boardRows } from '../services/county/report-board.ts';
import { listInbox } from '../services/storage/inbox.ts';
import { listRoster } from '../services/storage/roster.ts';
import { useUserCalendar } from './use-user-calendar.ts';
import { crossUnitConflicts } from '../../core/county/cross-unit-checks.ts';
import { withStatuses, conflictStatusProblem } from '../../core/county/conflict-register.ts';
import type { ConflictStatus } from '../../core/county/conflict.ts';
import type { ResourceReview } from '../../core/county/review-decisions.ts';
import { beijingDate } from '../../core/time/beijing-time.ts';
import { reviewedCountyCatalog } from '../services/county/county-holdings.ts';
import { decidePackage, openPackageReview, saveReceipt, type PackageReview } from '../services/county/package-review.ts';
import type { Platform } from '../services/platform/platform.ts';
import type { WorkspaceSession } from '../services/session/workspace-session.ts';
import type { InboxRow, ReviewRow } from '../services/storage/county-rows.ts';
import { listConflictStatuses, listReviews, recordConflictStatus } from '../services/storage/reviews.ts';
import { useSession } from './use-session.ts';
import { useStored } from './use-stored.ts';

const readReviews = (session: WorkspaceSession) => listReviews(session.ctx, session.id);
const readCountyCatalog = async (session: WorkspaceSession) => reviewedCountyCatalog(session.getState().workspace, await listReviews(session.ctx, session.id));
const readRegister = async (session: WorkspaceSession) => {
  const [reviews, statuses] = await Promise.all([listReviews(session.ctx, session.id), listConflictStatuses(session.ctx, session.id)]);
  const catalog = reviewedCountyCatalog(session.getState().workspace, reviews);
  return { resources: catalog.resources.length, conflicts: withStatuses(crossUnitConflicts(catalog), statuses) };
};

const readBoard = async (session: WorkspaceSession) => {
  const [roster, reviews, inbox] = await Promise.all([listRoster(session.ctx, session.id), listReviews(session.ctx, session.id), listInbox(session.ctx, session.id)]);
  return { roster, reviews, inbox };
};

export const useReviews = () => useStored(readReviews);
export const useCountyCatalog = () => useStored(readCountyCatalog);
export const useConflictRegister = () => useStored(readRegister);

export type { PackageReview };

export function useReviewActions() {
  const session = useSession();
  return useMemo(() => {
    const { ctx, id } = session;
    const workspace = () => session.getState().workspace;
    return {
      open: (inbox: InboxRow) => openPackageReview(ctx, id, session.engine, inbox),
      decide: (review: PackageReview, decisions: ReadonlyMap<string, ResourceReview>, passphrase: string) =>
        decidePackage({ ctx, workspaceId: id, operator: workspace().operatorName, receiver: { name: workspace().department.name, uscc: workspace().department.uscc } }, review, decisions, passphrase),
      saveReceipt: (platform: Platform, row: ReviewRow) => saveReceipt(platform, row),
      /** Records a conflict's status; a problem with it (no outcome, a bad or future date) is returned and nothing is stored. */
      setConflictStatus: async (conflictId: string, status: ConflictStatus) => {
        const problem = conflictStatusProblem(status, beijingDate(ctx.now()));
        if (problem) return problem;
        await recordConflictStatus(ctx, id, conflictId, status, workspace().operatorName);
        return undefined;
      },
    };
  }, [session]);
}

/** The profile's annual full-update day of today's year: the board's default deadline. */
export function defaultDue(profileId: string, today: string): string | undefined {
  const annual = loadProfile(profileId).deadlines.annualFullUpdateDue;
  return annual ? `${today.slice(0, 4)}-${annual}` : undefined;
}

/** 上报情况: every roster unit's status against `due` on the clerk's working-day calendar, with its packages. */
export function useReportBoard(due: string, today: string) {
  const stored = useStored(readBoard);
  const { calendar } = useUserCalendar();
  const rows = useMemo<BoardRow[] | undefined>(() => {
    if (stored.state.status !== 'ready' || !calendar) return undefined;
    const { roster, reviews, inbox } = stored.state.value;
    return boardRows(roster, reviews, inbox, { due, today, calendar: workingDayCalendar(calendar) });
  }, [stored.state, calendar, due, today]);
  return { state: stored.state, rows, workbook: (county: string) => writeReportBoardWorkbook({ county, due, today, rows: rows ?? [] }) };
}
