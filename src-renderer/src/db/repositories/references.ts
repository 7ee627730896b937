/**
 * Reference numbers on a shared register. Each workstation hands out numbers
 * from blocks it leased from the server's counter, so K-YYYY-NNNN stays unique
 * across the office without asking the server for every complaint. Without a
 * number left and without the server, a complaint gets a clearly marked
 * provisional reference, replaced (with an event) as soon as numbers come in.
 * On a register that is not shared, numbering is as it always was.
 */
import { newId } from '../../domain/ids';
import type { Actor, Complaint } from '../../domain/model';
import { formatReference, parseReference, referenceCounterId } from '../../domain/reference';
import { type HeldBlock, type ReferenceBlock, holdBlock, takeNextNumber } from '../../domain/references/blocks';
import { formatProvisionalReference, isProvisionalReference } from '../../domain/references/provisional';
import { withComplaintSearchTerms } from '../../domain/records';
import { searchKeysOf } from '../../domain/search';
import type { KlachtenbalieDb } from '../database';
import { appendEvent } from './eventStore';
import { makeEvent } from './eventLog';
import { nextCounterValue, raiseCounter } from './counters';

/** Local settings: blocks and the workstation's id belong to this PC, never to the shared register. */
export const HELD_BLOCKS_KEY = 'references.heldBlocks';
export const WORKSTATION_KEY = 'workstation.id';

const SYSTEM: Actor = { id: null, name: 'Klachtenbalie' };

export async function heldBlocks(db: KlachtenbalieDb): Promise<HeldBlock[]> {
  const value = (await db.settings.get(HELD_BLOCKS_KEY))?.value;
  return Array.isArray(value) ? (value as HeldBlock[]) : [];
}

async function saveHeldBlocks(db: KlachtenbalieDb, held: readonly HeldBlock[], nowIso: string): Promise<void> {
  await db.settings.put({ key: HELD_BLOCKS_KEY, value: [...held], updatedAt: nowIso });
}

export async function addHeldBlock(db: KlachtenbalieDb, block: ReferenceBlock, nowIso: string): Promise<void> {
  await db.transaction('rw', [db.settings, db.counters], async () => {
    await saveHeldBlocks(db, [...(await heldBlocks(db)), holdBlock(block)], nowIso);
  });
}

/** This PC's own id, made once: it tells provisional references of different workstations apart. */
export async function workstationId(db: KlachtenbalieDb, nowIso: string): Promise<string> {
  const stored = (await db.settings.get(WORKSTATION_KEY))?.value;
  if (typeof stored === 'string') return stored;
  const id = newId();
  await db.settings.put({ key: WORKSTATION_KEY, value: id, updatedAt: nowIso });
  return id;
}

/** The highest number this register has given in `year`: a lease for a register shared later continues above it. */
export async function highestReference(db: KlachtenbalieDb, year: number): Promise<number> {
  return (await db.counters.get(referenceCounterId(year)))?.value ?? 0;
}

/**
 * The reference for a complaint registered now. Inside a 'rw' transaction over
 * counters and settings. `shared`: the register is shared, so only a leased number will do.
 */
export async function allocateReference(db: KlachtenbalieDb, year: number, nowIso: string, shared: boolean): Promise<string> {
  if (!shared) return formatReference(year, await nextCounterValue(db, referenceCounterId(year), nowIso));
  const taken = takeNextNumber(await heldBlocks(db), year);
  if (taken) {
    await saveHeldBlocks(db, taken.held, nowIso);
    await raiseCounter(db, referenceCounterId(year), taken.sequence, nowIso);
    return formatReference(year, taken.sequence);
  }
  const number = await nextCounterValue(db, `provisional-reference-${year}`, nowIso);
  return formatProvisionalReference(year, await workstationId(db, nowIso), number);
}

/** Complaints here that still carry a provisional reference. */
export async function provisionalComplaintIds(db: KlachtenbalieDb): Promise<string[]> {
  const found = await db.complaints.where('reference').startsWithIgnoreCase('K-').filter((complaint) => isProvisionalReference(complaint.reference)).primaryKeys();
  return found as string[];
}

/**
 * Gives a complaint a new real number from a held block, keeping the old one
 * searchable and saying why in its history. Returns the new reference, or null
 * when no number is held (unless `provisionalIfNone`: then a provisional one,
 * replaced by a real number later). Inside a 'rw' transaction over complaints, eventLogs,
 * settings, counters and customers.
 */
export async function renumberComplaint(db: KlachtenbalieDb, complaint: Complaint, reason: string, nowIso: string, provisionalIfNone = false): Promise<string | null> {
  const year = parseReference(complaint.reference)?.year ?? new Date(nowIso).getFullYear();
  const taken = takeNextNumber(await heldBlocks(db), year);
  if (!taken && !provisionalIfNone) return null;
  let reference: string;
  if (taken) {
    await saveHeldBlocks(db, taken.held, nowIso);
    await raiseCounter(db, referenceCounterId(year), taken.sequence, nowIso);
    reference = formatReference(year, taken.sequence);
  } else {
    reference = formatProvisionalReference(year, await workstationId(db, nowIso), await nextCounterValue(db, `provisional-reference-${year}`, nowIso));
  }
  const customer = (await db.customers.get(complaint.customerId)) ?? null;
  const renumbered = withComplaintSearchTerms(
    { ...complaint, reference, formerReferences: [...(complaint.formerReferences ?? []), complaint.reference], updatedAt: nowIso },
    customer,
  );
  await db.complaints.put({ ...renumbered, searchKeys: searchKeysOf(renumbered) });
  await appendEvent(
    db,
    makeEvent(
      {
        complaintId: complaint.id,
        customerId: complaint.customerId,
        type: 'updated',
        summary: `Kenmerk ${reference} vervangt ${complaint.reference}: ${reason}`,
        changes: [{ field: 'reference', old: complaint.reference, new: reference }],
      },
      SYSTEM,
      nowIso,
    ),
  );
  return reference;
}

/**
 * Replaces every provisional reference here by a real number from the held
 * blocks, as far as they reach; returns how many were replaced.
 */
export async function replaceProvisionalReferences(db: KlachtenbalieDb, nowIso: string): Promise<number> {
  return db.transaction('rw', [db.complaints, db.eventLogs, db.settings, db.counters, db.customers], async () => {
    let replaced = 0;
    for (const id of await provisionalComplaintIds(db)) {
      const complaint = await db.complaints.get(id);
      if (!complaint || !isProvisionalReference(complaint.reference)) continue;
      if ((await renumberComplaint(db, complaint, 'het voorlopige kenmerk is vervangen door een vast nummer', nowIso)) === null) break;
      replaced += 1;
    }
    return replaced;
  });
}
