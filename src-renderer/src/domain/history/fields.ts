/**
 * Which kind of value each field the history can name holds. Typed against
 * the records, so a field added to a complaint, its workflow or a customer
 * does not compile until someone says how it reads; 'hidden' fields are ids
 * whose name is in a sibling field (customerName beside customerId).
 */
import type { Attachment, Complaint, ComplaintWorkflow, Customer } from '../model';
import type { ValueKind } from './values';

export type FieldKind = ValueKind | 'hidden';

type Bookkeeping = 'id' | 'createdAt' | 'updatedAt' | 'searchTerms' | 'searchKeys' | 'nameTerms' | 'detailTerms';

const COMPLAINT_FIELDS = {
  reference: 'text',
  customerId: 'hidden',
  customerName: 'text',
  channel: 'channel',
  receivedAt: 'moment',
  receiptSource: 'receiptSource',
  problemArisenOn: 'day',
  summary: 'text',
  description: 'text',
  category: 'text',
  productOrService: 'text',
  employeesInvolved: 'list',
  remedySought: 'text',
  confidential: 'yesNo',
  status: 'status',
  ownerId: 'staff',
  coordinatorId: 'staff',
  nextDeadline: 'day',
  nextDeadlineKind: 'hidden',
  deskState: 'hidden',
  workflow: 'hidden',
  formerReferences: 'list',
  conflicts: 'hidden',
  anonymisedOn: 'day',
  satisfaction: 'satisfaction',
} satisfies Record<Exclude<keyof Complaint, Bookkeeping>, FieldKind>;

const WORKFLOW_FIELDS = {
  procedureVersionId: 'hidden',
  acknowledgement: 'sentMessage',
  furtherHandlingMessage: 'sentMessage',
  response: 'sentMessage',
  extension: 'extension',
  earlierExtensions: 'extensions',
  ownerAssignedOn: 'day',
  customerContactBy: 'customerContactBy',
  ownerCannotHandle: 'datedNotes',
  writtenReceipt: 'writtenReceipt',
  seriousness: 'seriousness',
  informalSettlement: 'settlement',
  statusChecks: 'statusChecks',
  contacts: 'contacts',
  notHeard: 'notHeard',
  managementConsultations: 'consultations',
  judgement: 'judgement',
  solution: 'solution',
  rootCause: 'text',
  correctiveActions: 'correctiveActions',
  structuralMeasures: 'text',
  evaluation: 'datedNotes',
  customerAgreement: 'datedNotes',
  escalations: 'escalations',
  statusBeforeEscalation: 'hidden',
  lateAcceptance: 'datedReason',
  inadmissible: 'datedReason',
  withdrawn: 'datedReason',
  followUps: 'followUps',
  reopenings: 'reasons',
  closedOn: 'day',
  retentionUntil: 'day',
} satisfies Record<keyof ComplaintWorkflow, FieldKind>;

const CUSTOMER_FIELDS = {
  customerNumber: 'text',
  name: 'text',
  salutation: 'salutation',
  phone: 'text',
  email: 'text',
  street: 'text',
  postcode: 'text',
  city: 'text',
  country: 'country',
  representative: 'representative',
  mergedIntoId: 'hidden',
} satisfies Record<Exclude<keyof Customer, Bookkeeping>, FieldKind>;

const ATTACHMENT_FIELDS = {
  complaintId: 'hidden',
  name: 'text',
  type: 'text',
  size: 'bytes',
  sha256: 'hidden',
  kind: 'attachmentKind',
  extractedFromId: 'hidden',
  addedAt: 'moment',
  addedById: 'hidden',
  addedByName: 'text',
  removedAt: 'moment',
  removedByName: 'text',
} satisfies Record<Exclude<keyof Attachment, Bookkeeping | 'customerId'>, FieldKind>;

/** What a merge of two customers records beside the kept customer's changed details; and what other events add. */
const EVENT_FIELDS = {
  // The record's own id (a pinned file) and the letter's type: the event's summary names them.
  id: 'hidden',
  letterType: 'hidden',
  mergedCustomerId: 'hidden',
  mergedCustomerName: 'text',
  complaints: 'list',
  attachments: 'list',
} satisfies Record<string, FieldKind>;

const WORKFLOW_PREFIXED = Object.fromEntries(Object.entries(WORKFLOW_FIELDS).map(([field, kind]) => [`workflow.${field}`, kind]));

/** Per field name as the events store it; a workflow field as `workflow.judgement`. */
const FIELD_KINDS: Readonly<Record<string, FieldKind>> = {
  ...ATTACHMENT_FIELDS,
  ...COMPLAINT_FIELDS,
  ...CUSTOMER_FIELDS,
  ...EVENT_FIELDS,
  ...WORKFLOW_PREFIXED,
  // Inside a nested record (a conflict's value, a sent message shown on the card).
  ...WORKFLOW_FIELDS,
};

/** Null for a field nobody has said how to read: the caller shows that as unknown, never the raw value. */
export function fieldKind(field: string): FieldKind | null {
  return FIELD_KINDS[field] ?? null;
}
