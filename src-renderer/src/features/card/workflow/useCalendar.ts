import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useRepositories } from '../../../app/data';
import { createWorkingDayCalendar } from '../../../domain/calendar';
import type { WorkingDayCalendar } from '../../../domain/calendar/types';

/** The office's working-day calendar, rebuilt when its closing days change. */
export function useCalendar(): WorkingDayCalendar | null {
  const repos = useRepositories();
  const closingDays = useLiveQuery(() => repos.closingDays.list(), [repos]);
  return useMemo(() => (closingDays ? createWorkingDayCalendar(closingDays) : null), [closingDays]);
}
