import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CouchServer, createDatabase, startCouchServer } from '../tools/couchServer.mjs';
import { blockNumbers, referenceCounterDocId, type ReferenceBlock } from '../../src-renderer/src/domain/references/blocks';
import { ConflictError } from '../../src-renderer/src/sync/couchErrors';
import { type CouchDatabase, couchDatabase } from '../../src-renderer/src/sync/couchDatabase';
import { createCouchClient } from '../../src-renderer/src/sync/couchHttp';
import { LeaseContentionError, leaseBlock } from '../../src-renderer/src/sync/referenceLeases';
import { ADMIN, nodeFetch } from './support/couch';

let couch: CouchServer;
let databaseCount = 0;

beforeAll(async () => {
  couch = await startCouchServer({ admin: ADMIN });
});

afterAll(async () => {
  await couch?.stop();
});

/** A fresh shared register per test, reached by each workstation through its own signed-in client. */
async function freshRegister(): Promise<() => Promise<CouchDatabase>> {
  databaseCount += 1;
  const name = `register-${databaseCount}`;
  await createDatabase(couch.url, ADMIN, name);
  return async () => {
    const client = createCouchClient({ url: couch.url, fetch: nodeFetch });
    await client.login(ADMIN.name, ADMIN.password);
    return couchDatabase(client, name);
  };
}

/**
 * Holds every workstation's first read until all have read, so they all start
 * from the same counter: the race the lease must survive, made certain instead of likely.
 */
function readingTogether(databases: CouchDatabase[]): CouchDatabase[] {
  let waiting = 0;
  let release!: () => void;
  const allHaveRead = new Promise<void>((resolve) => (release = resolve));
  return databases.map((database) => {
    let first = true;
    return {
      ...database,
      async getDoc(id) {
        const doc = await database.getDoc(id);
        if (first) {
          first = false;
          waiting += 1;
          if (waiting === databases.length) release();
          await allHaveRead;
        }
        return doc;
      },
    };
  });
}

function overlapping(blocks: ReferenceBlock[]): number[] {
  const seen = new Set<number>();
  const twice: number[] = [];
  for (const number of blocks.flatMap(blockNumbers)) {
    if (seen.has(number)) twice.push(number);
    seen.add(number);
  }
  return twice;
}

describe('leasing blocks of reference numbers from the server', () => {
  it('ten workstations leasing at the same moment never get overlapping blocks; the losers retry', async () => {
    const open = await freshRegister();
    const workstations = readingTogether(await Promise.all(Array.from({ length: 10 }, open)));
    const leases = await Promise.all(workstations.map((database, index) => leaseBlock(database, 2026, 20, `werkplek-${index}`)));
    const blocks = leases.map((lease) => lease.block);

    expect(overlapping(blocks)).toEqual([]);
    // Together they used 1..200 without a gap, and the counter stands after it.
    expect(blocks.flatMap(blockNumbers).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect((await (await open()).getDoc(referenceCounterDocId(2026)))?.next).toBe(201);
    // All ten read the same missing counter: one created it, the nine others were refused and read again.
    const attempts = leases.map((lease) => lease.attempts);
    expect(attempts.filter((count) => count === 1)).toHaveLength(1);
    expect(attempts.filter((count) => count >= 2)).toHaveLength(9);
  });

  it('creates the missing counter; of two workstations creating it at once, one gets 409 and leases after it', async () => {
    const open = await freshRegister();
    const [first, second] = readingTogether([await open(), await open()]);
    const leases = await Promise.all([leaseBlock(first!, 2026, 20, 'balie'), leaseBlock(second!, 2026, 20, 'coordinator')]);
    expect(leases.map((lease) => lease.attempts).sort()).toEqual([1, 2]);
    expect(leases.map((lease) => lease.block.from).sort((a, b) => a - b)).toEqual([1, 21]);
    expect(await (await open()).getDoc(referenceCounterDocId(2026))).toMatchObject({ type: 'referenceCounter', year: 2026, next: 41 });
  });

  it('keeps a counter per year: a new year starts again at 1', async () => {
    const register = await (await freshRegister())();
    expect((await leaseBlock(register, 2026, 10, 'balie')).block).toEqual({ year: 2026, from: 1, to: 11 });
    expect((await leaseBlock(register, 2026, 10, 'balie')).block).toEqual({ year: 2026, from: 11, to: 21 });
    expect((await leaseBlock(register, 2027, 10, 'balie')).block).toEqual({ year: 2027, from: 1, to: 11 });
    expect(await register.getDoc(referenceCounterDocId(2027))).toMatchObject({ year: 2027, next: 11, lastLease: { workstationId: 'balie', from: 1, to: 11 } });
  });

  it('continues above numbers given before the register was shared', async () => {
    const register = await (await freshRegister())();
    expect((await leaseBlock(register, 2026, 10, 'balie', { atLeast: 151 })).block).toEqual({ year: 2026, from: 151, to: 161 });
  });

  it('refuses a damaged counter instead of guessing a number', async () => {
    const register = await (await freshRegister())();
    await register.putDoc({ _id: referenceCounterDocId(2026), next: 'veel' });
    await expect(leaseBlock(register, 2026, 10, 'balie')).rejects.toThrow(/beschadigd/);
  });

  it('gives up after a bounded number of rounds when it keeps losing the race', async () => {
    let writes = 0;
    const alwaysLosing = {
      getDoc: async () => null,
      putDoc: async (): Promise<string> => {
        writes += 1;
        throw new ConflictError(409, 'conflict', 'Document update conflict.', 'PUT');
      },
    };
    await expect(leaseBlock(alwaysLosing, 2026, 10, 'balie', { maxAttempts: 4 })).rejects.toBeInstanceOf(LeaseContentionError);
    expect(writes).toBe(4);
  });
});
