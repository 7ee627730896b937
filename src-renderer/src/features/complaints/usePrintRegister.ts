import { useEffect, useRef, useState } from 'react';
import { useConfidentialAccess, visibleComplaint } from '../../app/confidential';
import { useRepositories } from '../../app/data';
import { dutchNumber } from '../../domain/dutchNumber';
import type { ListSort } from '../../domain/listSort';
import type { Complaint } from '../../domain/model';
import type { ComplaintFilter } from '../../db/repositories';

/**
 * At most this many rows are printed. A register of 2,000 rows is some 80
 * pages of A4 landscape (25 rows a page) and takes Chromium a few seconds to
 * lay out; reading all 100,000 records of the bench's demo register alone
 * took 45 s on the busy test machine, and nobody reads a stack of 4,000 pages:
 * above this the person is asked to filter.
 */
export const PRINT_LIMIT = 2000;

/** What to say instead of printing a list longer than PRINT_LIMIT; null when it can be printed. */
export function tooLongToPrint(total: number): string | null {
  if (total <= PRINT_LIMIT) return null;
  return `De lijst heeft ${dutchNumber(total)} klachten; afdrukken kan tot ${dutchNumber(PRINT_LIMIT)}. Filter eerst op status of termijn, of zoek.`;
}

export interface PrintRequest {
  /** Which list this is (query, filters, order): a register of another list is not printed. */
  key: string;
  total: number;
  /** The ids of search results as shown; null for the list read from its index. */
  ids: string[] | null;
  filter: ComplaintFilter;
  sort: ListSort;
  description: string;
}

export interface Register {
  rows: Complaint[];
  ownerNames: Map<string, string>;
  officeName: string;
  description: string;
  printedAt: Date;
}

type State = { key: string; register: Register } | { key: string; refused: string } | null;

/** Loads every row of the list, renders the register (hidden on screen) and prints it; cleared once printing is done. */
export function usePrintRegister(currentKey: string) {
  const repos = useRepositories();
  const access = useConfidentialAccess();
  const [state, setState] = useState<State>(null);
  const printed = useRef<Register | null>(null);

  const request = async (list: PrintRequest) => {
    const refused = tooLongToPrint(list.total);
    if (refused) {
      setState({ key: list.key, refused });
      return;
    }
    const ids = list.ids ?? (await repos.complaints.listIdsPage(list.filter, 0, list.total, list.sort));
    const [complaints, staff, letterhead] = await Promise.all([repos.complaints.getMany(ids), repos.staff.list(), repos.letters.letterhead()]);
    const register: Register = {
      rows: complaints.filter((complaint): complaint is Complaint => complaint !== undefined).map((complaint) => visibleComplaint(access, complaint)),
      ownerNames: new Map(staff.map((member) => [member.id, member.name])),
      officeName: letterhead?.officeName.trim() ?? '',
      description: list.description,
      printedAt: new Date(),
    };
    setState({ key: list.key, register });
  };

  const register = state && 'register' in state && state.key === currentKey ? state.register : undefined;
  useEffect(() => {
    if (!register || printed.current === register) return;
    printed.current = register;
    window.print();
  }, [register]);
  useEffect(() => {
    const done = () => setState((current) => (current && 'register' in current ? null : current));
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, []);

  return {
    register,
    refused: state && 'refused' in state && state.key === currentKey ? state.refused : undefined,
    request: (list: PrintRequest) => void request(list),
  };
}
