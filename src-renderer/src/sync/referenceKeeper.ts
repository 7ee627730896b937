/**
 * Keeps this workstation supplied with reference numbers while it reaches the
 * server: a new block is leased before the held ones run out, and complaints
 * registered with a provisional reference while there was none get a real one.
 */
import type { KlachtenbalieDb } from '../db/database';
import { addHeldBlock, heldBlocks, highestReference, replaceProvisionalReferences, workstationId } from '../db/repositories/references';
import { DEFAULT_BLOCK_SIZE, shouldLeaseAhead } from '../domain/references/blocks';
import type { CouchDatabase } from './couchDatabase';
import { leaseBlock } from './referenceLeases';

export type CounterDatabase = Pick<CouchDatabase, 'getDoc' | 'putDoc'>;

export async function keepReferences(db: KlachtenbalieDb, counter: CounterDatabase, now: Date): Promise<{ leased: boolean; replaced: number }> {
  const nowIso = now.toISOString();
  const year = now.getFullYear();
  let leased = false;
  if (shouldLeaseAhead(await heldBlocks(db), year)) {
    const lease = await leaseBlock(counter, year, DEFAULT_BLOCK_SIZE, await workstationId(db, nowIso), {
      // Numbers given before the register was shared stay this register's own.
      atLeast: (await highestReference(db, year)) + 1,
      now: () => now,
    });
    await addHeldBlock(db, lease.block, nowIso);
    leased = true;
  }
  return { leased, replaced: await replaceProvisionalReferences(db, nowIso) };
}
