/**
 * How validated input becomes a stored record. Shared by the intake and the
 * demo data, so both produce the same shape and the same search terms.
 */
import type { Complaint, Customer } from './model';
import { emptyWorkflow } from './workflow/empty';
import { detailTermsOfCustomer, nameTermsOfCustomer, searchTermsForComplaint, searchTermsForCustomer } from './search';
import type { ComplaintInputOutput, CustomerInputOutput } from './validation';

export function newCustomerRecord(id: string, input: CustomerInputOutput, nowIso: string): Customer {
  return withCustomerSearchTerms({
    id,
    ...input,
    representative: input.representative ?? null,
    mergedIntoId: null,
    createdAt: nowIso,
    updatedAt: nowIso,
    searchTerms: [],
    nameTerms: [],
    detailTerms: [],
  });
}

export function withCustomerSearchTerms(customer: Customer): Customer {
  const searchTerms = searchTermsForCustomer(customer);
  const nameTerms = nameTermsOfCustomer(customer);
  return { ...customer, searchTerms, nameTerms, detailTerms: detailTermsOfCustomer({ name: customer.name, searchTerms }) };
}

export interface NewComplaintMeta {
  id: string;
  reference: string;
  customer: Customer;
  nowIso: string;
  /** The procedure version the complaint starts under. */
  procedureVersionId: string;
}

export function newComplaintRecord(input: ComplaintInputOutput, meta: NewComplaintMeta): Complaint {
  return withComplaintSearchTerms(
    {
      id: meta.id,
      reference: meta.reference,
      customerId: meta.customer.id,
      customerName: meta.customer.name,
      ...input,
      status: 'registered',
      satisfaction: null,
      ownerId: null,
      coordinatorId: null,
      // Filled in by the repository, which has the calendar to compute them.
      nextDeadline: null,
      nextDeadlineKind: null,
      deskState: null,
      workflow: emptyWorkflow(meta.procedureVersionId),
      createdAt: meta.nowIso,
      updatedAt: meta.nowIso,
      searchTerms: [],
      searchKeys: [],
    },
    meta.customer,
  );
}

/** Also used when the customer changes: the complaint carries the customer's name and search terms. */
export function withComplaintSearchTerms(complaint: Complaint, customer: Customer | null): Complaint {
  return {
    ...complaint,
    customerName: customer?.name ?? complaint.customerName,
    searchTerms: searchTermsForComplaint(complaint, customer),
  };
}

/** The fields the complaint form edits; everything else changes through the workflow. */
export const EDITABLE_COMPLAINT_FIELDS = [
  'channel',
  'receivedAt',
  'problemArisenOn',
  'summary',
  'description',
  'category',
  'productOrService',
  'employeesInvolved',
  'remedySought',
  'confidential',
] as const satisfies readonly (keyof Complaint & keyof ComplaintInputOutput)[];

export const EDITABLE_CUSTOMER_FIELDS = [
  'name',
  'salutation',
  'phone',
  'email',
  'street',
  'postcode',
  'city',
  'country',
  'customerNumber',
  'representative',
] as const satisfies readonly (keyof Customer & keyof CustomerInputOutput)[];

export function pickFields<T extends object, K extends keyof T>(record: T, fields: readonly K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const field of fields) picked[field] = record[field];
  return picked;
}

/** The editable fields of a record with a patch on top; undefined in a patch never blanks a field. */
export function applyPatch<T extends object>(base: T, patch: object): T {
  const defined = Object.entries(patch).filter(([, value]) => value !== undefined);
  return { ...base, ...Object.fromEntries(defined) };
}
