/**
 * The pinboard: records of files pinned to a complaint or a customer. The
 * caller stores the bytes first (platform.putAttachment); a record, its row in
 * `files` and its event are then written in one transaction. Removing hides a
 * record and records who did it; bytes are never deleted here: a later sweep
 * takes what `unreferencedHashes` offers, once no backup needs it.
 */
import Dexie from 'dexie';
import {
  ATTACHMENT_MESSAGES,
  attachmentAddedText,
  attachmentInputSchema,
  attachmentRemovedText,
  type AttachmentInput,
  type AttachmentInputOutput,
} from '../../domain/attachments';
import { diffRecords } from '../../domain/diff';
import { RecordNotFoundError, ValidationError } from '../../domain/errors';
import { newId } from '../../domain/ids';
import type { Actor, Attachment, ComplaintEvent, FieldChange } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';
import { COMPLAINT_NOT_FOUND } from './complaintWorkflow';
import { CUSTOMER_NOT_FOUND, liveCustomer } from './customers';
import { makeEvent } from './eventLog';
import { appendEvent } from './eventStore';

export type NewAttachment = AttachmentInput;

export const ATTACHMENT_NOT_FOUND = 'Dit bestand staat niet (meer) op het prikbord. Misschien is het op een andere werkplek verwijderd.';

/** The event of a new file lists what the file is; where it hangs and who added it the event itself says. */
const ADDED_UNTRACKED = ['complaintId', 'customerId', 'addedAt', 'addedById', 'addedByName', 'removedAt', 'removedByName', 'updatedAt'];

/**
 * Where the fields of the index-th file sit in a ValidationError's keys:
 * "sha256" for one file, "1.sha256" in a batch, "attachments.1.sha256" on the intake.
 */
export type FieldPrefix = (index: number) => PropertyKey[];
const ONE: FieldPrefix = () => [];
const BATCH: FieldPrefix = (index) => [index];

/** Validates every item; a failure names the item's field (see FieldPrefix). */
export function validateAttachments(items: readonly NewAttachment[], prefix: FieldPrefix): AttachmentInputOutput[] {
  return items.map((item, index) => {
    const result = attachmentInputSchema.safeParse(item);
    if (!result.success) throw ValidationError.fromZod(result.error, prefix(index));
    return result.data;
  });
}

/** On the file's complaint (if any) and customer, so both timelines show it. */
function attachmentEvent(
  type: 'attachment_added' | 'attachment_removed',
  attachment: Attachment,
  summary: string,
  changes: FieldChange[],
  actor: Actor,
  nowIso: string,
): ComplaintEvent {
  return makeEvent({ type, complaintId: attachment.complaintId, customerId: attachment.customerId, summary, changes }, actor, nowIso);
}

async function pinTarget(db: KlachtenbalieDb, input: AttachmentInputOutput): Promise<Pick<Attachment, 'complaintId' | 'customerId'>> {
  if (input.complaintId !== null) {
    const complaint = await db.complaints.get(input.complaintId);
    if (!complaint) throw new RecordNotFoundError(COMPLAINT_NOT_FOUND);
    // Also on the customer, so the customer card lists the files of all their complaints.
    return { complaintId: complaint.id, customerId: complaint.customerId };
  }
  const customer = await liveCustomer(db, input.customerId ?? '');
  if (!customer) throw new RecordNotFoundError(CUSTOMER_NOT_FOUND);
  return { complaintId: null, customerId: customer.id };
}

/**
 * Writes validated attachments with their `files` rows and events. Call
 * inside a 'rw' transaction over attachments, files, eventLogs, complaints and
 * customers. A source (extractedFrom…) must come before the files taken out of it.
 */
export async function insertAttachments(
  db: KlachtenbalieDb,
  inputs: readonly AttachmentInputOutput[],
  actor: Actor,
  nowIso: string,
  prefix: FieldPrefix,
): Promise<Attachment[]> {
  const key = (index: number, field: string) => [...prefix(index), field].map(String).join('.');
  const added: Attachment[] = [];
  for (const [index, input] of inputs.entries()) {
    const fromIndex = input.extractedFrom ?? null;
    const sourceId = input.extractedFromId ?? (fromIndex !== null && fromIndex < index ? (added[fromIndex]?.id ?? null) : null);
    const source = sourceId === null ? null : (added.find((a) => a.id === sourceId) ?? (await db.attachments.get(sourceId)) ?? null);
    if ((sourceId !== null || fromIndex !== null) && !source) {
      throw new ValidationError({ [key(index, 'extractedFromId')]: ATTACHMENT_MESSAGES.sourceMissing });
    }
    const record: Attachment = {
      id: input.id ?? newId(),
      ...(await pinTarget(db, input)),
      name: input.name,
      type: input.type,
      size: input.size,
      sha256: input.sha256,
      kind: input.kind,
      extractedFromId: source?.id ?? null,
      addedAt: nowIso,
      addedById: actor.id,
      addedByName: actor.name,
      removedAt: null,
      removedByName: null,
      updatedAt: nowIso,
    };
    const file = await db.files.get(record.sha256);
    if (!file) await db.files.add({ sha256: record.sha256, size: record.size, firstStoredAt: nowIso, updatedAt: nowIso });
    else if (file.size !== record.size) throw new ValidationError({ [key(index, 'size')]: ATTACHMENT_MESSAGES.sizeMismatch });
    await db.attachments.add(record);
    const summary = attachmentAddedText(record, source?.name ?? null);
    await appendEvent(db, attachmentEvent('attachment_added', record, summary, diffRecords(null, record, ADDED_UNTRACKED), actor, nowIso));
    added.push(record);
  }
  return added;
}

export function createAttachmentRepository(db: KlachtenbalieDb) {
  const writeTables = [db.attachments, db.files, db.eventLogs, db.complaints, db.customers];

  async function addAll(items: readonly NewAttachment[], prefix: FieldPrefix, actor: Actor, now: Date): Promise<Attachment[]> {
    const inputs = validateAttachments(items, prefix);
    return db.transaction('rw', writeTables, () => insertAttachments(db, inputs, actor, now.toISOString(), prefix));
  }

  /** Not removed, newest first, straight from a [key+addedAt] index. */
  function listed(index: '[complaintId+addedAt]' | '[customerId+addedAt]', id: string): Promise<Attachment[]> {
    return db.attachments
      .where(index)
      .between([id, Dexie.minKey], [id, Dexie.maxKey], true, true)
      .reverse()
      .filter((attachment) => attachment.removedAt === null)
      .toArray();
  }

  return {
    get(id: string): Promise<Attachment | undefined> {
      return db.attachments.get(id);
    },

    /**
     * Pins one file whose bytes the platform already stored: the record, its
     * `files` row (when the hash is new) and an 'attachment_added' event, in one transaction.
     */
    async add(input: NewAttachment, actor: Actor, now: Date = new Date()): Promise<Attachment> {
      const [added] = await addAll([input], ONE, actor, now);
      if (!added) throw new Error('Het bestand is niet vastgepind');
      return added;
    },

    /** Several files at once, in one transaction (all or none), returned in the order given. */
    addMany(items: readonly NewAttachment[], actor: Actor, now: Date = new Date()): Promise<Attachment[]> {
      return addAll(items, BATCH, actor, now);
    },

    /**
     * Takes a file off the pinboard: the record stays, marked removed, with an
     * 'attachment_removed' event. The bytes stay too. Removing it again changes nothing.
     */
    remove(id: string, actor: Actor, now: Date = new Date()): Promise<Attachment> {
      const nowIso = now.toISOString();
      return db.transaction('rw', [db.attachments, db.eventLogs], async () => {
        const existing = await db.attachments.get(id);
        if (!existing) throw new RecordNotFoundError(ATTACHMENT_NOT_FOUND);
        if (existing.removedAt !== null) return existing;
        const removed: Attachment = { ...existing, removedAt: nowIso, removedByName: actor.name, updatedAt: nowIso };
        await db.attachments.put(removed);
        const changes = diffRecords(existing, removed);
        await appendEvent(db, attachmentEvent('attachment_removed', existing, attachmentRemovedText(existing), changes, actor, nowIso));
        return removed;
      });
    },

    /** The complaint's pinboard: files not removed, newest first. */
    listForComplaint(complaintId: string): Promise<Attachment[]> {
      return listed('[complaintId+addedAt]', complaintId);
    },

    /** Everything of the customer: pinned to them and to any of their complaints; not removed, newest first. */
    listForCustomer(customerId: string): Promise<Attachment[]> {
      return listed('[customerId+addedAt]', customerId);
    },

    /**
     * Every hash a file on a pinboard still needs: those of records not
     * removed. The platform's sweep keeps these and lets the others go after
     * its grace period. Read in one pass, once a day, even at 100,000 files.
     */
    referencedHashes(): Promise<string[]> {
      return db.transaction('r', db.attachments, async () => {
        const live = new Set<string>();
        await db.attachments.each((attachment) => {
          if (attachment.removedAt === null) live.add(attachment.sha256);
        });
        return [...live];
      });
    },

    /**
     * Stored hashes no record refers to any more: every attachment with that
     * hash is removed. A removed record does not keep its bytes; the sweep
     * decides when they go. With `removedBefore`, only hashes whose last record
     * was removed before that moment (a grace period, and time for a backup).
     * Bytes in the store without a `files` row (the record's write failed)
     * are the sweep's to find: they are not listed here.
     */
    unreferencedHashes(removedBefore?: Date): Promise<string[]> {
      const cutoff = removedBefore?.toISOString();
      return db.transaction('r', [db.files, db.attachments], async () => {
        const live = new Set<string>();
        const lastRemoved = new Map<string, string>();
        await db.attachments.each((attachment) => {
          const removedAt = attachment.removedAt;
          if (removedAt === null) live.add(attachment.sha256);
          else if (removedAt > (lastRemoved.get(attachment.sha256) ?? '')) lastRemoved.set(attachment.sha256, removedAt);
        });
        const files = await db.files.toArray();
        return files
          .filter((file) => !live.has(file.sha256))
          .filter((file) => cutoff === undefined || (lastRemoved.get(file.sha256) ?? file.firstStoredAt) < cutoff)
          .map((file) => file.sha256);
      });
    },
  };
}
