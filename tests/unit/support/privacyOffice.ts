import type { KlachtenbalieDb } from '../../../src-renderer/src/db/database';
import type { Repositories } from '../../../src-renderer/src/db/repositories';
import type { Actor, StaffRole } from '../../../src-renderer/src/domain/model';
import { ACTOR, intake } from './db';

export const COORDINATOR: Actor = { id: 'staff-marloes', name: 'Marloes van Dam' };
export const ROLES: StaffRole[] = ['coordinator'];
export const day = (d: string) => new Date(`${d}T12:00:00`);
/** Seed 001 keeps a file one year after handling: closed 11 May 2026, kept through May 2027. */
export const PAST_TERM = day('2027-06-01');
export const hash = (c: string) => c.repeat(64);

/** A complaint handled under seed 001 and closed on 11 May 2026: a new customer, or one more complaint of `customerId`. */
export async function closedFile(repos: Repositories, customerId: string | null = null) {
  const { complaint, customer } = await repos.complaints.create(
    intake({ complaint: { category: 'Installatie', description: 'De ketel lekt al weken', employeesInvolved: 'Piet Monteur' } }),
    ACTOR,
    day('2026-04-24'),
  ).then(async (created) => (customerId ? repos.complaints.create({ ...intake(), customerId, customer: null }, ACTOR, day('2026-04-24')) : created));
  await closeFile(repos, complaint.id);
  return { complaint: (await repos.complaints.get(complaint.id))!, customerId: customer?.id ?? customerId ?? complaint.customerId };
}

/** Takes a complaint received on 24 April 2026 through seed 001 to its closing on 11 May 2026. */
export async function closeFile(repos: Repositories, complaintId: string): Promise<void> {
  const act = (d: string, action: Parameters<Repositories['complaints']['applyAction']>[1]) => repos.complaints.applyAction(complaintId, action, COORDINATOR, day(d));
  await act('2026-04-28', { type: 'acknowledge', sentOn: '2026-04-28', method: 'email' });
  await act('2026-04-30', { type: 'log_contact', on: '2026-04-30', kind: 'phone', withWhom: 'employee', direction: 'out', name: 'Piet Monteur', notes: 'mevrouw de Vries belde' });
  await act('2026-05-07', { type: 'record_judgement', verdict: 'founded', reasoning: 'Ketel vervangen', judgedOn: '2026-05-07', judges: ['NC Jansen'], judgedById: null });
  await act('2026-05-08', { type: 'send_response', sentOn: '2026-05-08', method: 'email' });
  await act('2026-05-11', { type: 'close', on: '2026-05-11' });
}

/** Every table but the outbox, to compare a database before and after, or to search it for a personal string. */
export async function everything(db: KlachtenbalieDb) {
  return Object.fromEntries(await Promise.all(db.tables.filter((t) => t.name !== 'outbox').map(async (t) => [t.name, await t.toArray()])));
}
