// The clerk's holiday calendar from settings, and saving it: one value for the whole app (holidays are national),
// read when 首页 opens and replaced as a whole on each change.
import { useCallback, useEffect, useState } from 'react';
import { useSession } from './use-session.ts';
import { getSetting, setSetting } from '../services/storage/settings.ts';
import { HOLIDAY_CALENDAR_SETTING, readUserCalendar, userCalendarJson, type UserCalendar } from '../services/calendar/holiday-calendar.ts';

export function useUserCalendar(): { calendar: UserCalendar | undefined; save(next: UserCalendar): Promise<void> } {
  const { ctx } = useSession();
  const [calendar, setCalendar] = useState<UserCalendar>();
  useEffect(() => {
    let live = true;
    void getSetting(ctx, HOLIDAY_CALENDAR_SETTING).then((value) => live && setCalendar(readUserCalendar(value)));
    return () => {
      live = false;
    };
  }, [ctx]);
  const save = useCallback(
    async (next: UserCalendar) => {
      await setSetting(ctx, HOLIDAY_CALENDAR_SETTING, userCalendarJson(next));
      setCalendar(next);
    },
    [ctx],
  );
  return { calendar, save };
}
