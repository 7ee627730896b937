/**
 * The records Klachtenbalie keeps. Code names are English, screen labels Dutch
 * (see labels.ts). Ids are UUIDs and every record carries `updatedAt`, so the
 * data can later sync between workstations. Dates are ISO strings.
 */

export const CHANNELS = ['phone', 'desk', 'letter', 'email', 'website', 'form'] as const;
export type Channel = (typeof CHANNELS)[number];

export const SALUTATIONS = ['mevrouw', 'heer', 'neutral'] as const;
export type Salutation = (typeof SALUTATIONS)[number];

/**
 * Every state the workflow of the seed procedures can reach. Issue 2 only
 * creates `registered`; the transitions between them live in the workflow.
 */
export const COMPLAINT_STATUSES = [
  'registered',
  'acknowledged',
  'settled',
  'in_progress',
  'judged',
  'resolved',
  'evaluated',
  'closed',
  'withdrawn',
  'inadmissible',
  'escalated',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export interface Customer {
  id: string;
  /** The office's own customer number, free text (may be empty). */
  customerNumber: string;
  name: string;
  salutation: Salutation;
  phone: string;
  email: string;
  street: string;
  postcode: string;
  city: string;
  createdAt: string;
  updatedAt: string;
  /** Normalized words for the multi-entry search index. */
  searchTerms: string[];
}

export interface Complaint {
  id: string;
  /** K-2026-0001: unique, per-year sequence, never reused. */
  reference: string;
  customerId: string;
  /** Denormalized for the list and search; kept in step when the customer changes. */
  customerName: string;
  channel: Channel;
  /** Date and time of receipt (ISO). Starts every term of the procedure. */
  receivedAt: string;
  /** Date the problem arose (yyyy-MM-dd), for the 12-month limit; empty when unknown. */
  problemArisenOn: string;
  summary: string;
  description: string;
  category: string;
  productOrService: string;
  employeesInvolved: string[];
  remedySought: string;
  confidential: boolean;
  status: ComplaintStatus;
  ownerId: string | null;
  coordinatorId: string | null;
  /** Earliest open deadline (yyyy-MM-dd), indexed so "overdue" is an index query. Filled from issue 3 on. */
  nextDeadline: string | null;
  createdAt: string;
  updatedAt: string;
  searchTerms: string[];
}

export const EVENT_TYPES = [
  'created',
  'updated',
  'customer_created',
  'customer_updated',
  'status_changed',
  'owner_assigned',
  'contact',
  'note',
  'deadline_extended',
  'letter_made',
  'attachment_added',
  'escalated',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

/** Append-only: the audit trail of everything that happened. */
export interface ComplaintEvent {
  id: string;
  complaintId: string | null;
  customerId: string | null;
  type: EventType;
  at: string;
  /** Who did it: a staff id when known (from issue 3 on) and always a display name. */
  actorId: string | null;
  actorName: string;
  summary: string;
  changes: FieldChange[];
  updatedAt: string;
}

export const STAFF_ROLES = ['receptionist', 'coordinator', 'owner', 'management', 'committee'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface Staff {
  id: string;
  name: string;
  roles: StaffRole[];
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Setting {
  key: string;
  value: unknown;
  updatedAt: string;
}

export interface Counter {
  /** e.g. `complaint-reference-2026` */
  id: string;
  value: number;
  updatedAt: string;
}

export interface Actor {
  id: string | null;
  name: string;
}
