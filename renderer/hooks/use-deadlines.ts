// 首页's deadlines: the packages and the changes since the last accepted one are read from storage whenever the
// catalog changes (the session's revision), then combined with the profile and the calendar (pure, core/calendar/deadline-list.ts).
import { useEffect, useMemo, useState } from 'react';
import { loadProfile } from '../../core/profiles/profile.ts';
import { useSession, useSessionState } from './use-session.ts';
import { changesSince } from '../services/storage/changes-since.ts';
import { listPackages } from '../services/storage/packages.ts';
import { beijingDate } from '../../core/time/beijing-time.ts';
import { deadlineList, reportedUpTo, type ChangeTime, type Deadline, type PackageSummary } from '../../core/calendar/deadline-list.ts';
import { workingDayCalendar, type UserCalendar } from '../services/calendar/holiday-calendar.ts';

interface Stored {
  packages: PackageSummary[];
  changes: ChangeTime[];
}

export type DeadlinesState = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; deadlines: Deadline[]; today: string };

export function useDeadlines(userCalendar: UserCalendar | undefined): DeadlinesState {
  const session = useSession();
  const { workspace, revision, stamps } = useSessionState();
  const [stored, setStored] = useState<Stored | { error: unknown }>();
  useEffect(() => {
    let live = true;
    (async () => {
      const packages = (await listPackages(session.ctx, session.id)).map((p) => ({ full: p.manifest.baseVersion === null, status: p.status, createdAt: p.manifest.createdAt }));
      const changes = (await changesSince(session.ctx, session.id, reportedUpTo(packages).accepted, stamps)).map((c) => ({ at: c.at, basisChangedOn: c.basisChangedOn }));
      return { packages, changes };
    })().then(
      (value) => live && setStored(value),
      (error: unknown) => live && setStored({ error }),
    );
    return () => {
      live = false;
    };
  }, [session, revision, stamps]);
  return useMemo<DeadlinesState>(() => {
    if (stored && 'error' in stored) return { state: 'failed', error: stored.error };
    if (!stored || !userCalendar) return { state: 'loading' };
    const today = beijingDate(new Date());
    const deadlines = deadlineList({ profile: loadProfile(workspace.profileId), calendar: workingDayCalendar(userCalendar), today, ...stored });
    return { state: 'ready', deadlines, today };
  }, [stored, userCalendar, workspace.profileId]);
}
