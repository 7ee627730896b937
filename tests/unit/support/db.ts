import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { KlachtenbalieDb } from '../../../src-renderer/src/db/database';
import { createRepositories } from '../../../src-renderer/src/db/repositories';
import { sortEvents } from '../../../src-renderer/src/domain/eventLogs';
import type { Actor, ComplaintEvent } from '../../../src-renderer/src/domain/model';
import type { IntakeInput } from '../../../src-renderer/src/domain/validation';

/** A database of its own per test: a fresh fake IndexedDB, so tests never see each other's data. */
export async function freshDb() {
  const indexedDB = new IDBFactory();
  const db = new KlachtenbalieDb('klachtenbalie-test', { indexedDB, IDBKeyRange });
  await db.open();
  return { db, repos: createRepositories(db), indexedDB };
}

export const ACTOR: Actor = { id: null, name: 'Testbalie' };

/** A moment in the middle of a working day, local time. */
export const NOW = new Date(2026, 2, 10, 14, 30);

export function intake(overrides: { customer?: Partial<NonNullable<IntakeInput['customer']>>; complaint?: Partial<IntakeInput['complaint']> } = {}): IntakeInput {
  return {
    customerId: null,
    customer: {
      name: 'Jan de Vries',
      salutation: 'heer',
      phone: '06-12345678',
      email: 'jan@example.nl',
      street: 'Dorpsstraat 1',
      postcode: '2801 AB',
      city: 'Gouda',
      customerNumber: 'KL-1001',
      ...overrides.customer,
    },
    complaint: {
      channel: 'phone',
      receivedAt: '2026-03-10T14:00',
      problemArisenOn: '',
      summary: 'Verwarming doet het niet',
      description: '',
      category: '',
      productOrService: '',
      employeesInvolved: '',
      remedySought: '',
      confidential: false,
      ...overrides.complaint,
    },
  };
}

/**
 * Seed 004's office (coordinator protocol): owners Erik and Sanne, coordinator
 * Marloes and Bea at the front desk, on a fresh database.
 */
export async function coordinatorOffice() {
  const context = await freshDb();
  const { repos } = context;
  await repos.procedures.choosePreset('zorgbedrijf-coordinator', ACTOR, NOW);
  const erik = await repos.staff.create({ name: 'Erik Zwart', roles: ['owner'] }, ACTOR, NOW);
  const sanne = await repos.staff.create({ name: 'Sanne Bos', roles: ['owner'] }, ACTOR, NOW);
  const marloes = await repos.staff.create({ name: 'Marloes van Dam', roles: ['coordinator'] }, ACTOR, NOW);
  const bea = await repos.staff.create({ name: 'Bea Balie', roles: ['receptionist'] }, ACTOR, NOW);
  return { context, erik, sanne, marloes, bea };
}

/** Every stored event, oldest first, whichever log it is kept in (schema version 7). */
export async function storedEvents(db: KlachtenbalieDb): Promise<ComplaintEvent[]> {
  return sortEvents((await db.eventLogs.toArray()).flatMap((log) => log.events));
}

export async function storedEventCount(db: KlachtenbalieDb): Promise<number> {
  return (await storedEvents(db)).length;
}

/** An event as tests write it straight into a database, a note unless told. */
export function eventAt(id: string, complaintId: string | null, customerId: string | null, at: string, type: ComplaintEvent['type'] = 'note'): ComplaintEvent {
  return { id, complaintId, customerId, type, at, actorId: null, actorName: 'Balie', summary: `Gebeurtenis ${id}`, changes: [], updatedAt: at };
}
