import { type ReferenceBlock, planLease, referenceCounterDocId } from '../domain/references/blocks';
import { ConflictError } from './couchErrors';
import type { CouchDatabase, CouchDoc } from './couchDatabase';

/**
 * Leases a block of reference numbers from the counter document of `year` in
 * the shared register: read the counter, write it moved on by `size` with the
 * `_rev` we read. When another workstation wrote in between, CouchDB refuses
 * ours with 409 and we simply read again: the winner's block is never handed
 * out twice. No jitter is needed: every retry follows a fresh read, and each
 * round has exactly one winner, so ten workstations racing finish in ten rounds.
 */

export interface LeaseOptions {
  /** Rounds of read-and-write before giving up. */
  maxAttempts?: number;
  /** The first number a block may start at, e.g. above references numbered before the office shared its register. */
  atLeast?: number;
  now?: () => Date;
}

export interface Lease {
  block: ReferenceBlock;
  /** Rounds needed; more than 1 means other workstations leased at the same moment. */
  attempts: number;
}

export interface ReferenceCounterDoc extends CouchDoc {
  type: 'referenceCounter';
  year: number;
  /** The first number nobody has leased yet. */
  next: number;
  /** The last lease, for whoever has to puzzle out a gap in the register. */
  lastLease: { workstationId: string; from: number; to: number; at: string };
}

export const DEFAULT_MAX_ATTEMPTS = 25;

/** Too many workstations kept winning the race; try again later or register provisionally. */
export class LeaseContentionError extends Error {
  override readonly name = 'LeaseContentionError';

  constructor(readonly attempts: number) {
    super(`Na ${attempts} pogingen nog geen blok kenmerken gekregen: andere werkplekken schreven steeds tegelijk`);
  }
}

export async function leaseBlock(
  database: Pick<CouchDatabase, 'getDoc' | 'putDoc'>,
  year: number,
  size: number,
  workstationId: string,
  options: LeaseOptions = {},
): Promise<Lease> {
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const id = referenceCounterDocId(year);
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const counter = await database.getDoc(id);
    const { block, counterNext } = planLease(year, storedCounterNext(counter, year), size, options.atLeast);
    const doc: ReferenceCounterDoc = {
      _id: id,
      // Without a _rev CouchDB only accepts the write if nobody created the counter meanwhile.
      ...(counter?._rev ? { _rev: counter._rev } : {}),
      type: 'referenceCounter',
      year,
      next: counterNext,
      lastLease: { workstationId, from: block.from, to: block.to, at: (options.now?.() ?? new Date()).toISOString() },
    };
    try {
      await database.putDoc(doc);
      return { block, attempts: attempt };
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  throw new LeaseContentionError(maxAttempts);
}

/** Where the stored counter stands; a document that is not a counter of this year is refused rather than guessed at. */
function storedCounterNext(counter: CouchDoc | null, year: number): number | null {
  if (counter === null) return null;
  if (counter.type !== 'referenceCounter' || counter.year !== year || typeof counter.next !== 'number') {
    throw new TypeError(`Het tellerdocument ${counter._id} op de server is beschadigd; de beheerder moet het nakijken`);
  }
  return counter.next;
}
