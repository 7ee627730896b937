/**
 * The records Klachtenbalie keeps. Code names are English, screen labels Dutch
 * (see labels.ts). Ids are UUIDs and every record carries `updatedAt`, so the
 * data can later sync between workstations. Dates are ISO strings.
 */
import type { Country } from './countries';
import type { EditConflict } from './sharing/merge';

export const CHANNELS = ['phone', 'desk', 'letter', 'email', 'website', 'form'] as const;
export type Channel = (typeof CHANNELS)[number];
/** Channels that bring a complaint in writing; a call or a visit to the desk does not. */
export const WRITTEN_CHANNELS = ['letter', 'email', 'website', 'form'] as const satisfies readonly Channel[];
export type WrittenChannel = (typeof WRITTEN_CHANNELS)[number];

/**
 * Where a complaint's date of receipt came from when it was read off a dropped
 * e-mail: the arrival time (the topmost Received header of an .eml, the
 * delivery time of an Outlook .msg), else the Date header (when it was sent),
 * else the moment of intake. Seed 003 makes the mail's arrival the receipt.
 */
export const RECEIPT_SOURCES = ['received_header', 'delivery_time', 'date_header', 'intake_time'] as const;
export type ReceiptSource = (typeof RECEIPT_SOURCES)[number];

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

/** Someone who acts for the customer (gemachtigde): a relative, a lawyer, a mentor. */
export interface Representative {
  name: string;
  /** How they relate to the customer, free text: dochter, advocaat, mentor. */
  relation: string;
  phone: string;
  email: string;
}

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
  /** Since schema version 11: where the address is; customers stored before are in the Netherlands. */
  country: Country;
  /** Since schema version 3; null when nobody acts for the customer. */
  representative: Representative | null;
  /**
   * Since schema version 3: set when this customer was merged into another one
   * (a duplicate). The record stays for the audit trail and for syncing, without
   * search terms, so search no longer finds it; everything of it moved to that customer.
   */
  mergedIntoId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Normalized words search matches on: the name's and the details'. */
  searchTerms: string[];
  /**
   * Since schema version 8, for the two multi-entry indexes: the name's terms,
   * and the other details' (phone, e-mail, address, number). A complaint
   * carries its customer's name itself, so complaint search reads only the details.
   */
  nameTerms: string[];
  detailTerms: string[];
}

/**
 * A search term and the complaint's receipt moment in epoch milliseconds:
 * sorted by term, then by receipt. A number, not the ISO text: IndexedDB keeps
 * a number key in 9 bytes and that text in 50, on two million index entries.
 */
export type SearchKey = [term: string, receivedAtMs: number];

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
  /** Set when receivedAt was taken from a dropped e-mail and not changed since; absent or null when typed in. */
  receiptSource?: ReceiptSource | null;
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
  /** Earliest open deadline (yyyy-MM-dd), indexed so "overdue" is an index query. */
  nextDeadline: string | null;
  /** Its kind, so the list and desk can say which term it is without recomputing. */
  nextDeadlineKind: DeadlineKind | null;
  /**
   * Since schema version 4: where the complaint stands for the coordinator's
   * desk (see domain/desk), indexed so "niet toegewezen", "wacht op evaluatie"
   * and an owner's open complaints are index ranges. Null once ended, which
   * keeps ended complaints out of those indexes. Optional only so records made
   * outside the repositories (a letter sample, a form probe) need not say it.
   */
  deskState?: DeskState | null;
  workflow: ComplaintWorkflow;
  createdAt: string;
  updatedAt: string;
  searchTerms: string[];
  /**
   * Since schema version 8: each search term with the receipt moment, for the
   * multi-entry index search reads newest first (see searchKeysOf).
   */
  searchKeys: SearchKey[];
  /**
   * References the complaint had before: a provisional one replaced on
   * reconnect, or a number another workstation had already given when two
   * registers were joined. Still found by search, so a letter that quoted one leads here.
   */
  formerReferences?: string[];
  /** Where two workstations changed one field apart: both values, until someone chooses (see domain/sharing/merge). */
  conflicts?: EditConflict[];
  /** The day its retention term was carried out by anonymising it (domain/privacy): no customer, no free text. */
  anonymisedOn?: string | null;
  /** Since schema version 14: what the customer said about the handling, asked at evaluation or closing; null: not recorded. */
  satisfaction: SatisfactionAnswer | null;
}

/* ---------- Satisfaction (schema version 14) ---------- */

/** "Niet gevraagd" and "geen antwoord" are answers too: the analysis counts them apart from a given answer. */
export const SATISFACTION_ANSWERS = ['given', 'not_asked', 'no_answer'] as const;
export const SATISFACTION_SOLVED = ['yes', 'partly', 'no'] as const;
export const SATISFACTION_SCORES = [1, 2, 3, 4, 5] as const;
export const SATISFACTION_VIA = ['phone', 'letter', 'form', 'email', 'visit'] as const;
export type SatisfactionScore = (typeof SATISFACTION_SCORES)[number];

export interface SatisfactionAnswer {
  answer: (typeof SATISFACTION_ANSWERS)[number];
  /** Is the complaint solved in the customer's eyes; null unless answered. */
  solved: (typeof SATISFACTION_SOLVED)[number] | null;
  /** Satisfaction with the handling, 1 (very unhappy) to 5 (very happy); null unless answered. */
  score: SatisfactionScore | null;
  comment: string;
  via: (typeof SATISFACTION_VIA)[number];
  /** yyyy-MM-dd */
  recordedOn: string;
}

/* ---------- Measures register (schema version 14) ---------- */

export const MEASURE_KINDS = ['correction', 'corrective', 'preventive', 'structural'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];
export const MEASURE_STATUSES = ['open', 'done', 'cancelled'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
export const CHECK_RESULTS = ['effective', 'partly', 'not'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

/** When and by whom a measure's effect is (to be) checked, and what came of it. */
export interface EffectivenessCheck {
  /** yyyy-MM-dd */
  dueOn: string;
  checkedOn: string | null;
  checkedBy: string;
  /** Null until checked, and on checks moved from before the register, whose outcome was free text (see `notes`). */
  result: CheckResult | null;
  /** What was done next (another measure, nothing more). */
  followUp: string;
  /** The outcome in words; checks recorded before the register have only this. */
  notes?: string;
}

/**
 * A measure (maatregel) against the cause of one or more complaints. The
 * register is where it lives; each linked complaint carries a copy as one of
 * its corrective actions (see domain/measures/projection), so its terms,
 * checklist and closing rules read it as before.
 */
export interface Measure {
  id: string;
  description: string;
  /** One of the office's cause categories (settings); empty on measures moved from before the register. */
  causeCategory: string;
  causeText: string;
  kind: MeasureKind;
  /** Who carries it out (a name; staff or not). */
  owner: string;
  /** yyyy-MM-dd */
  dueOn: string;
  status: MeasureStatus;
  /** Carried out, or called off, on this day. */
  doneOn: string | null;
  /** Why it was called off. */
  cancelReason?: string;
  complaintIds: string[];
  check: EffectivenessCheck | null;
  createdAt: string;
  updatedAt: string;
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
  'attachment_removed',
  'escalated',
  /** A workflow step that changes no status (status check, response sent, corrective action…). */
  'step_recorded',
  /** The office's procedure, closing days or staff changed: complaintId is null. */
  'settings_changed',
  /** A duplicate customer merged into this one: on the kept customer, and on each complaint that moved. */
  'customers_merged',
  /** Its retention term passed and the coordinator anonymised it (domain/privacy). */
  'anonymised',
  /** The person's data was handed to them on request (AVG art. 15 and 20): on the customer, without the content. */
  'data_handed_out',
  /** Someone who may read it opened a confidential complaint's card: who and when (domain/privacy/confidentialAccess). */
  'confidential_opened',
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
  /** A step the procedure gives to a role, taken by someone signed in (see domain/workflow/roles). */
  step?: RoleStep;
  /** Its link in its log's chain (domain/journal/seal); every stored event has one from schema version 14 on. */
  seal?: EventSeal;
}

/**
 * Ties an event to the ones appended before it in its log, so a change,
 * removal or move of a stored event shows (domain/journal/checkLog).
 */
export interface EventSeal {
  /** The links of the log's last events when it was appended: one, several after two workstations' appends met, none for the first. */
  after: string[];
  /** SHA-256 over `after`, the moment and both hashes below. */
  link: string;
  /** SHA-256 of what the event says that is no one's personal data: id, type, actor, step. */
  fixed: string;
  /** SHA-256 of the salt and the personal part (customer, text, field changes); kept when a redaction removes that part. */
  personal: string;
  /** Random; gone once the personal part is redacted, so the kept hash can no longer be matched against a guessed name. */
  salt?: string;
}

/**
 * Which step an event records and the roles the procedure gives it, nothing
 * of any person: on a shared register the server checks the account that
 * sends it has one of those roles.
 */
export interface RoleStep {
  /** The workflow action (domain/workflow/actions). */
  kind: string;
  roles: StaffRole[];
}

/**
 * The events of one complaint (id: the complaint's id), of one customer
 * outside any complaint (`customer:<id>`), or of the office's settings in one
 * year (`office:<yyyy>`), kept as one record. Events are append-only and read
 * a whole complaint at a time, so one record per complaint is one write and
 * one read instead of one per event (schema version 7; see database.ts).
 */
export interface EventLog {
  id: string;
  /** Oldest first. */
  events: ComplaintEvent[];
  updatedAt: string;
}

export const STAFF_ROLES = ['receptionist', 'coordinator', 'owner', 'management', 'committee'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export interface Staff {
  id: string;
  name: string;
  roles: StaffRole[];
  active: boolean;
  /** Their user name on the office's server, once they signed in there (a shared register). */
  account?: string;
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
  /**
   * The roles of a person signed in to the office's server: the steps they
   * take are checked against them. Absent for a profile chosen without a
   * password (one PC on its own), whose steps are not checked.
   */
  roles?: readonly StaffRole[];
}

/* ---------- Workflow (schema version 2) ---------- */

export const VERDICTS = ['founded', 'partly_founded', 'unfounded'] as const;
/** gegrond, deels gegrond, ongegrond */
export type Verdict = (typeof VERDICTS)[number];

export const SEND_METHODS = ['post', 'email', 'handed_over', 'phone'] as const;
export type SendMethod = (typeof SEND_METHODS)[number];

/** A written message the procedure promises, and when and how it went out. */
export interface SentMessage {
  sentOn: string;
  method: SendMethod;
}

export interface Judgement {
  verdict: Verdict;
  reasoning: string;
  judgedOn: string;
  /** Staff id of who judged, when one person did. */
  judgedById: string | null;
  /** Names of who judged: one employee, or the committee's chair and members. */
  judges: string[];
}

export interface Solution {
  description: string;
  /** The repair term agreed with the customer. */
  agreedRepairOn: string;
  /** A third party that must carry it out; the office keeps following it. */
  thirdParty: string;
  carriedOutOn: string | null;
}

export interface CorrectiveAction {
  id: string;
  description: string;
  /** Who carries it out (a name; staff or not). */
  assignee: string;
  dueOn: string;
  doneOn: string | null;
  /** Called off when the file was closed, and why (doneOn holds the day); absent on a measure carried out. */
  cancelReason?: string;
  /** When the effectiveness is to be checked, and its outcome once checked. */
  effectivenessCheckDueOn: string;
  effectivenessCheckedOn: string | null;
  effectivenessResult: string;
}

export const CUSTOMER_CONTACT_BY = ['owner', 'coordinator'] as const;
export type CustomerContactBy = (typeof CUSTOMER_CONTACT_BY)[number];

export const MANAGEMENT_REASONS = ['material_interest', 'owner_cannot_handle', 'other'] as const;
export type ManagementReason = (typeof MANAGEMENT_REASONS)[number];

export interface ManagementConsultation {
  id: string;
  on: string;
  reason: ManagementReason;
  notes: string;
}

export interface StatusCheck {
  id: string;
  on: string;
  ownerId: string | null;
  discussed: string;
  nextStep: string;
}

export const ESCALATION_STATUSES = ['open', 'decided', 'withdrawn'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

export interface Escalation {
  id: string;
  /** The body in the complaint's procedure version (EscalationBody.id), copied so it reads without the procedure. */
  bodyId: string;
  bodyKind: string;
  bodyName: string;
  /** When the body received the escalation: its own term runs from here (appeal: 8 weeks). */
  receivedOn: string;
  /** The body's due day, computed when escalated; null when it has no term. */
  dueOn: string | null;
  status: EscalationStatus;
  /** The body said it needs more time (appeal committee: written notice with the new term). */
  extension: { newDueOn: string; reason: string; noticeSentOn: string } | null;
  decidedOn: string | null;
  outcome: string;
  notes: string;
  /** The bodies earlier in the regeling's order that the customer passed over, and why. Absent on escalations recorded before the order existed. */
  skipped?: { bodyNames: string[]; reason: string };
  /** Why a conditional body (001's appeal) could be turned to. */
  ground?: EscalationGround;
  /** The office carried out the body's ruling (003: the NRTO commission's); absent in older records: not yet. */
  carriedOutOn?: string | null;
}

export const ESCALATION_GROUNDS = ['unfounded', 'solution_disputed'] as const;
/** The complaint was declared unfounded, or the customer disputes the proposed solution. */
export type EscalationGround = (typeof ESCALATION_GROUNDS)[number];

export interface Extension {
  reason: string;
  /** The new date by which the response will be sent. */
  newDueOn: string;
  /** The notice to the customer (required within the original response term). */
  notice: SentMessage;
}

export const CONTACT_KINDS = ['phone', 'email', 'letter', 'meeting', 'visit', 'home_visit', 'internal'] as const;
/** telefoon, e-mail, brief, gesprek op kantoor, bezoek ter plaatse, huisbezoek, intern overleg */
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CONTACT_PARTIES = ['customer', 'employee', 'third_party'] as const;
export type ContactParty = (typeof CONTACT_PARTIES)[number];

/** Did the customer (or whoever) reach out, or did the office? */
export const CONTACT_DIRECTIONS = ['in', 'out'] as const;
export type ContactDirection = (typeof CONTACT_DIRECTIONS)[number];

/** A contact while handling: hearing the customer and the employees involved (hoor en wederhoor), a visit. */
export interface ContactRecord {
  id: string;
  on: string;
  kind: ContactKind;
  withWhom: ContactParty;
  /** Who was spoken to (may be empty for the customer). */
  name: string;
  notes: string;
  /** Incoming or outgoing; null for contacts recorded before schema version 3, which did not ask. */
  direction: ContactDirection | null;
  /** The follow-up (FollowUp.id) planned with this contact, if any: it joins the complaint's deadlines. */
  followUpId: string | null;
}

export interface FollowUp {
  id: string;
  dueOn: string;
  what: string;
  /** Done, or (with cancelReason) called off, on this day. */
  doneOn: string | null;
  /** Called off when the file was closed, and why; absent on a follow-up that was done. */
  cancelReason?: string;
  /** Left open on purpose when the file was closed: it stays a term, and can still be marked done. */
  keptAfterClosing?: boolean;
}

/**
 * Everything the procedure's steps record on a complaint. Kept on the complaint
 * record (one transaction with its event), with the append-only event log as
 * the history of how it got there.
 */
export interface ComplaintWorkflow {
  /** The procedure version the complaint started under (Procedure.id). */
  procedureVersionId: string;
  acknowledgement: SentMessage | null;
  furtherHandlingMessage: SentMessage | null;
  response: SentMessage | null;
  /** The latest extension of the response term; `earlierExtensions` holds the ones before it. */
  extension: Extension | null;
  /** Extensions before the latest, oldest first, where the procedure allows more than one (absent in older records: none). */
  earlierExtensions?: Extension[];
  /** Day the current owner was assigned. */
  ownerAssignedOn: string | null;
  /** Agreed at the assignment where the procedure asks it (004): who contacts the customer. Absent in older records: not agreed. */
  customerContactBy?: CustomerContactBy | null;
  /** The owner cannot handle the complaint properly (004): from then on management must be consulted before it goes on. Absent: not reported. */
  ownerCannotHandle?: { on: string; notes: string } | null;
  /**
   * Where only a written complaint counts (001, 003) and it came in by phone or
   * at the desk: when and how the written complaint arrived. Its terms run
   * from this day. Absent on complaints stored before it existed: none.
   */
  writtenReceipt?: { on: string; channel: WrittenChannel } | null;
  /** 000: whether the complaint is serious (needs a change of working method), so not settled at first contact; absent in older records: not assessed. */
  seriousness?: { serious: boolean; on: string; notes: string } | null;
  /** Settled at first contact: what was agreed. */
  informalSettlement: { on: string; agreement: string } | null;
  statusChecks: StatusCheck[];
  contacts: ContactRecord[];
  /** Named employees not heard, with why (hoor en wederhoor); absent in older records: none. */
  notHeard?: { name: string; on: string; reason: string }[];
  managementConsultations: ManagementConsultation[];
  judgement: Judgement | null;
  solution: Solution | null;
  rootCause: string;
  correctiveActions: CorrectiveAction[];
  structuralMeasures: string;
  evaluation: { on: string; notes: string } | null;
  customerAgreement: { on: string; notes: string } | null;
  escalations: Escalation[];
  /** Where the complaint stood when it was escalated, so it returns there once every escalation is decided. */
  statusBeforeEscalation: ComplaintStatus | null;
  /** Submitted after the limit but accepted anyway, with why. */
  lateAcceptance: { on: string; reason: string } | null;
  inadmissible: { on: string; reason: string } | null;
  withdrawn: { on: string; reason: string } | null;
  followUps: FollowUp[];
  /** Each reopening of a closed, withdrawn or inadmissible complaint, with why. */
  reopenings: { on: string; reason: string }[];
  closedOn: string | null;
  /** Keep until (closedOn + the procedure's retention). */
  retentionUntil: string | null;
}

export const DEADLINE_KINDS = [
  'acknowledgement',
  'further_handling',
  'response',
  'extension_notice',
  'extended_response',
  'status_check',
  'follow_up',
  'repair',
  'corrective_action',
  'effectiveness_check',
  'escalation',
  'ruling_compliance',
  'retention',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/**
 * One open term of a complaint (schema version 4), so the desk reads overdue
 * and due-soon terms by kind and by owner through an index. Derived from the
 * complaint and rewritten with it in the same transaction, never on its own,
 * and rebuilt rather than synced: hence no updatedAt.
 */
export interface OpenDeadline {
  /** `${complaintId}:${kind}:${itemId}` (itemId empty for one-off terms): the same term keeps its row. */
  id: string;
  complaintId: string;
  kind: DeadlineKind;
  /** The escalation, action or follow-up it belongs to, so the card can open at that item. */
  itemId: string | null;
  dueOn: string;
  /** The complaint's owner, copied for the owner's workload and status checks. */
  ownerId: string | null;
}

/** A person was reminded of an open term (schema version 5). */
export interface NotifiedDeadline {
  /** `${staffId}|${deadlineId}`: a range per person, by primary key. */
  id: string;
  staffId: string;
  deadlineId: string;
  /** The day the term fell due when the reminder went out: a term moved to a later day is reminded of again. */
  dueOn: string;
  notifiedAt: string;
  updatedAt: string;
}

/**
 * Where an open complaint stands for the coordinator (schema version 4):
 * nobody picked it up, someone is handling it, or handling is done and it
 * waits for the evaluation, the customer's agreement or just closing.
 */
export const DESK_STATES = ['awaiting_written_complaint', 'unassigned', 'in_handling', 'awaiting_evaluation', 'awaiting_agreement', 'ready_to_close'] as const;
export type DeskState = (typeof DESK_STATES)[number];

export interface Deadline {
  kind: DeadlineKind;
  /** Dutch label for the card and the desk, e.g. "Ontvangstbevestiging". */
  label: string;
  /** Which item it belongs to when there can be several (an escalation, an action, a follow-up). */
  itemId: string | null;
  dueOn: string;
  metOn: string | null;
  /** Working days from today to dueOn: negative when overdue. Null once met. */
  workingDaysLeft: number | null;
  state: 'met' | 'open' | 'overdue';
}

/* ---------- Removal register (schema version 12) ---------- */

const REMOVAL_KINDS = ['anonymise', 'erase'] as const;
export type RemovalKind = (typeof REMOVAL_KINDS)[number];
/** The register also records a person's data handed out on request (AVG art. 15): what went out, never what was in it. */
export type RegisterKind = RemovalKind | 'export';

/** What one removal took away, counted; never which person or what was in it. */
export interface RemovalCounts {
  complaints: number;
  letters: number;
  files: number;
  /** Customer records removed with it: only those with no other complaint left. */
  customers: number;
}

/**
 * One removal of a file whose retention term had passed (AVG art. 5(1)(e),
 * 30): which file, when, who, what went and under which rule. Holds no
 * personal data of the customer, so it may be kept for as long as the office exists.
 */
export interface RemovalRecord {
  id: string;
  at: string;
  reference: string;
  kind: RegisterKind;
  actorId: string | null;
  actorName: string;
  removed: RemovalCounts;
  /** The procedure's retention rule it was removed under, as the office read it then. */
  rule: string;
  updatedAt: string;
}

/* ---------- Pinboard (schema version 3) ---------- */

export const ATTACHMENT_KINDS = ['complaint', 'acknowledgement', 'correspondence', 'photo', 'other'] as const;
/** klacht, ontvangstbevestiging, correspondentie, foto, overig */
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/**
 * A file pinned to a complaint or a customer. The bytes live once, by SHA-256,
 * in the attachment store (main process or OPFS); this is the record of it.
 * Removing hides it and records an event; bytes are swept later, only when no
 * record refers to them.
 */
export interface Attachment {
  id: string;
  complaintId: string | null;
  customerId: string | null;
  name: string;
  /** MIME type as detected or given. */
  type: string;
  size: number;
  sha256: string;
  kind: AttachmentKind;
  /** For a file that came out of a pinned e-mail: that e-mail's attachment id. */
  extractedFromId: string | null;
  addedAt: string;
  addedById: string | null;
  addedByName: string;
  removedAt: string | null;
  removedByName: string | null;
  updatedAt: string;
}

/** One row per stored hash, so a sweep can find bytes no record refers to any more. */
export interface StoredFile {
  sha256: string;
  size: number;
  firstStoredAt: string;
  updatedAt: string;
}
