import { useEffect, useState } from 'react';
import type { Customer } from '../../domain/model';
import { useRepositories } from '../../app/data';

/** Looks up matching customers a moment after typing stops, through the search index. */
export function useCustomerMatches(query: string, enabled: boolean): Customer[] {
  const repos = useRepositories();
  const [matches, setMatches] = useState<Customer[]>([]);
  useEffect(() => {
    const trimmed = query.trim();
    if (!enabled || trimmed.length < 2) {
      setMatches([]);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      repos.customers.find(trimmed, 6).then(
        (found) => {
          if (!stale) setMatches(found);
        },
        () => {
          if (!stale) setMatches([]);
        },
      );
    }, 150);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, enabled, repos]);
  return matches;
}
