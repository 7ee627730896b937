import { format } from 'date-fns';
import { useEffect, useState } from 'react';

/** Today's date (yyyy-MM-dd), refreshed when the day changes while the app stays open. */
export function useToday(): string {
  const [today, setToday] = useState(() => format(new Date(), 'yyyy-MM-dd'));
  useEffect(() => {
    const timer = setInterval(() => {
      const now = format(new Date(), 'yyyy-MM-dd');
      setToday((previous) => (previous === now ? previous : now));
    }, 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
