import { useEffect, useState } from 'react';
import { localDay } from '../../../domain/dates';

/** Today's date (yyyy-MM-dd), refreshed when the day changes while the app stays open. */
export function useToday(): string {
  const [today, setToday] = useState(() => localDay(new Date()));
  useEffect(() => {
    // The same day again changes nothing: React skips a render for an equal string.
    const timer = setInterval(() => setToday(localDay(new Date())), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
