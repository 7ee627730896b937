/**
 * A person's data on request (AVG art. 15 and 20): what belongs to them, as
 * one machine-readable record. Belonging is decided by record ids, never by
 * name: their customer record and the duplicates merged into it, their
 * complaints, the events of those complaints and of their card, and the files
 * pinned to either. Another customer, however alike the name, has other ids.
 *
 * Internal notes, contacts with colleagues and the names of staff who handled
 * the complaint are included: they are data about the person's complaint and
 * art. 15 makes no exception for internal notes. Index fields the app derives
 * for search and the desk are left out: they repeat what is there.
 */
import { fileExtension, normalizeFileName } from '../fileSafety';
import type { Attachment, Complaint, ComplaintEvent, Customer } from '../model';
import { isLetter } from './retention';

export interface PersonRecords {
  customer: Customer;
  /** Customers merged into this one earlier: the same person, registered twice. */
  duplicates: Customer[];
  complaints: Complaint[];
  events: ComplaintEvent[];
  attachments: Attachment[];
}

export type ExportedCustomer = Omit<Customer, 'searchTerms' | 'nameTerms' | 'detailTerms'>;
export type ExportedEvent = Pick<ComplaintEvent, 'id' | 'type' | 'at' | 'actorName' | 'summary' | 'changes'>;
export type ExportedComplaint = Omit<Complaint, 'searchTerms' | 'searchKeys' | 'deskState' | 'nextDeadline' | 'nextDeadlineKind' | 'conflicts'> & {
  events: ExportedEvent[];
};

export interface ExportedFile {
  attachmentId: string;
  name: string;
  kind: Attachment['kind'];
  type: string;
  size: number;
  sha256: string;
  /** The complaint it is pinned to; null for a file on the customer card. */
  reference: string | null;
  addedAt: string;
  /** Taken off the pinboard on this moment; its bytes may still be stored until the sweep. */
  removedAt: string | null;
  /** Where it is in the zip; null when its bytes were no longer stored (see withoutBytes). */
  path: string | null;
}

export interface PersonExport {
  format: 'klachtenbalie-persoonsgegevens';
  version: 1;
  madeAt: string;
  customer: ExportedCustomer;
  mergedDuplicates: ExportedCustomer[];
  complaints: ExportedComplaint[];
  /** Events of the card outside any complaint: registration, every change of personal data, merges, files. */
  customerEvents: ExportedEvent[];
  /** Rectification history: every creation, change and merge of the personal data, oldest first. */
  personalDataChanges: ExportedEvent[];
  letters: ExportedFile[];
  files: ExportedFile[];
}

const PERSONAL_DATA_EVENTS: ReadonlySet<ComplaintEvent['type']> = new Set(['customer_created', 'customer_updated', 'customers_merged']);

function exportedCustomer(customer: Customer): ExportedCustomer {
  const { searchTerms: _s, nameTerms: _n, detailTerms: _d, ...rest } = customer;
  return rest;
}

function exportedEvent(event: ComplaintEvent): ExportedEvent {
  return { id: event.id, type: event.type, at: event.at, actorName: event.actorName, summary: event.summary, changes: event.changes };
}

function exportedComplaint(complaint: Complaint, events: ExportedEvent[]): ExportedComplaint {
  const { searchTerms: _t, searchKeys: _k, deskState: _d, nextDeadline: _n, nextDeadlineKind: _nk, conflicts: _c, ...rest } = complaint;
  return { ...rest, events };
}

/** Windows refuses these in a file name; a zip made here is unpacked there too. */
const UNSAFE_IN_NAME = /[<>:"|?*]/g;

function safeName(name: string): string {
  const cleaned = normalizeFileName(name).replace(UNSAFE_IN_NAME, '_');
  return cleaned === '' ? 'bestand' : cleaned;
}

/** A path no other file in the zip has: "brief (2).docx" for the second of that name. */
function uniquePath(folder: string, name: string, taken: Set<string>): string {
  const extension = fileExtension(name);
  const stem = extension ? name.slice(0, -(extension.length + 1)) : name;
  let path = `${folder}/${name}`;
  for (let n = 2; taken.has(path.toLowerCase()); n += 1) path = `${folder}/${stem} (${n})${extension ? `.${extension}` : ''}`;
  taken.add(path.toLowerCase());
  return path;
}

const byMoment = <T extends { at: string }>(a: T, b: T) => a.at.localeCompare(b.at);

/** Everything about the person and nothing about anyone else, ready for JSON and the readable document. */
export function personExport(records: PersonRecords, madeAt: string): PersonExport {
  const personIds = new Set([records.customer.id, ...records.duplicates.map((d) => d.id)]);
  const complaints = records.complaints.filter((c) => personIds.has(c.customerId)).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.reference.localeCompare(b.reference));
  const references = new Map(complaints.map((c) => [c.id, c.reference]));
  const onComplaint = (event: ComplaintEvent) => event.complaintId !== null && references.has(event.complaintId);
  const onCard = (event: ComplaintEvent) => event.complaintId === null && event.customerId !== null && personIds.has(event.customerId);
  const events = records.events.filter((event) => onComplaint(event) || onCard(event)).sort(byMoment);
  const customerEvents = events.filter(onCard).map(exportedEvent);

  const taken = new Set<string>();
  const attachments = records.attachments
    .filter((a) => (a.complaintId !== null ? references.has(a.complaintId) : a.customerId !== null && personIds.has(a.customerId)))
    .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.id.localeCompare(b.id));
  const exported = attachments.map((a) => {
    const reference = a.complaintId === null ? null : (references.get(a.complaintId) ?? null);
    const folder = `${isLetter(a) ? 'brieven' : 'bestanden'}/${reference ?? 'klantenkaart'}`;
    const file: ExportedFile = { attachmentId: a.id, name: a.name, kind: a.kind, type: a.type, size: a.size, sha256: a.sha256, reference, addedAt: a.addedAt, removedAt: a.removedAt, path: uniquePath(folder, safeName(a.name), taken) };
    return { file, letter: isLetter(a) };
  });

  return {
    format: 'klachtenbalie-persoonsgegevens',
    version: 1,
    madeAt,
    customer: exportedCustomer(records.customer),
    mergedDuplicates: records.duplicates.filter((d) => d.mergedIntoId === records.customer.id).map(exportedCustomer),
    complaints: complaints.map((c) => exportedComplaint(c, events.filter((e) => e.complaintId === c.id).map(exportedEvent))),
    customerEvents,
    personalDataChanges: events.filter((e) => onCard(e) && PERSONAL_DATA_EVENTS.has(e.type)).map(exportedEvent),
    letters: exported.filter((x) => x.letter).map((x) => x.file),
    files: exported.filter((x) => !x.letter).map((x) => x.file),
  };
}

/** The export as handed out: files whose bytes could not be read are listed without a place in the zip. */
export function withoutBytes(data: PersonExport, missing: ReadonlySet<string>): PersonExport {
  const mark = (file: ExportedFile): ExportedFile => (missing.has(file.attachmentId) ? { ...file, path: null } : file);
  return { ...data, letters: data.letters.map(mark), files: data.files.map(mark) };
}
