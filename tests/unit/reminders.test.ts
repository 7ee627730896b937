import { beforeEach, describe, expect, it } from 'vitest';
import { reminderMessages, sortOutReminders, type ReminderBatch } from '../../src-renderer/src/domain/desk';
import type { Actor, Staff } from '../../src-renderer/src/domain/model';
import { ACTOR, coordinatorOffice, type freshDb, intake, NOW } from './support/db';

/**
 * Seed 004: complaints received Tuesday 10 March 2026 have their
 * acknowledgement due Tuesday 17 March; with an owner, the first status check
 * falls due Tuesday 24 March. The clock moves by passing `today`.
 */
let context: Awaited<ReturnType<typeof freshDb>>;
let erik: Staff;
let sanne: Staff;
let marloes: Staff;
let bea: Staff;
let coordinator: Actor;

beforeEach(async () => {
  ({ context, erik, sanne, marloes, bea } = await coordinatorOffice());
  coordinator = { id: marloes.id, name: marloes.name };
});

async function register(summary: string) {
  const { complaint } = await context.repos.complaints.create(intake({ complaint: { summary, receivedAt: '2026-03-10T14:00' } }), ACTOR, NOW);
  return complaint;
}

const claim = (person: Staff, today: string) => context.repos.reminders.claimDue(person, today, new Date(`${today}T09:00:00`));

describe('reminders of terms that fell due', () => {
  it('come on the due day, once, and not again on the next start', async () => {
    const a = await register('Gehoorapparaat piept');

    expect(await claim(marloes, '2026-03-16')).toEqual({ count: 0, late: 0, terms: [] });
    const dueDay = await claim(marloes, '2026-03-17');
    expect(dueDay).toMatchObject({ count: 1, late: 0 });
    expect(dueDay.terms).toEqual([
      { complaintId: a.id, kind: 'acknowledgement', itemId: null, dueOn: '2026-03-17', reference: a.reference, customerName: 'Jan de Vries' },
    ]);
    expect(await claim(marloes, '2026-03-17')).toMatchObject({ count: 0 });
    // Overdue the day after: already said, so not again.
    expect(await claim(marloes, '2026-03-18')).toMatchObject({ count: 0 });
  });

  it('say a term first seen when already overdue as overdue', async () => {
    await register('Zool laat los');
    expect(await claim(marloes, '2026-03-19')).toMatchObject({ count: 1, late: 1 });
  });

  it('follow the person: a coordinator hears of all terms, an owner of their own, a receptionist of none', async () => {
    const a = await register('Gehoorapparaat piept');
    const b = await register('Afspraak vergeten');
    const act = (id: string, action: Parameters<typeof context.repos.complaints.applyAction>[1]) =>
      context.repos.complaints.applyAction(id, action, coordinator, new Date('2026-03-11T12:00:00'));
    await act(a.id, { type: 'assign_owner', ownerId: erik.id, ownerName: erik.name });
    await act(b.id, { type: 'acknowledge', sentOn: '2026-03-11', method: 'email' });
    await act(b.id, { type: 'assign_owner', ownerId: sanne.id, ownerName: sanne.name });

    const forErik = await claim(erik, '2026-03-17');
    expect(forErik.terms.map((t) => [t.complaintId, t.kind])).toEqual([[a.id, 'acknowledgement']]);
    expect(await claim(sanne, '2026-03-17')).toMatchObject({ count: 0 });
    expect(await claim(bea, '2026-03-30')).toEqual({ count: 0, late: 0, terms: [] });
    // The coordinator's own reminders are apart from Erik's: she still hears of it.
    expect((await claim(marloes, '2026-03-17')).terms.map((t) => t.complaintId)).toEqual([a.id]);
  });

  it('come again for a term moved to a later day once that day comes, and forget met terms', async () => {
    const a = await register('Gehoorapparaat piept');
    expect(await claim(marloes, '2026-03-17')).toMatchObject({ count: 1 });
    await context.repos.complaints.applyAction(a.id, { type: 'acknowledge', sentOn: '2026-03-18', method: 'post' }, coordinator, new Date('2026-03-18T10:00:00'));
    expect(await claim(marloes, '2026-03-18')).toMatchObject({ count: 0 });
    expect(await context.db.notifiedDeadlines.count()).toBe(0);
  });
});

describe('what a reminder says', () => {
  const term = (dueOn: string, reference = 'K-2026-0085') => ({
    complaintId: 'c1',
    kind: 'acknowledgement' as const,
    itemId: null,
    dueOn,
    reference,
    customerName: 'Noël de Graaf',
  });

  it('names the step, the complaint and the customer, and opens the card at that step', () => {
    const batch: ReminderBatch = { count: 2, late: 1, terms: [term('2026-11-13'), term('2026-11-21', 'K-2026-0090')] };
    expect(reminderMessages(batch, '2026-11-21')).toEqual([
      {
        title: 'Termijn verlopen: Ontvangstbevestiging',
        body: 'K-2026-0085, Noël de Graaf. Uiterlijk 13-11-2026.',
        target: { complaintId: 'c1', kind: 'acknowledgement', itemId: null },
      },
      {
        title: 'Termijn vandaag: Ontvangstbevestiging',
        body: 'K-2026-0090, Noël de Graaf. Uiterlijk vandaag.',
        target: { complaintId: 'c1', kind: 'acknowledgement', itemId: null },
      },
    ]);
  });

  it('sums up many new terms in one message that opens the desk', () => {
    expect(reminderMessages({ count: 57, late: 50, terms: [] }, '2026-11-21')).toEqual([
      { title: '57 termijnen vragen aandacht', body: '50 verlopen, 7 vandaag. Op het bureau staan ze per soort.', target: null },
    ]);
    expect(reminderMessages({ count: 0, late: 0, terms: [] }, '2026-11-21')).toEqual([]);
  });

  it('sorts out new and stale reminders: a moved day is new again', () => {
    const said = new Map([
      ['a', '2026-03-17'],
      ['gone', '2026-03-10'],
      ['moved', '2026-03-12'],
    ]);
    const due = [
      { id: 'a', dueOn: '2026-03-17' },
      { id: 'moved', dueOn: '2026-03-19' },
      { id: 'new', dueOn: '2026-03-19' },
    ];
    expect(sortOutReminders(due, said)).toEqual({ fresh: ['moved', 'new'], stale: ['gone'] });
  });
});
