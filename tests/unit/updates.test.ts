import { describe, expect, it } from 'vitest';
import { RecordNotFoundError, ValidationError } from '../../src-renderer/src/domain/errors';
import { ACTOR, freshDb, intake, NOW } from './support/db';

const LATER = new Date(NOW.getTime() + 60 * 60 * 1000);
const EDITOR = { id: 'staff-1', name: 'Marloes' };

describe('editing a complaint', () => {
  it('writes the change with an event listing old and new values, and refreshes search', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    const updated = await repos.complaints.update(complaint.id, { summary: 'Lekkage in de badkamer', confidential: true }, EDITOR, LATER);

    expect(updated).toMatchObject({ summary: 'Lekkage in de badkamer', confidential: true, updatedAt: LATER.toISOString(), reference: complaint.reference });
    expect(await repos.complaints.get(complaint.id)).toEqual(updated);
    const events = await repos.events.listForComplaint(complaint.id);
    expect(events.map((e) => e.type)).toEqual(['created', 'updated']);
    expect(events[1]).toMatchObject({ actorId: 'staff-1', actorName: 'Marloes', at: LATER.toISOString() });
    expect(events[1]?.changes).toEqual([
      { field: 'summary', old: 'Verwarming doet het niet', new: 'Lekkage in de badkamer' },
      { field: 'confidential', old: false, new: true },
    ]);
    expect((await repos.complaints.search('lekk')).map((c) => c.id)).toEqual([complaint.id]);
    expect(await repos.complaints.search('verwarming')).toEqual([]);
  });

  it('writes nothing when nothing changed, also when the form sends everything back', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    const again = await repos.complaints.update(complaint.id, { ...intake().complaint, summary: ' Verwarming doet het niet ' }, EDITOR, LATER);
    expect(again).toEqual(complaint);
    expect(await repos.events.listForComplaint(complaint.id)).toHaveLength(1);
  });

  it('validates the merged record', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    const error = await repos.complaints.update(complaint.id, { problemArisenOn: '2026-03-10', receivedAt: '2026-03-09T10:00' }, EDITOR, LATER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors)).toEqual(['problemArisenOn']);
    expect(await repos.complaints.get(complaint.id)).toEqual(complaint);
  });

  it('says so when the complaint is gone', async () => {
    const { repos } = await freshDb();
    await expect(repos.complaints.update('nope', { summary: 'x' }, EDITOR, LATER)).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('editing a customer', () => {
  it('refreshes the name and search terms on all their complaints in the same write', async () => {
    const { repos } = await freshDb();
    const first = await repos.complaints.create(intake(), ACTOR, NOW);
    const second = await repos.complaints.create({ ...intake(), customerId: first.customer.id }, ACTOR, NOW);

    const updated = await repos.customers.update(first.customer.id, { name: 'Jan de Vries-Öztürk', phone: '020 123 4567', postcode: '1011ab' }, EDITOR, LATER);
    expect(updated.postcode).toBe('1011 AB');

    const found = await repos.complaints.search('ozturk 0201234567');
    expect(found.map((c) => c.id).sort()).toEqual([first.complaint.id, second.complaint.id].sort());
    expect(found.every((c) => c.customerName === 'Jan de Vries-Öztürk' && c.updatedAt === LATER.toISOString())).toBe(true);
    expect(await repos.complaints.search('0612345678')).toEqual([]);
    expect((await repos.customers.find('1011 AB')).map((c) => c.id)).toEqual([first.customer.id]);

    const events = await repos.events.listForCustomer(first.customer.id);
    const change = events.find((e) => e.type === 'customer_updated');
    expect(change?.changes).toContainEqual({ field: 'phone', old: '06-12345678', new: '020 123 4567' });
    expect(change?.changes.map((c) => c.field)).not.toContain('searchTerms');
  });

  it('refuses invalid input and changes nothing', async () => {
    const { repos } = await freshDb();
    const { customer, complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    const error = await repos.customers.update(customer.id, { name: '', email: 'kapot@' }, EDITOR, LATER).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ name: 'Vul de naam van de klant in', email: expect.any(String) });
    expect(await repos.customers.get(customer.id)).toEqual(customer);
    expect(await repos.complaints.get(complaint.id)).toEqual(complaint);
  });
});

describe('finding customers for the intake', () => {
  it('matches name, phone, postcode and customer number', async () => {
    const { repos } = await freshDb();
    const jan = (await repos.complaints.create(intake(), ACTOR, NOW)).customer;
    const anna = (await repos.complaints.create(intake({ customer: { name: 'Anna van den Berg', phone: '0182-359823', postcode: '2801 XY', customerNumber: '' } }), ACTOR, NOW)).customer;
    const names = async (query: string) => (await repos.customers.find(query)).map((c) => c.name);

    expect(await names('jan vr')).toEqual([jan.name]);
    expect(await names('0182 359823')).toEqual([anna.name]);
    expect(await names('2801')).toEqual([anna.name, jan.name]);
    expect(await names('KL-1001')).toEqual([jan.name]);
    expect(await repos.customers.find('2801', 1)).toHaveLength(1);
  });
});
