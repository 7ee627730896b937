import type { Complaint, Customer } from '../../../src-renderer/src/domain/model';
import { detailTermsOfCustomer, nameTermsOfCustomer, searchKeysOf, searchTermsForComplaint, type SearchableComplaint } from '../../../src-renderer/src/domain/search';

/**
 * Released schema versions exactly as they shipped: the shapes offices have on
 * disk. Tests write old data through a plain Dexie declaring only these, then
 * open it with the current KlachtenbalieDb to run the real upgrades.
 */
export const V1_STORES = {
  customers: 'id, customerNumber, name, *searchTerms, updatedAt',
  complaints: 'id, &reference, customerId, status, receivedAt, [status+receivedAt], *searchTerms, ownerId, nextDeadline, updatedAt',
  events: 'id, complaintId, customerId, [complaintId+at], at, updatedAt',
  staff: 'id, name, active, updatedAt',
  settings: 'key',
  counters: 'id',
};

export const V2_STORES = {
  ...V1_STORES,
  complaints:
    'id, &reference, customerId, status, receivedAt, [status+receivedAt], *searchTerms, ownerId, nextDeadline, [status+nextDeadline], updatedAt',
  procedures: 'id, key, version, updatedAt',
};

export const V3_STORES = {
  ...V2_STORES,
  customers: 'id, customerNumber, name, *searchTerms, mergedIntoId, updatedAt',
  attachments: 'id, complaintId, customerId, sha256, [complaintId+addedAt], [customerId+addedAt], updatedAt',
  files: 'sha256, updatedAt',
};

export const V4_STORES = {
  ...V3_STORES,
  complaints:
    'id, &reference, customerId, status, receivedAt, [status+receivedAt], *searchTerms, ownerId, nextDeadline, [status+nextDeadline], [deskState+receivedAt], [ownerId+deskState+receivedAt], updatedAt',
  openDeadlines: 'id, complaintId, dueOn, [kind+dueOn], [ownerId+dueOn], [ownerId+kind+dueOn]',
};

export const V5_STORES = {
  ...V4_STORES,
  events: 'id, customerId, [complaintId+at], updatedAt',
  notifiedDeadlines: 'id',
};

/** Version 6 changed no store, only data (the register's total). */
export const V6_STORES = V5_STORES;

export const V7_STORES = {
  ...V6_STORES,
  customers: 'id, *searchTerms, mergedIntoId',
  complaints:
    'id, &reference, customerId, receivedAt, [status+receivedAt], *searchTerms, nextDeadline, [status+nextDeadline], [deskState+receivedAt], [ownerId+deskState+receivedAt]',
  events: null,
  eventLogs: 'id',
};

export const V8_STORES = {
  ...V7_STORES,
  customers: 'id, *nameTerms, *detailTerms, mergedIntoId',
  complaints:
    'id, &reference, customerId, receivedAt, [status+receivedAt], *searchKeys, nextDeadline, [status+nextDeadline], [deskState+receivedAt], [ownerId+deskState+receivedAt]',
};

export const V9_STORES = {
  ...V8_STORES,
  outbox: '++seq, [table+key]',
  sharedRevisions: 'id',
  sharedCheckpoints: 'id',
};

/** Version 10 changed data, not stores. */
export const V10_STORES = V9_STORES;

/** Version 11 changed data (every customer got a country), not stores. */
export const V11_STORES = V10_STORES;

/** Version 12 indexes the end of each file's retention and adds the removal register. */
export const V12_STORES = {
  ...V11_STORES,
  complaints:
    'id, &reference, customerId, receivedAt, [status+receivedAt], *searchKeys, nextDeadline, [status+nextDeadline], [deskState+receivedAt], [ownerId+deskState+receivedAt], workflow.retentionUntil',
  removals: 'id, at',
};

/** Version 13 indexes what the complaint list sorts by. */
export const V13_STORES = {
  ...V12_STORES,
  complaints:
    'id, &reference, customerId, receivedAt, [status+receivedAt], *searchKeys, nextDeadline, [status+nextDeadline], [deskState+receivedAt], [ownerId+deskState+receivedAt], workflow.retentionUntil, createdAt, [status+createdAt], [customerName+receivedAt], [status+customerName+receivedAt], [ownerId+status+receivedAt]',
};

/** Version 14 changes no store: it seals the events already stored. */
export const V14_STORES = { ...V13_STORES };

/** Version 15 adds the measures register. */
export const V15_STORES = { ...V14_STORES, measures: 'id, [status+dueOn], check.dueOn, causeCategory, owner, *complaintIds' };

/** What versions 7 and 8 make of a complaint: its terms with only the customer's name, each with the receipt moment. */
export function complaintAsUpgraded<T extends SearchableComplaint & Pick<Complaint, 'customerName' | 'receivedAt'>>(complaint: T): T & Pick<Complaint, 'searchTerms' | 'searchKeys'> {
  const searchTerms = searchTermsForComplaint(complaint, { name: complaint.customerName });
  return { ...complaint, searchTerms, searchKeys: searchKeysOf({ searchTerms, receivedAt: complaint.receivedAt }) };
}

/** What version 8 makes of a customer: its stored terms split into the name's and the details'. */
export function customerAsUpgraded<T extends Pick<Customer, 'name' | 'searchTerms'>>(customer: T): T & Pick<Customer, 'nameTerms' | 'detailTerms'> {
  return { ...customer, nameTerms: nameTermsOfCustomer(customer), detailTerms: detailTermsOfCustomer(customer) };
}

/** Every released version's stores, version 1 first. */
export const RELEASED_STORES = [V1_STORES, V2_STORES, V3_STORES, V4_STORES, V5_STORES, V6_STORES, V7_STORES, V8_STORES, V9_STORES, V10_STORES, V11_STORES, V12_STORES, V13_STORES, V14_STORES, V15_STORES];
