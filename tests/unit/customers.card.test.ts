import { describe, expect, it, vi } from 'vitest';
import { defaultMergeChoice, mergedDetails } from '../../src-renderer/src/domain/customerMerge';
import { RecordNotFoundError, ValidationError } from '../../src-renderer/src/domain/errors';
import { newCustomerRecord } from '../../src-renderer/src/domain/records';
import { customerInputSchema } from '../../src-renderer/src/domain/validation';
import { ACTOR, freshDb, intake, NOW, storedEvents } from './support/db';

const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const SHA = (digit: string) => digit.repeat(64);
const EDITOR = { id: 'staff-1', name: 'Marloes' };
const SON = { name: 'Piet de Vries', relation: 'zoon', phone: '06-87654321', email: 'piet@example.nl' };

describe('a customer’s complaints', () => {
  it('lists only theirs, newest received first', async () => {
    const { repos } = await freshDb();
    const first = await repos.complaints.create(intake({ complaint: { receivedAt: '2026-03-02T09:00' } }), ACTOR, NOW);
    const id = first.customer.id;
    await repos.complaints.create({ ...intake({ complaint: { receivedAt: '2026-03-09T09:00', summary: 'Tweede' } }), customerId: id }, ACTOR, NOW);
    await repos.complaints.create({ ...intake({ complaint: { receivedAt: '2026-03-04T09:00', summary: 'Derde' } }), customerId: id }, ACTOR, NOW);
    await repos.complaints.create(intake({ customer: { name: 'Ria Jansen' } }), ACTOR, NOW);
    expect((await repos.customers.complaints(id)).map((c) => c.reference)).toEqual(['K-2026-0002', 'K-2026-0003', 'K-2026-0001']);
    expect(await repos.customers.complaints('nobody')).toEqual([]);
  });
});

describe('editing a customer', () => {
  it('rewrites their complaints only for a new name; a new phone number is found through the customer', async () => {
    const { db, repos } = await freshDb();
    const { complaint, customer } = await repos.complaints.create(intake(), ACTOR, NOW);
    await repos.customers.update(customer.id, { phone: '010-7654321' }, EDITOR, at(1));
    expect(await db.complaints.get(complaint.id)).toEqual(complaint);
    expect((await repos.complaints.search('010-7654321')).map((c) => c.id)).toEqual([complaint.id]);
    expect(await repos.complaints.search('06-12345678')).toEqual([]);

    await repos.customers.update(customer.id, { name: 'Jan de Vries-Bakker' }, EDITOR, at(2));
    expect(await db.complaints.get(complaint.id)).toMatchObject({ customerName: 'Jan de Vries-Bakker', updatedAt: at(2).toISOString() });
    expect((await repos.complaints.search('bakker')).map((c) => c.id)).toEqual([complaint.id]);
  });
});

describe('the representative (gemachtigde)', () => {
  it('starts empty, is set and cleared with an event that shows old and new', async () => {
    const { repos } = await freshDb();
    const { customer } = await repos.complaints.create(intake(), ACTOR, NOW);
    expect(customer).toMatchObject({ representative: null, mergedIntoId: null });

    const updated = await repos.customers.update(customer.id, { representative: { ...SON, name: ' Piet de Vries ' } }, EDITOR, at(1));
    expect(updated.representative).toEqual(SON);
    // A form without the representative's fields (the contact details) leaves it alone.
    const edited = await repos.customers.update(customer.id, { phone: '010-1234567' }, EDITOR, at(2));
    expect(edited.representative).toEqual(SON);
    // All fields blank: nobody acts for the customer any more.
    const cleared = await repos.customers.update(customer.id, { representative: { name: '', relation: ' ', phone: '', email: '' } }, EDITOR, at(3));
    expect(cleared.representative).toBeNull();

    const changes = (await repos.events.listForCustomer(customer.id)).filter((e) => e.type === 'customer_updated').map((e) => e.changes);
    expect(changes).toEqual([
      [{ field: 'representative', old: null, new: SON }],
      [{ field: 'phone', old: '06-12345678', new: '010-1234567' }],
      [{ field: 'representative', old: SON, new: null }],
    ]);
    expect((await repos.events.listForCustomer(customer.id)).at(-1)?.summary).toBe('Klantgegevens gewijzigd: gemachtigde');
  });

  it('needs a name once anything is filled in, and checks phone and e-mail, in Dutch', async () => {
    const { repos } = await freshDb();
    const { customer } = await repos.complaints.create(intake(), ACTOR, NOW);
    const error = await repos.customers.update(customer.id, { representative: { name: '', relation: 'dochter', phone: '12', email: 'x@' } }, EDITOR, at(1)).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({
      'representative.phone': 'Vul een geldig telefoonnummer in, bijvoorbeeld 06-12345678',
      'representative.email': 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl',
      'representative.name': 'Vul de naam van de gemachtigde in, of maak alle velden van de gemachtigde leeg',
    });
    expect(await repos.customers.get(customer.id)).toEqual(customer);
  });

  it('can come with a new customer at the intake', async () => {
    const { repos } = await freshDb();
    const { customer } = await repos.complaints.create(intake({ customer: { representative: SON } }), ACTOR, NOW);
    expect(customer.representative).toEqual(SON);
  });
});

describe('the representative in the customer schema', () => {
  it('is left out when not given, null when blank, trimmed when filled in', () => {
    expect(customerInputSchema.parse({ name: 'A' }).representative).toBeUndefined();
    expect(customerInputSchema.parse({ name: 'A', representative: null }).representative).toBeNull();
    expect(customerInputSchema.parse({ name: 'A', representative: { name: ' ', relation: '', phone: '', email: '' } }).representative).toBeNull();
    expect(customerInputSchema.parse({ name: 'A', representative: { name: ' Piet ', relation: 'zoon ' } }).representative).toEqual({ name: 'Piet', relation: 'zoon', phone: '', email: '' });
  });
});

describe('which details win in a merge', () => {
  const base = { name: '', salutation: 'neutral', phone: '', email: '', street: '', postcode: '', city: '', country: 'NL', customerNumber: '' } as const;
  const keep = newCustomerRecord('k', { ...base, name: 'Jan de Vries', phone: '06-12345678' }, NOW.toISOString());
  const merged = newCustomerRecord('m', { ...base, name: 'J. de Vries', phone: '06-11112222', email: 'jdv@example.nl', city: 'Utrecht', representative: SON }, NOW.toISOString());

  it('keeps the kept customer’s details, fills its blanks, and follows every choice', () => {
    expect(mergedDetails(keep, merged, {})).toMatchObject({ name: 'Jan de Vries', phone: '06-12345678', email: 'jdv@example.nl', city: 'Utrecht', representative: SON });
    expect(mergedDetails(keep, merged, { name: 'merge', email: 'keep', representative: 'keep' })).toMatchObject({ name: 'J. de Vries', email: '', representative: null });
  });

  it('takes the more complete value unless chosen: a known salutation over "Geen voorkeur", the fuller name', () => {
    const henk = newCustomerRecord('h', { ...base, name: 'H. Jansen', salutation: 'neutral' }, NOW.toISOString());
    const fuller = newCustomerRecord('f', { ...base, name: 'Henk Jansen', salutation: 'heer' }, NOW.toISOString());
    expect(defaultMergeChoice('salutation', henk, fuller)).toBe('merge');
    expect(defaultMergeChoice('salutation', fuller, henk)).toBe('keep');
    expect(mergedDetails(henk, fuller, {})).toMatchObject({ name: 'Henk Jansen', salutation: 'heer' });
    expect(mergedDetails(henk, fuller, { salutation: 'keep' })).toMatchObject({ salutation: 'neutral' });
  });
});

/**
 * Jan (kept) has one complaint; "J. de Vries" (the duplicate) has two, a file
 * on one of them, a file of their own, a contact and a removed file.
 */
async function duplicates() {
  const context = await freshDb();
  const { repos } = context;
  const kept = await repos.complaints.create(intake({ customer: { email: '', customerNumber: 'KL-1001' } }), ACTOR, NOW);
  const dup = await repos.complaints.create(
    intake({ customer: { name: 'J. de Vries', phone: '06-11112222', email: 'jdv@example.nl', customerNumber: 'KL-2002', city: 'Utrecht' }, complaint: { summary: 'Lekkage dak' } }),
    ACTOR,
    at(1),
  );
  const dupSecond = await repos.complaints.create({ ...intake({ complaint: { summary: 'Rekening te hoog' } }), customerId: dup.customer.id }, ACTOR, at(2));
  const onComplaint = await repos.attachments.add({ complaintId: dup.complaint.id, name: 'dak.jpg', type: 'image/jpeg', size: 10, sha256: SHA('1'), kind: 'photo' }, ACTOR, at(3));
  const onCustomer = await repos.attachments.add({ customerId: dup.customer.id, name: 'machtiging.pdf', type: 'application/pdf', size: 20, sha256: SHA('2'), kind: 'other' }, ACTOR, at(4));
  const removed = await repos.attachments.add({ customerId: dup.customer.id, name: 'fout.pdf', type: 'application/pdf', size: 30, sha256: SHA('3'), kind: 'other' }, ACTOR, at(5));
  await repos.attachments.remove(removed.id, ACTOR, at(6));
  await repos.complaints.applyAction(dup.complaint.id, { type: 'log_contact', on: '2026-03-10', kind: 'phone', withWhom: 'customer', direction: 'in', name: '', notes: 'Klant belde over het dak' }, ACTOR, at(7));
  return { ...context, kept, dup, dupSecond, onComplaint, onCustomer, removed };
}

async function everything(db: Awaited<ReturnType<typeof freshDb>>['db']) {
  return { customers: await db.customers.toArray(), complaints: await db.complaints.toArray(), attachments: await db.attachments.toArray(), events: await storedEvents(db) };
}

describe('merging a duplicate customer', () => {
  it('moves complaints and files, keeps the chosen details, and search finds only the kept one', async () => {
    const { repos, kept, dup, dupSecond, onComplaint, onCustomer, removed } = await duplicates();
    const result = await repos.customers.merge(kept.customer.id, dup.customer.id, { phone: 'merge', city: 'keep' }, EDITOR, at(10));

    // Phone chosen from the duplicate; e-mail empty on the kept one, so filled in; the rest kept.
    expect(result).toMatchObject({ id: kept.customer.id, name: 'Jan de Vries', phone: '06-11112222', email: 'jdv@example.nl', city: 'Gouda', customerNumber: 'KL-1001' });
    expect(await repos.customers.get(kept.customer.id)).toEqual(result);
    expect(await repos.customers.get(dup.customer.id)).toMatchObject({ mergedIntoId: kept.customer.id, searchTerms: [] });

    const complaints = await repos.customers.complaints(kept.customer.id);
    expect(complaints.map((c) => c.id).sort()).toEqual([kept.complaint.id, dup.complaint.id, dupSecond.complaint.id].sort());
    expect(complaints.every((c) => c.customerName === 'Jan de Vries')).toBe(true);
    expect(await repos.customers.complaints(dup.customer.id)).toEqual([]);

    expect((await repos.attachments.listForCustomer(kept.customer.id)).map((a) => a.id)).toEqual([onCustomer.id, onComplaint.id]);
    expect(await repos.attachments.listForCustomer(dup.customer.id)).toEqual([]);
    expect((await repos.attachments.get(removed.id))?.customerId).toBe(kept.customer.id);
    expect((await repos.attachments.listForComplaint(dup.complaint.id)).map((a) => a.id)).toEqual([onComplaint.id]);

    expect((await repos.customers.find('de vries')).map((c) => c.id)).toEqual([kept.customer.id]);
    expect(await repos.customers.find('KL-2002')).toEqual([]);
    expect((await repos.customers.find('0611112222')).map((c) => c.id)).toEqual([kept.customer.id]);
    // Complaints are found by the kept customer's details, no longer by the duplicate's.
    expect((await repos.complaints.search('lekkage 0611112222')).map((c) => c.id)).toEqual([dup.complaint.id]);
    expect(await repos.complaints.search('utrecht')).toEqual([]);
  });

  it('names two customers with the same name apart in the history, by what differs', async () => {
    const { repos } = await freshDb();
    const first = await repos.complaints.create(intake({ customer: { name: 'Henk Jansen', phone: '06-11111111', customerNumber: '' } }), ACTOR, NOW);
    const second = await repos.complaints.create(intake({ customer: { name: 'Henk Jansen', phone: '06-22222222', customerNumber: '' } }), ACTOR, at(1));
    await repos.customers.merge(first.customer.id, second.customer.id, {}, EDITOR, at(2));
    const [merge] = (await repos.events.listForCustomer(first.customer.id)).filter((e) => e.type === 'customers_merged' && e.complaintId === null);
    expect(merge?.summary).toBe('Klant „Henk Jansen” (06-22222222) samengevoegd met „Henk Jansen” (06-11111111): 1 klacht en 0 bestanden verplaatst');
    const [moved] = (await repos.events.listForComplaint(second.complaint.id)).filter((e) => e.type === 'customers_merged');
    expect(moved?.summary).toBe('Klant „Henk Jansen” (06-22222222) samengevoegd met „Henk Jansen” (06-11111111); de klacht hoort nu bij „Henk Jansen” (06-11111111)');
  });

  it('records the merge without rewriting events: on the kept customer and on each complaint that moved', async () => {
    const { db, repos, kept, dup, dupSecond } = await duplicates();
    const before = await storedEvents(db);
    await repos.customers.merge(kept.customer.id, dup.customer.id, { phone: 'merge' }, EDITOR, at(10));
    const after = await storedEvents(db);
    expect(after.filter((e) => before.some((b) => b.id === e.id))).toEqual(before);

    const merges = after.filter((e) => e.type === 'customers_merged');
    const onCustomer = merges.find((e) => e.complaintId === null);
    expect(onCustomer).toMatchObject({
      customerId: kept.customer.id,
      actorName: 'Marloes',
      summary: 'Klant „J. de Vries” samengevoegd met „Jan de Vries”: 2 klachten en 2 bestanden verplaatst; overgenomen: telefoon, e-mail',
    });
    expect(onCustomer?.changes).toEqual([
      { field: 'phone', old: '06-12345678', new: '06-11112222' },
      { field: 'email', old: '', new: 'jdv@example.nl' },
      { field: 'mergedCustomerId', old: null, new: dup.customer.id },
      { field: 'mergedCustomerName', old: null, new: 'J. de Vries' },
      { field: 'complaints', old: null, new: ['K-2026-0002', 'K-2026-0003'] },
      { field: 'attachments', old: null, new: ['dak.jpg', 'machtiging.pdf'] },
    ]);
    const moved = await repos.events.listForComplaint(dupSecond.complaint.id);
    expect(moved.at(-1)).toMatchObject({
      type: 'customers_merged',
      customerId: kept.customer.id,
      summary: 'Klant „J. de Vries” samengevoegd met „Jan de Vries”; de klacht hoort nu bij „Jan de Vries”',
      changes: [
        { field: 'customerId', old: dup.customer.id, new: kept.customer.id },
        { field: 'customerName', old: 'J. de Vries', new: 'Jan de Vries' },
      ],
    });
    expect(merges).toHaveLength(3);

    // The kept customer's card shows everything that happened to the duplicate: its contact too.
    const card = await repos.events.listForCustomer(kept.customer.id);
    expect(card.filter((e) => e.type === 'contact').map((e) => e.summary)).toEqual(['Telefoongesprek met klant (inkomend) op 10-03-2026: Klant belde over het dak']);
    expect(card.filter((e) => e.type === 'customer_created').map((e) => e.customerId).sort()).toEqual([kept.customer.id, dup.customer.id].sort());
    expect(new Set(card.map((e) => e.id)).size).toBe(card.length);
  });

  it('sends later work for the merged customer to the kept one, and refuses to change it', async () => {
    const { repos, kept, dup } = await duplicates();
    await repos.customers.merge(kept.customer.id, dup.customer.id, {}, EDITOR, at(10));
    const { complaint, customer } = await repos.complaints.create({ ...intake(), customerId: dup.customer.id }, ACTOR, at(11));
    expect([complaint.customerId, customer.id]).toEqual([kept.customer.id, kept.customer.id]);
    const pinned = await repos.attachments.add({ customerId: dup.customer.id, name: 'nog.pdf', type: '', size: 1, sha256: SHA('4'), kind: 'other' }, ACTOR, at(12));
    expect(pinned.customerId).toBe(kept.customer.id);
    await expect(repos.customers.update(dup.customer.id, { name: 'Weer terug' }, EDITOR, at(13))).rejects.toThrow(/samengevoegd/);
    await expect(repos.customers.merge(kept.customer.id, dup.customer.id, {}, EDITOR, at(13))).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('refuses a customer with itself or one that is gone, and writes nothing', async () => {
    const { db, repos, kept } = await duplicates();
    const before = await everything(db);
    const self = await repos.customers.merge(kept.customer.id, kept.customer.id, {}, EDITOR, at(10)).catch((e: unknown) => e);
    expect(self).toBeInstanceOf(ValidationError);
    expect((self as ValidationError).message).toBe('Een klant kan niet met zichzelf worden samengevoegd. Kies de dubbele klant.');
    await expect(repos.customers.merge(kept.customer.id, 'gone', {}, EDITOR, at(10))).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(repos.customers.merge('gone', kept.customer.id, {}, EDITOR, at(10))).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await everything(db)).toEqual(before);
  });

  it('leaves nothing moved when the last write fails', async () => {
    const { db, repos, kept, dup } = await duplicates();
    const before = await everything(db);
    const bulkAdd = vi.spyOn(db.eventLogs, 'bulkPut').mockRejectedValueOnce(new Error('schijf vol'));
    await expect(repos.customers.merge(kept.customer.id, dup.customer.id, { phone: 'merge' }, EDITOR, at(10))).rejects.toThrow('schijf vol');
    bulkAdd.mockRestore();
    expect(await everything(db)).toEqual(before);
  });

  it('points customers merged into the duplicate earlier at the kept one', async () => {
    const { repos, kept, dup } = await duplicates();
    const third = await repos.complaints.create(intake({ customer: { name: 'Jan Vries' } }), ACTOR, at(8));
    await repos.customers.merge(dup.customer.id, third.customer.id, {}, EDITOR, at(9));
    await repos.customers.merge(kept.customer.id, dup.customer.id, {}, EDITOR, at(10));
    expect((await repos.customers.get(third.customer.id))?.mergedIntoId).toBe(kept.customer.id);
    expect((await repos.customers.complaints(kept.customer.id)).map((c) => c.reference)).toContain(third.complaint.reference);
    expect((await repos.events.listForCustomer(kept.customer.id)).some((e) => e.type === 'customer_created' && e.customerId === third.customer.id)).toBe(true);
  });
});

describe('a contact with a follow-up day', () => {
  it('is a contact event in the timeline and its follow-up joins the deadlines and the next deadline', async () => {
    const { repos } = await freshDb();
    const { complaint } = await repos.complaints.create(intake(), ACTOR, NOW);
    expect(complaint).toMatchObject({ nextDeadline: '2026-03-17', nextDeadlineKind: 'acknowledgement' });
    const updated = await repos.complaints.applyAction(
      complaint.id,
      { type: 'log_contact', on: '2026-03-10', kind: 'phone', withWhom: 'customer', direction: 'out', name: '', notes: 'Klant stuurt foto’s', followUpOn: '2026-03-12' },
      ACTOR,
      at(5),
    );
    expect(updated).toMatchObject({ nextDeadline: '2026-03-12', nextDeadlineKind: 'follow_up' });
    const contact = (await repos.events.listForComplaint(complaint.id)).at(-1);
    expect(contact).toMatchObject({ type: 'contact', summary: 'Telefoongesprek met klant (uitgaand) op 10-03-2026: Klant stuurt foto’s; opvolgen op 12-03-2026' });

    const followUp = (await repos.complaints.deadlines(complaint.id, '2026-03-10')).find((d) => d.kind === 'follow_up');
    expect(followUp).toMatchObject({ label: 'Vervolgafspraak: Klant stuurt foto’s', dueOn: '2026-03-12', state: 'open', workingDaysLeft: 2 });
    await repos.complaints.applyAction(complaint.id, { type: 'complete_follow_up', id: followUp?.itemId ?? '', on: '2026-03-10' }, ACTOR, at(6));
    expect(await repos.complaints.get(complaint.id)).toMatchObject({ nextDeadline: '2026-03-17', nextDeadlineKind: 'acknowledgement' });
  });
});
