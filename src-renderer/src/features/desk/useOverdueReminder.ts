import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useRepositories } from '../../app/data';
import { useToday } from '../card/workflow/useToday';

const TITLE = 'Klachtenbalie';

/**
 * How many terms are overdue, for the "Bureau" badge; the window title carries
 * it too, so it shows on the taskbar while someone works elsewhere. Counted in
 * the index, so it costs the same with any number of complaints.
 */
export function useOverdueReminder(): number | undefined {
  const repos = useRepositories();
  const today = useToday();
  const count = useLiveQuery(() => repos.desk.overdueCount(today), [repos, today]);
  useEffect(() => {
    document.title = count ? `(${count.toLocaleString('nl-NL')}) ${TITLE}` : TITLE;
  }, [count]);
  useEffect(
    () => () => {
      document.title = TITLE;
    },
    [],
  );
  return count;
}
