/**
 * Long files in the demo register. A complaint numbered a multiple of
 * `every` in its year (K-2025-0250, K-2025-0500, …), once it is in handling,
 * carries a history of LONG_FILE_EVENTS events as a busy file has them: calls,
 * e-mails and visits, letters made (each pinned as a .docx), files pinned,
 * status changes, edits, notes and a customer merge. The bench opens these
 * cards (tests/tools/bench). They have a random stream of their own, so every
 * other complaint stays exactly as the seed made it before.
 */
import { diffRecords } from '../../domain/diff';
import { attachmentAddedText } from '../../domain/attachments';
import { complaintMovedText } from '../../domain/customerMerge';
import { eventText } from '../../domain/eventText';
import { STATUS_LABELS } from '../../domain/labels';
import type { Actor, AttachmentKind, Complaint, ComplaintEvent, ComplaintStatus, ContactKind, EventType, FieldChange } from '../../domain/model';
import { dutchDay } from '../../domain/workflow/spec';
import { CONTACT_DIRECTION_LABELS, CONTACT_KIND_LABELS } from '../../domain/workflowLabels';
import { localDay } from '../../domain/dates';
import { LETTER_TYPE_LABELS, type LetterType } from '../../letters';
import { makeEvent } from '../repositories/eventLog';
import { Random } from './random';
import { CONTACT_NOTES, PRODUCTS } from './vocabulary';
import { DOCX_TYPE } from '../../domain/fileSafety';

/** One complaint in this many (by number) has a long file: 400 in a register of 100,000. */
export const LONG_FILE_EVERY = 250;
export const LONG_FILE_EVENTS = 50;

/** Statuses a file reaches after weeks of handling; an earlier one would not have fifty events yet. */
const IN_HANDLING: readonly ComplaintStatus[] = ['in_progress', 'judged', 'escalated', 'resolved', 'evaluated', 'closed'];

export function isLongFile(reference: string, status: ComplaintStatus, every: number): boolean {
  const sequence = Number(reference.split('-').at(-1));
  return every > 0 && sequence % every === 0 && IN_HANDLING.includes(status);
}

export interface LongFileInput {
  complaint: Complaint;
  /** The events the file already has (registration, steps, its status): the history is made up to fifty. */
  events: readonly ComplaintEvent[];
  owner: Actor;
  coordinator: Actor;
  /** The history runs from registration to here. */
  until: Date;
  seed: number;
}

type Kind = 'contact' | 'attachment' | 'letter' | 'note' | 'update';
const KINDS: readonly (readonly [Kind, number])[] = [['contact', 40], ['attachment', 20], ['letter', 15], ['note', 13], ['update', 12]];
const CONTACT_KINDS_USED: readonly ContactKind[] = ['phone', 'phone', 'email', 'email', 'visit', 'meeting'];
const FILES: readonly (readonly [string, string, AttachmentKind, number, number])[] = [
  ['Foto schade', 'image/jpeg', 'photo', 900_000, 4_000_000],
  ['Factuur', 'application/pdf', 'other', 60_000, 300_000],
  ['E-mail van klant', 'message/rfc822', 'correspondence', 15_000, 80_000],
  ['Offerte herstel', 'application/pdf', 'other', 80_000, 250_000],
  ['Schadeformulier', 'application/pdf', 'complaint', 100_000, 400_000],
];
const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'application/pdf': 'pdf', 'message/rfc822': 'eml' };
const LETTERS: readonly LetterType[] = ['request_information', 'invitation', 'further_handling', 'extension', 'decision'];
const NOTES = [
  'Intern overleg met de teamleider',
  'Wacht op reactie van de leverancier',
  'Klant vraagt om terugbellen na 17.00 uur',
  'Dossier doorgenomen met de behandelaar',
];

/** The events to add to `events` so the file has LONG_FILE_EVENTS, spread between registration and `until`. */
export function longFileEvents({ complaint, events, owner, coordinator, until, seed }: LongFileInput): ComplaintEvent[] {
  const r = new Random(seed);
  const start = Date.parse(complaint.createdAt);
  const span = Math.max(until.getTime() - start, 60_000);
  const added: ComplaintEvent[] = [];
  const missing = LONG_FILE_EVENTS - events.length;
  // Evenly over the file's life, never on top of each other and never after `until`.
  const moment = () => new Date(start + (span * (added.length + 1)) / (missing + 1)).toISOString();
  const add = (type: EventType, summary: string, changes: FieldChange[], actor: Actor) =>
    added.push(makeEvent({ type, complaintId: complaint.id, customerId: complaint.customerId, summary, changes }, actor, moment()));
  const status = (from: ComplaintStatus, to: ComplaintStatus) =>
    add('status_changed', `Status: ${STATUS_LABELS[to]}`, [{ field: 'status', old: from, new: to }], coordinator);
  const pin = (name: string, type: string, kind: AttachmentKind, size: number, actor: Actor) => {
    const file = { name, type, size, sha256: Array.from({ length: 64 }, () => '0123456789abcdef'.charAt(r.int(0, 15))).join(''), kind, extractedFromId: null };
    add('attachment_added', attachmentAddedText(file), diffRecords(null, file), actor);
  };

  status('registered', 'acknowledged');
  status('acknowledged', 'in_progress');
  let letters = 0;
  let files = 0;
  let merged = false;
  while (added.length < missing) {
    // The merge comes halfway: the customer turned out to be on file twice.
    if (!merged && added.length >= Math.floor(missing / 2)) {
      merged = true;
      const duplicate = `${complaint.customerName.split(' ')[0] ?? ''} ${complaint.customerName.split(' ').at(-1) ?? ''}`.trim();
      const changes = [{ field: 'customerId', old: `demo-duplicate-${complaint.id}`, new: complaint.customerId }];
      add('customers_merged', complaintMovedText({ name: duplicate }, { name: complaint.customerName }), changes, coordinator);
      continue;
    }
    const kind = r.weighted(KINDS);
    if (kind === 'contact') {
      const contactKind = r.pick(CONTACT_KINDS_USED);
      const direction = r.pick(['in', 'out'] as const);
      const day = dutchDay(localDay(new Date(moment())));
      const summary = `${CONTACT_KIND_LABELS[contactKind]} met klant (${CONTACT_DIRECTION_LABELS[direction].toLowerCase()}) op ${day}: ${r.pick(CONTACT_NOTES)}`;
      add('contact', summary, [], owner);
    } else if (kind === 'attachment') {
      const [label, type, fileKind, min, max] = r.pick(FILES);
      files += 1;
      pin(`${label} ${files}.${EXTENSIONS[type] ?? 'bin'}`, type, fileKind, r.int(min, max), owner);
    } else if (kind === 'letter' && added.length + 2 <= missing) {
      // As the letter dialog files it: the .docx on the pinboard, then the letter itself.
      const type = LETTERS[letters % LETTERS.length] ?? 'further_handling';
      letters += 1;
      pin(`${LETTER_TYPE_LABELS[type]} ${complaint.reference}.docx`, DOCX_TYPE, 'correspondence', r.int(18_000, 40_000), coordinator);
      add('letter_made', `Brief gemaakt: ${LETTER_TYPE_LABELS[type]}`, [{ field: 'letterType', old: null, new: type }], coordinator);
    } else if (kind === 'update') {
      const changes = [{ field: 'productOrService', old: r.pick(PRODUCTS), new: complaint.productOrService }];
      add('updated', eventText.complaintUpdated(changes), changes, coordinator);
    } else {
      add('note', r.pick(NOTES), [], owner);
    }
  }
  return added;
}
