/**
 * A record merged from two workstations' versions has the derived fields of
 * neither (search terms, the next term, the desk state, the open terms): they
 * are computed again from the merged fields, as a save here would.
 */
import { indexedRecords } from '../../domain/desk';
import type { Complaint, Customer, OpenDeadline } from '../../domain/model';
import { withComplaintSearchTerms, withCustomerSearchTerms } from '../../domain/records';
import type { KlachtenbalieDb } from '../database';
import type { SharedTable } from '../journal';
import { loadCalendar } from './closingDays';
import { procedureVersion } from './procedures';

export interface Restamped {
  value: Record<string, unknown>;
  openDeadlines?: OpenDeadline[];
}

/** Fields no person types: they follow from the others, so two versions never conflict over them. */
export const DERIVED_FIELDS: ReadonlySet<string> = new Set([
  'searchTerms',
  'searchKeys',
  'nameTerms',
  'detailTerms',
  'nextDeadline',
  'nextDeadlineKind',
  'deskState',
  'customerName',
]);

export async function restampMerged(db: KlachtenbalieDb, table: SharedTable, value: Record<string, unknown>): Promise<Restamped> {
  if (table === 'customers') return { value: withCustomerSearchTerms(value as unknown as Customer) as unknown as Record<string, unknown> };
  if (table !== 'complaints') return { value };
  const complaint = value as unknown as Complaint;
  const customer = (await db.customers.get(complaint.customerId)) ?? null;
  const procedure = await procedureVersion(db, complaint.workflow.procedureVersionId);
  const { complaint: stamped, openDeadlines } = indexedRecords(withComplaintSearchTerms(complaint, customer), procedure, await loadCalendar(db));
  return { value: stamped as unknown as Record<string, unknown>, openDeadlines };
}
