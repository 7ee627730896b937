import { useEffect, useState } from 'react';
import type { Complaint, Customer } from '../../domain/model';
import { isEnded } from '../../domain/workflow';
import { useRepositories } from '../../app/data';
import type { Repositories } from '../../db/repositories';

/** A customer that fits what is typed, with the complaints of theirs still open: a second call about the same thing is common. */
export interface CustomerMatch {
  customer: Customer;
  openComplaints: Complaint[];
}

export async function withOpenComplaints(repos: Repositories, customers: readonly Customer[]): Promise<CustomerMatch[]> {
  return Promise.all(
    customers.map(async (customer) => ({
      customer,
      openComplaints: (await repos.customers.complaints(customer.id)).filter((complaint) => !isEnded(complaint.status)),
    })),
  );
}

/** Looks up matching customers a moment after typing stops, through the search index. */
export function useCustomerMatches(query: string, enabled: boolean): CustomerMatch[] {
  const repos = useRepositories();
  const [matches, setMatches] = useState<CustomerMatch[]>([]);
  useEffect(() => {
    const trimmed = query.trim();
    if (!enabled || trimmed.length < 2) {
      setMatches([]);
      return;
    }
    let stale = false;
    const timer = setTimeout(() => {
      repos.customers
        .find(trimmed, 6)
        .then((found) => withOpenComplaints(repos, found))
        .then(
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
