import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src-renderer/src/domain/errors';
import { referenceCounterId } from '../../src-renderer/src/domain/reference';
import type { EventLog } from '../../src-renderer/src/domain/model';
import { ACTOR, freshDb, intake, NOW, storedEventCount } from './support/db';

describe('registering a complaint', () => {
  it('writes customer, complaint and both events in one go', async () => {
    const { db, repos } = await freshDb();
    const { complaint, customer } = await repos.complaints.create(intake(), ACTOR, NOW);

    expect(complaint).toMatchObject({ reference: 'K-2026-0001', status: 'registered', customerId: customer.id, customerName: 'Jan de Vries' });
    expect(customer.postcode).toBe('2801 AB');
    expect(await db.complaints.get(complaint.id)).toEqual(complaint);
    expect(await db.customers.get(customer.id)).toEqual(customer);

    const events = await repos.events.listForCustomer(customer.id);
    expect(events.map((e) => e.type).sort()).toEqual(['created', 'customer_created']);
    const created = (await repos.events.listForComplaint(complaint.id))[0];
    expect(created).toMatchObject({ actorName: ACTOR.name, at: NOW.toISOString(), type: 'created' });
    expect(created?.changes).toContainEqual({ field: 'summary', old: null, new: 'Verwarming doet het niet' });
  });

  it('uses a picked customer without creating another', async () => {
    const { db, repos } = await freshDb();
    const first = await repos.complaints.create(intake(), ACTOR, NOW);
    const second = await repos.complaints.create({ ...intake({ customer: { name: '' } }), customerId: first.customer.id }, ACTOR, NOW);
    expect(second.customer.id).toBe(first.customer.id);
    expect(await db.customers.count()).toBe(1);
    expect(second.complaint.reference).toBe('K-2026-0002');
  });

  it('refuses invalid input with Dutch messages per field and writes nothing', async () => {
    const { db, repos } = await freshDb();
    const error = await repos.complaints
      .create(intake({ customer: { name: '' }, complaint: { receivedAt: '2026-03-11T09:00' } }), ACTOR, NOW)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      'customer.name': 'Vul de naam van de klant in',
      'complaint.receivedAt': 'De ontvangstdatum mag niet in de toekomst liggen',
    });
    expect(await db.complaints.count()).toBe(0);
  });

  it('refuses a picked customer that no longer exists', async () => {
    const { db, repos } = await freshDb();
    const error = await repos.complaints.create({ ...intake(), customerId: 'gone' }, ACTOR, NOW).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toHaveProperty('customerId');
    expect(await db.counters.count()).toBe(0);
  });
});

describe('reference numbers', () => {
  it('restart at 0001 in a new year of registration', async () => {
    const { repos } = await freshDb();
    await repos.complaints.create(intake(), ACTOR, new Date(2026, 11, 31, 16, 0));
    const late = await repos.complaints.create(intake(), ACTOR, new Date(2026, 11, 31, 16, 5));
    const next = await repos.complaints.create(intake({ complaint: { receivedAt: '2026-12-31T15:00' } }), ACTOR, new Date(2027, 0, 4, 9, 0));
    expect(late.complaint.reference).toBe('K-2026-0002');
    // Received in 2026, registered in 2027: the year of registration counts.
    expect(next.complaint.reference).toBe('K-2027-0001');
  });

  it('differ for two saves at the same moment', async () => {
    const { repos } = await freshDb();
    const saved = await Promise.all(Array.from({ length: 5 }, () => repos.complaints.create(intake(), ACTOR, NOW)));
    const references = saved.map((s) => s.complaint.reference);
    expect(new Set(references).size).toBe(5);
    expect(references.sort()).toEqual(['K-2026-0001', 'K-2026-0002', 'K-2026-0003', 'K-2026-0004', 'K-2026-0005']);
  });

  it('are never given out twice, also not after a deletion', async () => {
    const { db, repos } = await freshDb();
    const first = await repos.complaints.create(intake(), ACTOR, NOW);
    await db.complaints.delete(first.complaint.id);
    const second = await repos.complaints.create(intake(), ACTOR, NOW);
    expect(second.complaint.reference).toBe('K-2026-0002');
  });
});

describe('a save that fails halfway', () => {
  it('leaves no complaint, customer, event or counter step behind, and the next save is numbered as if it never happened', async () => {
    const { db, repos } = await freshDb();
    await repos.complaints.create(intake(), ACTOR, NOW);
    const before = {
      complaints: await db.complaints.count(),
      customers: await db.customers.count(),
      events: await storedEventCount(db),
      counter: await db.counters.get(referenceCounterId(2026)),
    };

    // The complaint's own event is the last write: fail there, after customer, counter and complaint.
    const failOnCreatedEvent = (_key: unknown, log: EventLog) => {
      if (log.events.some((event) => event.type === 'created')) throw new Error('schijf weg');
    };
    db.eventLogs.hook('creating', failOnCreatedEvent);
    await expect(repos.complaints.create(intake({ customer: { name: 'Piet Bakker' } }), ACTOR, NOW)).rejects.toThrow('schijf weg');
    db.eventLogs.hook('creating').unsubscribe(failOnCreatedEvent);

    expect(await db.complaints.count()).toBe(before.complaints);
    expect(await db.customers.count()).toBe(before.customers);
    expect(await storedEventCount(db)).toBe(before.events);
    expect((await db.customers.toArray()).some((customer) => customer.name === 'Piet Bakker')).toBe(false);
    expect(await db.counters.get(referenceCounterId(2026))).toEqual(before.counter);

    const next = await repos.complaints.create(intake(), ACTOR, NOW);
    expect(next.complaint.reference).toBe('K-2026-0002');
  });
});

describe('a date of receipt read off a dropped e-mail', () => {
  it('keeps which moment of the mail it was, until someone types another date over it', async () => {
    const { db, repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake({ complaint: { channel: 'email', receiptSource: 'received_header' } }), ACTOR, NOW);
    expect((await db.complaints.get(complaint.id))?.receiptSource).toBe('received_header');

    // Other edits, and one that tries to set the source itself, leave it alone.
    await repos.complaints.update(complaint.id, { summary: 'Verwarming doet het nog steeds niet', receiptSource: 'intake_time' }, ACTOR, NOW);
    expect((await db.complaints.get(complaint.id))?.receiptSource).toBe('received_header');

    const edited = await repos.complaints.update(complaint.id, { receivedAt: '10-03-2026 09:15' }, ACTOR, NOW);
    expect(edited.receiptSource).toBeNull();
    const events = await repos.events.listForComplaint(complaint.id);
    expect(events.at(-1)?.summary).toBe('Klacht gewijzigd: ontvangen op, ontvangstdatum volgens');
  });

  it('is not claimed for a complaint typed in', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    expect(complaint.receiptSource ?? null).toBeNull();
  });
});
