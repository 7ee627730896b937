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

/** Looks, and tells the person all that is new (as a shown notification does). */
async function claim(person: Staff, today: string) {
  const batch = await context.repos.reminders.unsaid(person, today);
  await context.repos.reminders.said(person.id, batch.deadlines, batch.stale, new Date(`${today}T09:00:00`));
  return { count: batch.count, late: batch.late, terms: batch.terms };
}

describe('reminders of terms that fell due', () => {
  it('come on the due day, once, and not again on the next start', async () => {
    const a = await register('Gehoorapparaat piept');

    expect(await claim(marloes, '2026-03-16')).toEqual({ count: 0, late: 0, terms: [] });
    const dueDay = await claim(marloes, '2026-03-17');
    expect(dueDay).toMatchObject({ count: 1, late: 0 });
    expect(dueDay.terms).toEqual([
      { id: expect.any(String), complaintId: a.id, kind: 'acknowledgement', itemId: null, dueOn: '2026-03-17', reference: a.reference, customerName: 'Jan de Vries' },
    ]);
    expect(await claim(marloes, '2026-03-17')).toMatchObject({ count: 0 });
    // Overdue the day after: already said, so not again.
    expect(await claim(marloes, '2026-03-18')).toMatchObject({ count: 0 });
  });

  it('stay unsaid until the person has seen them: looking alone (a reload before reading) uses nothing up', async () => {
    await register('Gehoorapparaat piept');
    expect(await context.repos.reminders.unsaid(marloes, '2026-03-17')).toMatchObject({ count: 1 });
    expect(await context.repos.reminders.unsaid(marloes, '2026-03-17')).toMatchObject({ count: 1 });
    expect(await claim(marloes, '2026-03-17')).toMatchObject({ count: 1 });
    expect(await context.repos.reminders.unsaid(marloes, '2026-03-17')).toMatchObject({ count: 0 });
  });

  it('come again when a closing day moves the term to a later day, not when the day is taken back', async () => {
    await register('Gehoorapparaat piept');
    expect(await claim(marloes, '2026-03-17')).toMatchObject({ count: 1 });
    // The office closes on the due day: the acknowledgement moves to Wednesday 18 March.
    await context.repos.closingDays.save([{ day: '2026-03-17', description: 'Studiedag' }], ACTOR, NOW);
    expect(await claim(marloes, '2026-03-17')).toMatchObject({ count: 0 });
    expect(await claim(marloes, '2026-03-18')).toMatchObject({ count: 1, late: 0 });
    // Taken back: due the 17th again, which was said before the move.
    await context.repos.closingDays.save([], ACTOR, NOW);
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
    await act(a.id, { type: 'assign_owner', ownerId: erik.id, ownerName: erik.name, customerContactBy: 'owner' });
    await act(b.id, { type: 'acknowledge', sentOn: '2026-03-11', method: 'email' });
    await act(b.id, { type: 'assign_owner', ownerId: sanne.id, ownerName: sanne.name, customerContactBy: 'owner' });

    const forErik = await claim(erik, '2026-03-17');
    expect(forErik.terms.map((t) => [t.complaintId, t.kind])).toEqual([[a.id, 'acknowledgement']]);
    expect(await claim(sanne, '2026-03-17')).toMatchObject({ count: 0 });
    expect(await claim(bea, '2026-03-30')).toEqual({ count: 0, late: 0, terms: [] });
    // The coordinator's own reminders are apart from Erik's: she still hears of it.
    expect((await claim(marloes, '2026-03-17')).terms.map((t) => t.complaintId)).toEqual([a.id]);
  });

  it('forget terms that were met', async () => {
    const a = await register('Gehoorapparaat piept');
    expect(await claim(marloes, '2026-03-17')).toMatchObject({ count: 1 });
    await context.repos.complaints.applyAction(a.id, { type: 'acknowledge', sentOn: '2026-03-18', method: 'post' }, coordinator, new Date('2026-03-18T10:00:00'));
    expect(await claim(marloes, '2026-03-18')).toMatchObject({ count: 0 });
    expect(await context.db.notifiedDeadlines.count()).toBe(0);
  });
});

describe('what a reminder says', () => {
  const term = (dueOn: string, reference = 'K-2026-0085') => ({
    id: `t-${reference}`,
    complaintId: 'c1',
    kind: 'acknowledgement' as const,
    itemId: null,
    dueOn,
    reference,
    customerName: 'Noël de Graaf',
  });

  it('names the step, the complaint and the customer, and opens the card at that step', () => {
    const terms = [term('2026-11-13'), term('2026-11-21', 'K-2026-0090')];
    const batch: ReminderBatch = { count: 2, late: 1, terms, deadlines: terms.map(({ id, dueOn }) => ({ id, dueOn })), stale: [] };
    expect(reminderMessages(batch, '2026-11-21')).toEqual([
      {
        title: 'Termijn verlopen: Ontvangstbevestiging',
        // The system notification can show on a locked screen: no customer name there.
        body: 'K-2026-0085. Uiterlijk 13-11-2026.',
        detail: 'K-2026-0085, Noël de Graaf. Uiterlijk 13-11-2026.',
        deadlines: [{ id: 't-K-2026-0085', dueOn: '2026-11-13' }],
        target: { complaintId: 'c1', kind: 'acknowledgement', itemId: null },
      },
      {
        title: 'Termijn vandaag: Ontvangstbevestiging',
        body: 'K-2026-0090. Uiterlijk vandaag.',
        detail: 'K-2026-0090, Noël de Graaf. Uiterlijk vandaag.',
        deadlines: [{ id: 't-K-2026-0090', dueOn: '2026-11-21' }],
        target: { complaintId: 'c1', kind: 'acknowledgement', itemId: null },
      },
    ]);
  });

  it('sums up many new terms in one message that opens the desk', () => {
    const deadlines = Array.from({ length: 57 }, (_, i) => ({ id: `t${i}`, dueOn: '2026-11-20' }));
    const body = '50 verlopen, 7 vandaag. Op het bureau staan ze per soort.';
    expect(reminderMessages({ count: 57, late: 50, terms: [], deadlines, stale: [] }, '2026-11-21')).toEqual([
      { title: '57 termijnen vragen aandacht', body, detail: body, deadlines, target: null },
    ]);
    expect(reminderMessages({ count: 0, late: 0, terms: [], deadlines: [], stale: [] }, '2026-11-21')).toEqual([]);
  });

  it('sorts out new and stale reminders: a day moved later is new again, one moved earlier is not', () => {
    const said = new Map([
      ['a', '2026-03-17'],
      ['gone', '2026-03-10'],
      ['moved', '2026-03-12'],
      ['earlier', '2026-03-16'],
    ]);
    const due = [
      { id: 'a', dueOn: '2026-03-17' },
      { id: 'moved', dueOn: '2026-03-19' },
      { id: 'new', dueOn: '2026-03-19' },
      { id: 'earlier', dueOn: '2026-03-13' },
    ];
    expect(sortOutReminders(due, said)).toEqual({ fresh: ['moved', 'new'], stale: ['gone'] });
  });
});
