import { beforeEach, describe, expect, it } from 'vitest';
import type { DeskDeadlineGroup, DeskDeadlines } from '../../src-renderer/src/db/repositories';
import type { Actor, Staff } from '../../src-renderer/src/domain/model';
import { ACTOR, coordinatorOffice, type freshDb, intake, NOW } from './support/db';

/**
 * Seed 004 (coordinator, owners, status check every 2 weeks). Complaints are
 * received Tuesday 10 March 2026: the acknowledgement is due Tuesday 17 March,
 * the first status check Tuesday 24 March. The clock is moved by passing `today`.
 */
const LATER = (day: string) => new Date(`${day}T12:00:00`);

let context: Awaited<ReturnType<typeof freshDb>>;
let erik: Staff;
let sanne: Staff;
let marloes: Staff;
let coordinator: Actor;

const group = ({ groups }: DeskDeadlines, key: DeskDeadlineGroup['key']) => {
  const found = groups.find((g) => g.key === key);
  if (!found) throw new Error(`no group ${key}`);
  return found;
};

async function register(summary: string, receivedAt = '2026-03-10T14:00') {
  const { complaint } = await context.repos.complaints.create(intake({ complaint: { summary, receivedAt } }), ACTOR, NOW);
  return complaint;
}

function act(id: string, day: string, action: Parameters<typeof context.repos.complaints.applyAction>[1]) {
  return context.repos.complaints.applyAction(id, action, coordinator, LATER(day));
}

beforeEach(async () => {
  ({ context, erik, sanne, marloes } = await coordinatorOffice());
  coordinator = { id: marloes.id, name: marloes.name };
});

/** A: nothing done. B: acknowledged, owned by Erik. C: owned by Sanne, not acknowledged. */
async function threeComplaints() {
  const a = await register('Gehoorapparaat piept');
  const b = await register('Zool laat los');
  const c = await register('Afspraak vergeten');
  await act(b.id, '2026-03-11', { type: 'acknowledge', sentOn: '2026-03-11', method: 'email' });
  await act(b.id, '2026-03-11', { type: 'assign_owner', ownerId: erik.id, ownerName: erik.name, customerContactBy: 'owner' });
  await act(c.id, '2026-03-11', { type: 'assign_owner', ownerId: sanne.id, ownerName: sanne.name, customerContactBy: 'owner' });
  return { a, b, c };
}

describe('the desk’s overdue and due-soon lists', () => {
  it('group open terms by kind, with working days late counted on the office calendar', async () => {
    const { a, c } = await threeComplaints();
    const { desk } = context.repos;

    // On the due day itself nothing is late yet.
    expect((await desk.overdue('2026-03-17')).groups.every((g) => g.count === 0)).toBe(true);

    const wednesday = await desk.overdue('2026-03-18');
    const acknowledgements = group(wednesday, 'acknowledgement');
    expect(acknowledgements).toMatchObject({ label: 'Ontvangstbevestiging', count: 2, countByKind: { acknowledgement: 2 } });
    expect(acknowledgements.rows.map((r) => r.complaintId).sort()).toEqual([a.id, c.id].sort());
    expect(acknowledgements.rows.find((r) => r.complaintId === c.id)).toMatchObject({
      reference: c.reference,
      customerName: 'Jan de Vries',
      ownerId: sanne.id,
      ownerName: 'Sanne Bos',
      kind: 'acknowledgement',
      dueOn: '2026-03-17',
      workingDaysLeft: -1,
    });
    expect(group(wednesday, 'status_check').count).toBe(0);

    // A week later the status checks of both owners are late too; a weekend is no working day.
    const later = await desk.overdue('2026-03-30');
    expect(group(later, 'status_check')).toMatchObject({ count: 2 });
    expect(group(later, 'status_check').rows.map((r) => r.ownerName).sort()).toEqual(['Erik Zwart', 'Sanne Bos']);
    expect(group(later, 'acknowledgement').rows.map((r) => r.workingDaysLeft)).toEqual([-9, -9]);
  });

  it('count a complaint late on its response and on the notice of more time due that same day once, while both kinds list it', async () => {
    // 002 (vakbedrijf): a response within 4 weeks, and notice of more time by that same day.
    await context.repos.procedures.choosePreset('vakbedrijf', ACTOR, NOW);
    const late = await register('Kozijn lekt');
    await act(late.id, '2026-03-11', { type: 'assign_owner', ownerId: erik.id, ownerName: erik.name });
    const terms = await context.db.openDeadlines.where('complaintId').equals(late.id).toArray();
    const dueOf = (kind: string) => terms.find((t) => t.kind === kind)?.dueOn;
    expect(dueOf('response')).toBe('2026-04-07');
    expect(dueOf('extension_notice')).toBe(dueOf('response'));

    for (const ownerId of [undefined, erik.id]) {
      const overdue = await context.repos.desk.overdue('2026-04-08', ownerId ? { ownerId } : {});
      expect(group(overdue, 'response').rows.map((r) => r.complaintId)).toEqual([late.id]);
      expect(group(overdue, 'extension_notice').rows.map((r) => r.complaintId)).toEqual([late.id]);
      expect(overdue.complaints).toBe(1);
    }
    expect(await context.repos.desk.overdueCount('2026-04-08')).toBe(1);
    expect(await context.repos.desk.overdueCount('2026-04-08', erik.id)).toBe(1);
    expect((await context.repos.desk.workload('2026-04-08', '2026-04-10')).find((w) => w.ownerId === erik.id)?.overdue).toBe(1);
  });

  it('keep counts exact when rows are limited, and page through one group', async () => {
    const { a, c } = await threeComplaints();
    const limited = group(await context.repos.desk.overdue('2026-03-18', { limit: 1 }), 'acknowledgement');
    expect(limited.count).toBe(2);
    expect(limited.rows).toHaveLength(1);
    const second = await context.repos.desk.overdue('2026-03-18', { limit: 1, offset: 1, group: 'acknowledgement' });
    expect(second.groups.map((g) => g.key)).toEqual(['acknowledgement']);
    expect([limited.rows[0]?.complaintId, second.groups[0]?.rows[0]?.complaintId].sort()).toEqual([a.id, c.id].sort());
  });

  it('show what falls due from today to the given day, with working days left', async () => {
    await threeComplaints();
    const soon = await context.repos.desk.dueSoon('2026-03-12', '2026-03-17');
    expect(group(soon, 'acknowledgement').rows.map((r) => r.workingDaysLeft)).toEqual([3, 3]);
    expect(group(soon, 'status_check').count).toBe(0);
    expect(group(await context.repos.desk.dueSoon('2026-03-18', '2026-03-24'), 'status_check').count).toBe(2);
  });

  it('lose a row as soon as its step is recorded', async () => {
    const { a, c } = await threeComplaints();
    await act(a.id, '2026-03-18', { type: 'acknowledge', sentOn: '2026-03-18', method: 'post' });
    const acknowledgements = group(await context.repos.desk.overdue('2026-03-18'), 'acknowledgement');
    expect(acknowledgements.count).toBe(1);
    expect(acknowledgements.rows.map((r) => r.complaintId)).toEqual([c.id]);
    expect(await context.db.openDeadlines.where('complaintId').equals(a.id).count()).toBe(0);
  });

  it('move with the receipt date and with the office’s closing days', async () => {
    const { a } = await threeComplaints();
    await context.repos.closingDays.save([{ day: '2026-03-16', description: 'Studiedag' }], ACTOR, NOW);
    expect(group(await context.repos.desk.dueSoon('2026-03-10', '2026-03-31'), 'acknowledgement').rows.map((r) => r.dueOn)).toEqual([
      '2026-03-18',
      '2026-03-18',
    ]);
    await context.repos.complaints.update(a.id, { receivedAt: '2026-03-02T09:00' }, ACTOR, LATER('2026-03-12'));
    const late = group(await context.repos.desk.overdue('2026-03-12'), 'acknowledgement');
    expect(late.rows).toMatchObject([{ complaintId: a.id, dueOn: '2026-03-09', workingDaysLeft: -3 }]);
  });

  it('follow a new owner', async () => {
    const { c } = await threeComplaints();
    await act(c.id, '2026-03-12', { type: 'assign_owner', ownerId: erik.id, ownerName: erik.name, customerContactBy: 'owner' });
    const rows = group(await context.repos.desk.overdue('2026-03-18', { ownerId: erik.id }), 'acknowledgement').rows;
    expect(rows).toMatchObject([{ complaintId: c.id, ownerName: 'Erik Zwart' }]);
    expect(group(await context.repos.desk.overdue('2026-03-18', { ownerId: sanne.id }), 'acknowledgement').count).toBe(0);
  });
});

describe('the owners’ workload', () => {
  it('counts per active owner what the lists behind it show', async () => {
    const { c } = await threeComplaints();
    // Received a week earlier: its acknowledgement (9 March) and first status check (16 March) are late.
    const earlier = await register('Rekening te hoog', '2026-03-02T09:00');
    await act(earlier.id, '2026-03-11', { type: 'assign_owner', ownerId: erik.id, ownerName: erik.name, customerContactBy: 'owner' });
    const gone = await context.repos.staff.create({ name: 'Oud Eigenaar', roles: ['owner'] }, ACTOR, NOW);
    await context.repos.staff.deactivate(gone.id, ACTOR, NOW);

    // Monday to Friday of the week the first status checks fall due.
    const today = '2026-03-23';
    const weekEnd = '2026-03-27';
    const workload = await context.repos.desk.workload(today, weekEnd);
    // The coordinator owns nothing and is no owner, nor is the colleague who left: neither is a behandelaar.
    expect(workload.map((w) => w.ownerName)).toEqual(['Erik Zwart', 'Sanne Bos']);
    const [ofErik, ofSanne] = workload;
    // The earlier one is late on its acknowledgement and its status check: one late complaint.
    expect(ofErik).toMatchObject({ open: 2, overdue: 1, dueThisWeek: 1, oldestOpen: { complaintId: earlier.id, reference: earlier.reference } });
    expect(ofSanne).toMatchObject({ open: 1, overdue: 1, dueThisWeek: 1, oldestOpen: { complaintId: c.id } });

    for (const owner of workload) {
      const overdue = await context.repos.desk.overdue(today, { ownerId: owner.ownerId });
      const soon = await context.repos.desk.dueSoon(today, weekEnd, { ownerId: owner.ownerId });
      const complaintsIn = ({ groups }: DeskDeadlines) => new Set(groups.flatMap((g) => g.rows.map((row) => row.complaintId))).size;
      expect(overdue.complaints).toBe(owner.overdue);
      expect(complaintsIn(overdue)).toBe(owner.overdue);
      expect(soon.complaints).toBe(owner.dueThisWeek);
      expect(complaintsIn(soon)).toBe(owner.dueThisWeek);
    }
  });

  it('still lists someone without the owner role, or no longer active, while they own open complaints', async () => {
    const { b } = await threeComplaints();
    const leaving = await context.repos.staff.create({ name: 'Anton Vertrek', roles: ['owner'] }, ACTOR, NOW);
    await act(b.id, '2026-03-12', { type: 'assign_owner', ownerId: leaving.id, ownerName: leaving.name, customerContactBy: 'owner' });
    await context.repos.staff.deactivate(leaving.id, ACTOR, NOW);
    const names = (await context.repos.desk.workload('2026-03-12', '2026-03-13')).map((w) => w.ownerName);
    expect(names).toEqual(['Anton Vertrek', 'Erik Zwart', 'Sanne Bos']);
  });

  it('drops a closed complaint from open', async () => {
    const { b } = await threeComplaints();
    await act(b.id, '2026-03-12', { type: 'withdraw', on: '2026-03-12', reason: 'Klant ziet ervan af' });
    const ofErik = (await context.repos.desk.workload('2026-03-12', '2026-03-13')).find((w) => w.ownerId === erik.id);
    expect(ofErik).toMatchObject({ open: 0, overdue: 0, oldestOpen: null });
  });
});

describe('status checks due', () => {
  it('lists the owners whose complaints are due for the two-weekly check, until it is recorded', async () => {
    const { b, c } = await threeComplaints();
    const { desk } = context.repos;
    expect(await desk.statusChecksDue('2026-03-23')).toEqual([]);

    const due = await desk.statusChecksDue('2026-03-24');
    expect(due.map((d) => [d.ownerName, d.count, d.oldestDueOn])).toEqual([
      ['Erik Zwart', 1, '2026-03-24'],
      ['Sanne Bos', 1, '2026-03-24'],
    ]);
    expect(due[0]?.rows).toMatchObject([{ complaintId: b.id, kind: 'status_check', workingDaysLeft: 0 }]);

    await act(b.id, '2026-03-24', { type: 'record_status_check', on: '2026-03-24', discussed: 'Klant komt langs', nextStep: 'Passen' });
    expect((await desk.statusChecksDue('2026-03-24')).map((d) => d.ownerName)).toEqual(['Sanne Bos']);
    expect((await desk.statusChecksDue('2026-03-25')).map((d) => d.rows[0]?.complaintId)).toEqual([c.id]);
  });
});

describe('the complaint lists of the desk', () => {
  it('show what nobody picked up, oldest first, until an owner is assigned', async () => {
    const first = await register('Eerste', '2026-03-09T09:00');
    const second = await register('Tweede');
    const unassigned = await context.repos.desk.unassigned();
    expect(unassigned.count).toBe(2);
    expect(unassigned.rows.map((r) => r.complaintId)).toEqual([first.id, second.id]);
    expect(unassigned.rows[0]).toMatchObject({ reference: first.reference, customerName: 'Jan de Vries', status: 'registered', ownerName: null });
    expect(await context.repos.desk.unassigned({ limit: 1, offset: 1 })).toMatchObject({ count: 2, rows: [{ complaintId: second.id }] });

    await act(first.id, '2026-03-11', { type: 'assign_owner', ownerId: erik.id, ownerName: erik.name, customerContactBy: 'owner' });
    expect((await context.repos.desk.unassigned()).rows.map((r) => r.complaintId)).toEqual([second.id]);
  });

  it('show complaints waiting for the evaluation, then for the customer’s agreement', async () => {
    const complaint = await register('Zool laat los');
    await act(complaint.id, '2026-03-11', { type: 'acknowledge', sentOn: '2026-03-11', method: 'email' });
    await act(complaint.id, '2026-03-11', { type: 'assign_owner', ownerId: erik.id, ownerName: erik.name, customerContactBy: 'owner' });
    expect((await context.repos.desk.waitingForEvaluation()).count).toBe(0);

    // No verdict under 004: the solution carried out ends the handling.
    await act(complaint.id, '2026-03-13', { type: 'record_solution', description: 'Zool opnieuw verlijmd', agreedRepairOn: '', thirdParty: '' });
    await act(complaint.id, '2026-03-13', { type: 'complete_solution', on: '2026-03-13' });
    expect((await context.repos.desk.waitingForEvaluation()).rows).toMatchObject([
      { complaintId: complaint.id, ownerName: 'Erik Zwart', deskState: 'awaiting_evaluation' },
    ]);
    expect((await context.repos.desk.waitingForAgreement()).count).toBe(0);

    await act(complaint.id, '2026-03-16', { type: 'record_evaluation', on: '2026-03-16', notes: 'Klant begrijpt het' });
    expect((await context.repos.desk.waitingForEvaluation()).count).toBe(0);
    expect((await context.repos.desk.waitingForAgreement()).rows.map((r) => r.complaintId)).toEqual([complaint.id]);

    await act(complaint.id, '2026-03-17', { type: 'record_customer_agreement', on: '2026-03-17', notes: '' });
    expect((await context.repos.desk.waitingForAgreement()).count).toBe(0);
    expect((await context.repos.desk.readyToClose()).rows.map((r) => r.complaintId)).toEqual([complaint.id]);
  });
});

describe('an owner’s open complaints and the overdue count', () => {
  it('list what is behind an owner’s "Open", by stand then oldest first, paged across the stands', async () => {
    const older = await register('Eerste', '2026-03-09T09:00');
    const newer = await register('Tweede');
    const handled = await register('Derde', '2026-03-02T09:00');
    for (const c of [older, newer, handled]) await act(c.id, '2026-03-11', { type: 'assign_owner', ownerId: erik.id, ownerName: erik.name, customerContactBy: 'owner' });
    // No verdict under 004: the solution carried out ends the handling.
    await act(handled.id, '2026-03-13', { type: 'record_solution', description: 'Zool opnieuw verlijmd', agreedRepairOn: '', thirdParty: '' });
    await act(handled.id, '2026-03-13', { type: 'complete_solution', on: '2026-03-13' });
    const { desk } = context.repos;
    const open = await desk.ownerOpen(erik.id);
    expect(open.count).toBe((await desk.workload('2026-03-16', '2026-03-22')).find((w) => w.ownerId === erik.id)?.open);
    // In handling first (oldest first), then the one waiting for its evaluation, though it came in earliest.
    expect(open.rows.map((r) => [r.complaintId, r.deskState])).toEqual([
      [older.id, 'in_handling'],
      [newer.id, 'in_handling'],
      [handled.id, 'awaiting_evaluation'],
    ]);
    expect((await desk.ownerOpen(erik.id, { offset: 1, limit: 2 })).rows.map((r) => r.complaintId)).toEqual([newer.id, handled.id]);
    expect(await desk.ownerOpen(sanne.id)).toEqual({ count: 0, rows: [] });
  });

  it('count every complaint with an overdue term once, as the rows of the groups name them', async () => {
    await threeComplaints();
    const { desk } = context.repos;
    for (const today of ['2026-03-17', '2026-03-18', '2026-03-30', '2026-05-04']) {
      const { complaints, groups } = await desk.overdue(today);
      const named = new Set(groups.flatMap((g) => g.rows.map((row) => row.complaintId)));
      expect(await desk.overdueCount(today)).toBe(named.size);
      expect(complaints).toBe(named.size);
    }
    expect(await desk.overdueCount('2026-03-18')).toBe(2);
    expect(await desk.overdueCount('2026-03-18', sanne.id)).toBe(1);
  });

  it('keeps the badge up to date after changes settle, without counting on every write', async () => {
    const { desk } = context.repos;
    const seen: number[] = [];
    const stop = desk.watchOverdueCount('2026-03-30', undefined, (n) => seen.push(n), 200);
    await waitFor(() => seen.length === 1);
    expect(seen).toEqual([0]);
    // Three saves close together: one recount once they settle, not three.
    await register('Eerste');
    await register('Tweede');
    await register('Derde');
    await waitFor(() => seen.length === 2);
    expect(seen[1]).toBe(await desk.overdueCount('2026-03-30'));
    expect(seen[1]).toBeGreaterThan(0);
    // One more save gives one more recount, with the higher count: had the three saves recounted more than once, the next value would repeat the old count.
    await register('Vierde');
    await waitFor(() => seen.length === 3);
    expect(seen[2]).toBe(await desk.overdueCount('2026-03-30'));
    expect(seen[2]).toBeGreaterThan(seen[1]!);
    stop();
    // A watcher started now recounts after the same settling time; once it has, the stopped one would have too.
    const control: number[] = [];
    const stopControl = desk.watchOverdueCount('2026-03-30', undefined, (n) => control.push(n), 200);
    await waitFor(() => control.length === 1);
    await register('Vijfde');
    await waitFor(() => control.length === 2);
    stopControl();
    expect(seen).toHaveLength(3);
  });
});

async function waitFor(done: () => boolean) {
  for (let i = 0; i < 400 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(done()).toBe(true);
}
