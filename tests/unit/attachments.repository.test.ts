import { describe, expect, it, vi } from 'vitest';
import type { ComplaintPin, NewAttachment } from '../../src-renderer/src/db/repositories';
import { formatFileSize } from '../../src-renderer/src/domain/attachments';
import { RecordNotFoundError, ValidationError } from '../../src-renderer/src/domain/errors';
import { newId } from '../../src-renderer/src/domain/ids';
import { ACTOR, freshDb, intake, NOW, storedEventCount } from './support/db';

const hash = (digit: string) => digit.repeat(64);
const at = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);
const MB = 1024 * 1024;

const photo = (overrides: Partial<NewAttachment> = {}): NewAttachment => ({
  name: 'foto.jpg',
  type: 'image/jpeg',
  size: Math.round(1.2 * MB),
  sha256: hash('a'),
  kind: 'photo',
  ...overrides,
});

/** One customer with one complaint, and a second customer. */
async function setUp() {
  const context = await freshDb();
  const { complaint, customer } = await context.repos.complaints.create(intake(), ACTOR, NOW);
  const other = await context.repos.complaints.create(intake({ customer: { name: 'Ria Jansen', customerNumber: '' } }), ACTOR, NOW);
  return { ...context, complaint, customer, other };
}

/** What a failed write must leave exactly as it was. */
async function snapshot(context: Awaited<ReturnType<typeof setUp>>) {
  const { db } = context;
  return { attachments: await db.attachments.toArray(), files: await db.files.toArray(), events: await storedEventCount(db), complaints: await db.complaints.toArray() };
}

describe('pinning a file', () => {
  it('writes the record on the complaint and its customer, the files row and an event, in one go', async () => {
    const { db, repos, complaint, customer } = await setUp();
    const added = await repos.attachments.add({ complaintId: complaint.id, ...photo() }, ACTOR, at(1));

    expect(added).toEqual({
      id: expect.any(String),
      complaintId: complaint.id,
      customerId: customer.id,
      name: 'foto.jpg',
      type: 'image/jpeg',
      size: 1258291,
      sha256: hash('a'),
      kind: 'photo',
      extractedFromId: null,
      addedAt: at(1).toISOString(),
      addedById: null,
      addedByName: ACTOR.name,
      removedAt: null,
      removedByName: null,
      updatedAt: at(1).toISOString(),
    });
    expect(await repos.attachments.get(added.id)).toEqual(added);
    expect(await db.files.toArray()).toEqual([{ sha256: hash('a'), size: 1258291, firstStoredAt: at(1).toISOString(), updatedAt: at(1).toISOString() }]);

    const event = (await repos.events.listForComplaint(complaint.id)).at(-1);
    expect(event).toMatchObject({ type: 'attachment_added', complaintId: complaint.id, customerId: customer.id, summary: 'Bestand „foto.jpg” toegevoegd (foto, 1,2 MB)' });
    expect(event?.changes).toContainEqual({ field: 'sha256', old: null, new: hash('a') });
  });

  it('pins to a customer alone, and keeps one files row for the same bytes pinned twice', async () => {
    const { db, repos, complaint, customer } = await setUp();
    const onCustomer = await repos.attachments.add({ customerId: customer.id, ...photo({ name: 'paspoort.pdf', kind: 'other', type: '' }) }, ACTOR, at(1));
    expect(onCustomer).toMatchObject({ complaintId: null, customerId: customer.id, type: 'application/octet-stream' });
    await repos.attachments.add({ complaintId: complaint.id, ...photo() }, ACTOR, at(2));
    expect(await db.attachments.count()).toBe(2);
    expect(await db.files.count()).toBe(1);
    const customerEvent = (await repos.events.listForCustomer(customer.id)).find((e) => e.type === 'attachment_added' && e.complaintId === null);
    expect(customerEvent?.summary).toBe('Bestand „paspoort.pdf” toegevoegd (overig, 1,2 MB)');
  });

  it('takes the customer from the complaint, whatever the caller says', async () => {
    const { repos, complaint, customer, other } = await setUp();
    const added = await repos.attachments.add({ complaintId: complaint.id, customerId: other.customer.id, ...photo() }, ACTOR, at(1));
    expect(added.customerId).toBe(customer.id);
  });

  it.each([
    [{ name: '  ' }, 'name', 'Het bestand heeft geen naam'],
    [{ size: -1 }, 'size', 'De grootte van het bestand is ongeldig'],
    [{ size: 1.5 }, 'size', 'De grootte van het bestand is ongeldig'],
    [{ sha256: hash('A') }, 'sha256', 'Het controlegetal (SHA-256) van het bestand is ongeldig'],
    [{ sha256: 'abc' }, 'sha256', 'Het controlegetal (SHA-256) van het bestand is ongeldig'],
    [{ kind: 'selfie' as never }, 'kind', 'Kies het soort bestand'],
  ])('refuses %o with a Dutch message on %s and writes nothing', async (bad, field, message) => {
    const context = await setUp();
    const before = await snapshot(context);
    const error = await context.repos.attachments.add({ complaintId: context.complaint.id, ...photo(bad) }, ACTOR, at(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ [field]: message });
    expect(await snapshot(context)).toEqual(before);
  });

  it('needs a complaint or a customer that exists', async () => {
    const { repos } = await setUp();
    const error = await repos.attachments.add(photo(), ACTOR, at(1)).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ complaintId: 'Kies de klacht of de klant waar het bestand bij hoort' });
    await expect(repos.attachments.add({ complaintId: 'gone', ...photo() }, ACTOR, at(1))).rejects.toBeInstanceOf(RecordNotFoundError);
    await expect(repos.attachments.add({ customerId: 'gone', ...photo() }, ACTOR, at(1))).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('refuses known bytes with another size: the hash and the content disagree', async () => {
    const context = await setUp();
    await context.repos.attachments.add({ complaintId: context.complaint.id, ...photo() }, ACTOR, at(1));
    const before = await snapshot(context);
    const error = await context.repos.attachments.add({ complaintId: context.complaint.id, ...photo({ size: 5 }) }, ACTOR, at(2)).catch((e: unknown) => e);
    expect(Object.keys((error as ValidationError).fieldErrors)).toEqual(['size']);
    expect(await snapshot(context)).toEqual(before);
  });

  it('leaves nothing when the event cannot be written', async () => {
    const context = await setUp();
    const before = await snapshot(context);
    const add = vi.spyOn(context.db.eventLogs, 'bulkPut').mockRejectedValueOnce(new Error('schijf vol'));
    await expect(context.repos.attachments.add({ complaintId: context.complaint.id, ...photo() }, ACTOR, at(1))).rejects.toThrow('schijf vol');
    add.mockRestore();
    expect(await snapshot(context)).toEqual(before);
  });
});

describe('pinning several files at once', () => {
  it('pins an e-mail and the files taken out of it, by index or by an id made beforehand', async () => {
    const { repos, complaint } = await setUp();
    const mailId = newId();
    const [mail, byIndex, byId] = await repos.attachments.addMany(
      [
        { id: mailId, complaintId: complaint.id, name: 'klacht.eml', type: 'message/rfc822', size: 2048, sha256: hash('1'), kind: 'complaint' },
        { complaintId: complaint.id, name: 'bon.pdf', type: 'application/pdf', size: 300, sha256: hash('2'), kind: 'complaint', extractedFrom: 0 },
        { complaintId: complaint.id, name: 'foto.png', type: 'image/png', size: 0, sha256: hash('3'), kind: 'photo', extractedFromId: mailId },
      ],
      ACTOR,
      at(1),
    );
    expect(mail?.id).toBe(mailId);
    expect([byIndex?.extractedFromId, byId?.extractedFromId]).toEqual([mailId, mailId]);
    const summaries = (await repos.events.listForComplaint(complaint.id)).filter((e) => e.type === 'attachment_added').map((e) => e.summary);
    expect(summaries).toEqual([
      'Bestand „klacht.eml” toegevoegd (klacht, 2 kB)',
      'Bestand „bon.pdf” uit „klacht.eml” toegevoegd (klacht, 300 bytes)',
      'Bestand „foto.png” uit „klacht.eml” toegevoegd (foto, 0 bytes)',
    ]);
  });

  it('writes all or nothing: one bad file leaves none, and says which one', async () => {
    const context = await setUp();
    const { repos, complaint } = context;
    const before = await snapshot(context);
    const good = { complaintId: complaint.id, ...photo() };
    const invalid = await repos.attachments.addMany([good, { ...good, name: '' }], ACTOR, at(1)).catch((e: unknown) => e);
    expect((invalid as ValidationError).fieldErrors).toEqual({ '1.name': 'Het bestand heeft geen naam' });
    // Fails while writing: the second file's source does not come before it.
    const unordered = await repos.attachments.addMany([good, { ...good, sha256: hash('b'), extractedFrom: 1 }], ACTOR, at(1)).catch((e: unknown) => e);
    expect((unordered as ValidationError).fieldErrors).toEqual({ '1.extractedFromId': 'Het bestand waar dit bestand uit komt, bestaat niet (meer)' });
    // Fails in the database: the same id twice.
    const id = newId();
    await expect(repos.attachments.addMany([{ ...good, id }, { ...good, id, sha256: hash('c') }], ACTOR, at(1))).rejects.toThrow();
    expect(await snapshot(context)).toEqual(before);
  });
});

describe('the pinboard lists', () => {
  it('show files newest first; the customer’s list includes those of their complaints, not removed ones or other customers’', async () => {
    const { repos, complaint, customer, other } = await setUp();
    const first = await repos.attachments.add({ complaintId: complaint.id, ...photo({ name: '1.jpg' }) }, ACTOR, at(1));
    const second = await repos.attachments.add({ complaintId: complaint.id, ...photo({ name: '2.jpg' }) }, ACTOR, at(2));
    const own = await repos.attachments.add({ customerId: customer.id, ...photo({ name: 'machtiging.pdf' }) }, ACTOR, at(3));
    const gone = await repos.attachments.add({ complaintId: complaint.id, ...photo({ name: 'fout.jpg' }) }, ACTOR, at(4));
    await repos.attachments.add({ complaintId: other.complaint.id, ...photo({ name: 'ander.jpg' }) }, ACTOR, at(5));
    await repos.attachments.remove(gone.id, ACTOR, at(6));

    expect((await repos.attachments.listForComplaint(complaint.id)).map((a) => a.id)).toEqual([second.id, first.id]);
    expect((await repos.attachments.listForCustomer(customer.id)).map((a) => a.id)).toEqual([own.id, second.id, first.id]);
    expect((await repos.attachments.listForCustomer(other.customer.id)).map((a) => a.name)).toEqual(['ander.jpg']);
  });
});

describe('removing a file', () => {
  it('marks it removed with an event, keeps the record and the bytes, and does it once', async () => {
    const { db, repos, complaint } = await setUp();
    const added = await repos.attachments.add({ complaintId: complaint.id, ...photo() }, ACTOR, at(1));
    const remover = { id: 'staff-2', name: 'Marloes' };
    const removed = await repos.attachments.remove(added.id, remover, at(2));
    expect(removed).toEqual({ ...added, removedAt: at(2).toISOString(), removedByName: 'Marloes', updatedAt: at(2).toISOString() });
    expect(await repos.attachments.get(added.id)).toEqual(removed);
    expect(await db.files.count()).toBe(1);

    const event = (await repos.events.listForComplaint(complaint.id)).at(-1);
    expect(event).toMatchObject({ type: 'attachment_removed', actorId: 'staff-2', actorName: 'Marloes', summary: 'Bestand „foto.jpg” verwijderd', at: at(2).toISOString() });

    expect(await repos.attachments.remove(added.id, remover, at(3))).toEqual(removed);
    expect((await repos.events.listForComplaint(complaint.id)).filter((e) => e.type === 'attachment_removed')).toHaveLength(1);
    await expect(repos.attachments.remove('gone', remover, at(3))).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});

describe('bytes no record refers to', () => {
  it('are the hashes whose every record is removed; never deleted here', async () => {
    const { db, repos, complaint, customer } = await setUp();
    const a = await repos.attachments.add({ complaintId: complaint.id, ...photo() }, ACTOR, at(1));
    const b = await repos.attachments.add({ customerId: customer.id, ...photo({ name: 'zelfde.jpg' }) }, ACTOR, at(2));
    const c = await repos.attachments.add({ complaintId: complaint.id, ...photo({ sha256: hash('c'), size: 9 }) }, ACTOR, at(3));
    expect(await repos.attachments.unreferencedHashes()).toEqual([]);

    // Another record still shows the same bytes: they stay referenced.
    await repos.attachments.remove(a.id, ACTOR, at(10));
    await repos.attachments.remove(c.id, ACTOR, at(20));
    expect(await repos.attachments.unreferencedHashes()).toEqual([hash('c')]);
    await repos.attachments.remove(b.id, ACTOR, at(30));
    expect((await repos.attachments.unreferencedHashes()).sort()).toEqual([hash('a'), hash('c')]);

    // With a grace period: only what nothing has shown since that moment.
    expect(await repos.attachments.unreferencedHashes(at(25))).toEqual([hash('c')]);
    expect(await repos.attachments.unreferencedHashes(at(20))).toEqual([]);
    expect(await db.files.count()).toBe(2);

    // Pinned again, the bytes are referenced again.
    await repos.attachments.add({ complaintId: complaint.id, ...photo({ sha256: hash('c'), size: 9 }) }, ACTOR, at(40));
    expect(await repos.attachments.unreferencedHashes()).toEqual([hash('a')]);
  });
});

describe('registering a complaint with its e-mail', () => {
  const mail: ComplaintPin = { name: 'klacht.eml', type: 'message/rfc822', size: 4096, sha256: hash('e'), kind: 'complaint', extractedFrom: null };
  const pdf: ComplaintPin = { name: 'factuur.pdf', type: 'application/pdf', size: 100, sha256: hash('f'), kind: 'complaint', extractedFrom: 0 };
  const pins = [mail, pdf];

  it('pins the mail and its attachments to the new complaint in the same transaction', async () => {
    const { repos } = await freshDb();
    const { complaint, customer, attachments } = await repos.complaints.create(intake(), ACTOR, NOW, pins);
    expect(attachments.map((a) => [a.name, a.complaintId, a.customerId])).toEqual([
      ['klacht.eml', complaint.id, customer.id],
      ['factuur.pdf', complaint.id, customer.id],
    ]);
    expect(attachments[1]?.extractedFromId).toBe(attachments[0]?.id);
    expect((await repos.attachments.listForComplaint(complaint.id)).map((a) => a.name).sort()).toEqual(['factuur.pdf', 'klacht.eml']);
    expect((await repos.events.listForComplaint(complaint.id)).map((e) => e.type)).toEqual(['created', 'attachment_added', 'attachment_added']);
  });

  it('saves nothing, not even the reference, when a pin is wrong', async () => {
    const { db, repos } = await freshDb();
    const error = await repos.complaints.create(intake(), ACTOR, NOW, [mail, { ...pdf, sha256: 'kapot' }]).catch((e: unknown) => e);
    expect((error as ValidationError).fieldErrors).toEqual({ 'attachments.1.sha256': 'Het controlegetal (SHA-256) van het bestand is ongeldig' });
    const late = await repos.complaints.create(intake(), ACTOR, NOW, [{ ...pdf, extractedFrom: 1 }]).catch((e: unknown) => e);
    expect(Object.keys((late as ValidationError).fieldErrors)).toEqual(['attachments.0.extractedFromId']);
    expect([await db.complaints.count(), await db.customers.count(), await db.attachments.count(), await db.files.count(), await storedEventCount(db)]).toEqual([0, 0, 0, 0, 0]);
    expect((await repos.complaints.create(intake(), ACTOR, NOW)).complaint.reference).toBe('K-2026-0001');
  });
});

describe('file sizes in Dutch', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [2048, '2 kB'],
    [1536, '1,5 kB'],
    [Math.round(1.2 * MB), '1,2 MB'],
    [250 * MB, '250 MB'],
    [3 * 1024 * MB, '3 GB'],
  ])('%d -> %s', (bytes, text) => {
    expect(formatFileSize(bytes)).toBe(text);
  });
});
