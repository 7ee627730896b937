import { useRef, useState } from 'react';
import { useRepositories } from '../../app/data';
import { looksLikeSameCustomer } from '../../domain/lookalike';
import type { Customer } from '../../domain/model';
import { withOpenComplaints, type CustomerMatch } from './useCustomerMatches';

type Typed = Pick<Customer, 'name' | 'phone' | 'email'>;

/**
 * The check before the intake saves a new customer: known customers who look
 * like the one typed, to be offered instead. Asked once per intake: after
 * "Toch nieuwe klant opslaan" the save goes on.
 */
export function useLookalikes() {
  const repos = useRepositories();
  const [lookalikes, setLookalikes] = useState<CustomerMatch[] | null>(null);
  const confirmedNew = useRef(false);

  /** True when the save must wait for the user's choice. */
  async function mustAsk(typed: Typed): Promise<boolean> {
    if (confirmedNew.current) return false;
    const queries = [typed.name, typed.phone, typed.email].map((query) => query.trim()).filter((query) => query.length >= 2);
    const found = (await Promise.all(queries.map((query) => repos.customers.find(query, 10)))).flat();
    const unique = [...new Map(found.map((customer) => [customer.id, customer])).values()].filter((customer) => looksLikeSameCustomer(typed, customer));
    if (unique.length === 0) return false;
    setLookalikes(await withOpenComplaints(repos, unique.slice(0, 5)));
    return true;
  }

  return {
    lookalikes,
    mustAsk,
    createAnyway: () => {
      confirmedNew.current = true;
      setLookalikes(null);
    },
    close: () => setLookalikes(null),
  };
}
