import { ANALYSIS_TABLES } from './analysisUpkeep';
import { diffRecords } from '../../domain/diff';
import { RecordNotFoundError, ValidationError, validateOrThrow } from '../../domain/errors';
import { eventText } from '../../domain/eventText';
import { newId } from '../../domain/ids';
import type { Actor, Attachment, Complaint, Customer } from '../../domain/model';
import { judgesSeriousness } from '../../domain/procedure';
import {
  applyPatch,
  EDITABLE_COMPLAINT_FIELDS,
  newComplaintRecord,
  pickFields,
  withComplaintSearchTerms,
} from '../../domain/records';
import {
  makeComplaintInputSchema,
  makeIntakeSchema,
  type ComplaintInput,
  type IntakeInput,
} from '../../domain/validation';
import type { KlachtenbalieDb } from '../database';
import { insertAttachments, validateAttachments, type FieldPrefix, type NewAttachment } from './attachments';
import { loadCalendar } from './closingDays';
import { complaintTotal } from './counters';
import { allocateReference } from './references';
import { insertCustomer, liveCustomer } from './customers';
import { complaintCreatedEvent, makeEvent } from './eventLog';
import { earliestDueFirst, hasDeadlineFilter, newestReceivedFirst, type ComplaintFilter } from './complaintOrder';
import { sortedIdsPage } from './complaintSorting';
import { naturalSort, type ListSort } from '../../domain/listSort';
import { searchComplaintIds, searchComplaints, type FoundComplaints, type Readable } from './complaintSearch';
import { storeComplaint } from './complaintStore';
import { applyAction } from '../../domain/workflow';
import { COMPLAINT_NOT_FOUND, createComplaintWorkflow } from './complaintWorkflow';
import { createComplaintConflicts } from './complaintConflicts';
import { procedureVersion, storedCurrentProcedure } from './procedures';
import { appendEvent, appendEvents } from './eventStore';

export type ComplaintPatch = Partial<ComplaintInput>;

export type { ComplaintFilter };

export interface CreatedComplaint {
  complaint: Complaint;
  customer: Customer;
  /** The files pinned with it (an e-mail and its attachments), in the order given. */
  attachments: Attachment[];
}

/**
 * A file to pin to the complaint being registered; its bytes are stored
 * already. `extractedFrom` is the index of the pin it came out of (the mail itself first).
 */
export type ComplaintPin = Omit<NewAttachment, 'complaintId' | 'customerId' | 'extractedFromId'>;

const PIN_FIELDS: FieldPrefix = (index) => ['attachments', index];

export { COMPLAINT_NOT_FOUND };
const PENDING_COMPLAINT = 'new';
export const PICKED_CUSTOMER_GONE = 'De gekozen klant bestaat niet meer. Kies een andere klant of vul een nieuwe klant in.';

/** Ids in the filter's order: by due date for a deadline filter, else newest received first; keys only. */
function filteredKeys(db: KlachtenbalieDb, filter: ComplaintFilter): Promise<string[]> {
  return (hasDeadlineFilter(filter) ? earliestDueFirst(db, filter) : newestReceivedFirst(db, filter)).primaryKeys();
}

export function createComplaintRepository(db: KlachtenbalieDb) {
  return {
    ...createComplaintWorkflow(db),
    ...createComplaintConflicts(db),

    /**
     * Registers a complaint from the intake: a new or picked customer, the next
     * reference, the complaint with status 'registered' under the office's
     * current procedure version, with its next deadline and open-deadline
     * rows, the pinned files (`pins`: a dropped e-mail and its attachments) and
     * their events, all in one transaction: a failure leaves nothing. Accepts
     * raw form values or the resolver's output.
     */
    async create(input: IntakeInput, actor: Actor, now: Date = new Date(), pins: readonly ComplaintPin[] = []): Promise<CreatedComplaint> {
      const intake = validateOrThrow(makeIntakeSchema(() => now), input);
      // Checked before anything is written; the complaint they hang on gets its id below.
      const pinned = validateAttachments(pins.map((pin) => ({ ...pin, complaintId: PENDING_COMPLAINT })), PIN_FIELDS);
      const nowIso = now.toISOString();
      // The year of registration, not of receipt: a letter dated 31 December and
      // registered on 2 January must not get a number in a year whose register is
      // already closed and reported; references then also follow the order of registration.
      const year = now.getFullYear();
      const tables = [db.customers, db.complaints, db.openDeadlines, db.eventLogs, db.counters, db.procedures, db.settings, db.attachments, db.files, ...ANALYSIS_TABLES];
      return db.transaction('rw', tables, async () => {
        const procedure = await storedCurrentProcedure(db);
        const calendar = await loadCalendar(db);
        const customer =
          intake.customer !== null
            ? await insertCustomer(db, intake.customer, actor, nowIso)
            : await pickedCustomer(db, intake.customerId);
        const record = newComplaintRecord(intake.complaint, {
          id: newId(),
          reference: await allocateReference(db, year, nowIso, db.journalWrites),
          customer,
          nowIso,
          procedureVersionId: procedure.id,
        });
        // Judged at intake where the procedure asks it (000): the same step as on the card, recorded right after the intake.
        const assessed =
          intake.seriousness !== '' && judgesSeriousness(procedure)
            ? applyAction(record, procedure, { type: 'assess_seriousness', serious: intake.seriousness === 'yes', notes: '' }, { now, actor, calendar })
            : null;
        const complaint = await storeComplaint(db, assessed?.complaint ?? record, procedure, calendar, 'add');
        await appendEvents(db, [
          complaintCreatedEvent(complaint, actor, nowIso),
          ...(assessed ? [makeEvent({ ...assessed.event, complaintId: complaint.id, customerId: complaint.customerId }, actor, nowIso)] : []),
        ]);
        const onComplaint = pinned.map((pin) => ({ ...pin, complaintId: complaint.id }));
        const attachments = await insertAttachments(db, onComplaint, actor, nowIso, PIN_FIELDS);
        return { complaint, customer, attachments };
      });
    },

    /**
     * Edits the form fields of a complaint; no write and no event when nothing
     * changed. A new receipt date moves the terms, so the next deadline and the
     * open-deadline rows are recomputed.
     */
    update(id: string, patch: ComplaintPatch, actor: Actor, now: Date = new Date()): Promise<Complaint> {
      const nowIso = now.toISOString();
      return db.transaction('rw', [db.complaints, db.openDeadlines, db.customers, db.eventLogs, db.procedures, db.settings, ...ANALYSIS_TABLES], async () => {
        const existing = await db.complaints.get(id);
        if (!existing) throw new RecordNotFoundError(COMPLAINT_NOT_FOUND);
        const input = validateOrThrow(
          makeComplaintInputSchema(() => now),
          applyPatch(pickFields(existing, EDITABLE_COMPLAINT_FIELDS), patch),
        );
        const customer = (await db.customers.get(existing.customerId)) ?? null;
        // Where the date of receipt came from is the intake's to say, not an edit's; a date typed over the one read
        // off the e-mail no longer comes from the e-mail.
        const { receiptSource: _fromIntakeOnly, ...fields } = input;
        const readOffEmail = existing.receiptSource && fields.receivedAt !== existing.receivedAt ? { receiptSource: null } : {};
        const edited = withComplaintSearchTerms({ ...existing, ...fields, ...readOffEmail, updatedAt: nowIso }, customer);
        const changes = diffRecords(existing, edited);
        if (changes.length === 0) return existing;
        const procedure = await procedureVersion(db, existing.workflow.procedureVersionId);
        const next = await storeComplaint(db, edited, procedure, await loadCalendar(db));
        await appendEvent(
          db,
          makeEvent(
            {
              type: 'updated',
              complaintId: id,
              customerId: existing.customerId,
              summary: eventText.complaintUpdated(changes),
              changes,
            },
            actor,
            nowIso,
          ),
        );
        return next;
      });
    },

    get(id: string): Promise<Complaint | undefined> {
      return db.complaints.get(id);
    },

    /** In the order of `ids`, undefined where a complaint is gone: fits a virtual list that holds ids. */
    getMany(ids: readonly string[]): Promise<(Complaint | undefined)[]> {
      return db.complaints.bulkGet([...ids]);
    },

    /**
     * Ids only, read from an index without loading records: newest received
     * first, or for "te laat" (`overdue: today`) and "deze week"
     * (`dueWithin: { from, to }`) earliest next deadline first.
     */
    listIds(filter: ComplaintFilter = {}): Promise<string[]> {
      return filteredKeys(db, filter);
    },

    /**
     * The ids from position `offset`, at most `limit`: what a scrolled list
     * shows, without reading the rest. In the order of `sort`, by default the
     * order of listIds.
     */
    listIdsPage(filter: ComplaintFilter, offset: number, limit: number, sort: ListSort = naturalSort(hasDeadlineFilter(filter))): Promise<string[]> {
      return sortedIdsPage(db, filter, sort, offset, limit);
    },

    count(filter: ComplaintFilter = {}): Promise<number> {
      if (hasDeadlineFilter(filter)) return earliestDueFirst(db, filter).count();
      return filter.status === undefined ? complaintTotal(db) : newestReceivedFirst(db, filter).count();
    },

    /**
     * Complaints matching every query token (see domain/search) and the filter,
     * newest received first. A query without a token of two or more characters
     * returns nothing: the UI asks for more typing.
     */
    search(query: string, limit = 200, filter: ComplaintFilter = {}, readable?: Readable): Promise<Complaint[]> {
      return searchComplaints(db, query, limit, filter, readable);
    },

    /** The same matches as ids, with the records it happened to read: for a list that loads its visible rows itself. */
    searchIds(query: string, limit = 200, filter: ComplaintFilter = {}, readable?: Readable): Promise<FoundComplaints> {
      return searchComplaintIds(db, query, limit, filter, readable);
    },
  };
}

/** A customer merged meanwhile (on another workstation) stands for the one it was merged into. */
async function pickedCustomer(db: KlachtenbalieDb, customerId: string | null): Promise<Customer> {
  const customer = customerId === null ? undefined : await liveCustomer(db, customerId);
  if (!customer) throw new ValidationError({ customerId: PICKED_CUSTOMER_GONE });
  return customer;
}
