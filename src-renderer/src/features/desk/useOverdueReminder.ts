import { useEffect, useRef, useState } from 'react';
import { useRepositories } from '../../app/data';
import { useToday } from '../card/workflow/useToday';
import { dutchNumber } from '../../domain/dutchNumber';
import { useDeskOverdueTotal } from './overdueTotal';

const TITLE = 'Klachtenbalie';

/**
 * How many complaints are late on a term, for the "Bureau" badge; the window title carries
 * it too, so it shows on the taskbar while someone works elsewhere. Counted in
 * the index without loading a term; recounted a second after terms change.
 */
export function useOverdueReminder(onWholeDesk: boolean, ownerId: string | undefined): number | undefined {
  const repos = useRepositories();
  const today = useToday();
  // On the whole desk its "Te laat" section counts the same complaints: take its number instead of counting again.
  // An owner's count is of their own complaints, as their reminders are.
  const shared = onWholeDesk && ownerId === undefined;
  const [counted, setCounted] = useState<number | undefined>(undefined);
  useEffect(() => {
    setCounted(undefined);
    return shared ? undefined : repos.desk.watchOverdueCount(today, ownerId, setCounted);
  }, [repos, today, shared, ownerId]);
  const fromDesk = useDeskOverdueTotal();
  const current = shared ? fromDesk : counted;
  // Between one source and the other the badge keeps the last number instead of blinking out.
  const last = useRef<number | undefined>(undefined);
  if (current !== undefined) last.current = current;
  const count = current ?? last.current;
  useEffect(() => {
    document.title = count ? `(${dutchNumber(count)}) ${TITLE}` : TITLE;
    return () => {
      document.title = TITLE;
    };
  }, [count]);
  return count;
}
