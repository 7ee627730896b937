import { describe, expect, it } from 'vitest';
import type { ListSort, SortColumn } from '../../src-renderer/src/domain/listSort';
import type { ComplaintFilter } from '../../src-renderer/src/db/repositories';
import { ACTOR, freshDb, intake } from './support/db';

/**
 * Five complaints registered in the order B, A, C, E, D (so their references
 * run that way, not in the order of receipt), with two owners, one name twice,
 * open terms on three and none on two.
 */
async function register() {
  const { db, repos } = await freshDb();
  const sanne = await repos.staff.create({ name: 'Sanne Bos', roles: ['owner'] }, ACTOR, new Date(2026, 2, 1));
  const erik = await repos.staff.create({ name: 'Erik Zwart', roles: ['owner'] }, ACTOR, new Date(2026, 2, 1));
  const rows = {
    B: { name: 'Bram de Wit', receivedAt: '2026-03-05T10:00', status: 'registered', ownerId: null, nextDeadline: '2026-03-12' },
    A: { name: 'Anna Bakker', receivedAt: '2026-03-01T10:00', status: 'in_progress', ownerId: sanne.id, nextDeadline: '2026-03-20' },
    C: { name: 'Cees Mol', receivedAt: '2026-02-10T10:00', status: 'closed', ownerId: erik.id, nextDeadline: null },
    E: { name: 'Dirk Aa', receivedAt: '2026-01-20T10:00', status: 'withdrawn', ownerId: null, nextDeadline: null },
    D: { name: 'Anna Bakker', receivedAt: '2026-03-08T10:00', status: 'in_progress', ownerId: erik.id, nextDeadline: '2026-03-30' },
  } as const;
  const letterOf = new Map<string, string>();
  let minute = 0;
  for (const [letter, row] of Object.entries(rows)) {
    minute += 1;
    const registeredAt = new Date(2026, 2, 10, 9, minute);
    const { complaint } = await repos.complaints.create(
      intake({ customer: { name: row.name, phone: `06-1234567${minute}`, email: '', customerNumber: '' }, complaint: { receivedAt: row.receivedAt } }),
      ACTOR,
      registeredAt,
    );
    await db.complaints.update(complaint.id, { status: row.status, ownerId: row.ownerId, nextDeadline: row.nextDeadline });
    letterOf.set(complaint.id, letter);
  }
  /** The whole list in this order, as letters. */
  const listed = async (column: SortColumn, direction: ListSort['direction'], filter: ComplaintFilter = {}) =>
    (await repos.complaints.listIdsPage(filter, 0, 100, { column, direction })).map((id) => letterOf.get(id)).join('');
  const paged = async (column: SortColumn, direction: ListSort['direction'], offset: number, limit: number) =>
    (await repos.complaints.listIdsPage({}, offset, limit, { column, direction })).map((id) => letterOf.get(id)).join('');
  return { listed, paged };
}

describe('sorting the complaint list by a column', () => {
  it('orders by receipt, by reference (the order of registration) and by customer name, both ways', async () => {
    const { listed } = await register();
    expect(await listed('received', 'desc')).toBe('DBACE');
    expect(await listed('received', 'asc')).toBe('ECABD');
    expect(await listed('reference', 'asc')).toBe('BACED');
    expect(await listed('reference', 'desc')).toBe('DECAB');
    // The same name twice: the earlier received first.
    expect(await listed('customer', 'asc')).toBe('ADBCE');
    expect(await listed('customer', 'desc')).toBe('ECBDA');
  });

  it('orders by status in the order of the workflow, by next term and by owner name, with complaints lacking one last either way', async () => {
    const { listed } = await register();
    expect(await listed('status', 'asc')).toBe('BADCE');
    expect(await listed('status', 'desc')).toBe('ECDAB');
    // C and E have no open term: after the others, newest received first, in both directions.
    expect(await listed('deadline', 'asc')).toBe('BADCE');
    expect(await listed('deadline', 'desc')).toBe('DABCE');
    // Erik Zwart before Sanne Bos; within an owner by status; the unassigned after them, newest first.
    expect(await listed('owner', 'asc')).toBe('DCABE');
    expect(await listed('owner', 'desc')).toBe('ACDBE');
  });

  it('reads a page from any position, also where it spans two parts of the order', async () => {
    const { paged } = await register();
    expect(await paged('owner', 'asc', 1, 3)).toBe('CAB');
    expect(await paged('deadline', 'asc', 2, 2)).toBe('DC');
    expect(await paged('deadline', 'asc', 4, 10)).toBe('E');
    expect(await paged('status', 'asc', 3, 10)).toBe('CE');
  });

  it('keeps the status and term filters with every order', async () => {
    const { listed } = await register();
    expect(await listed('owner', 'asc', { status: 'in_progress' })).toBe('DA');
    expect(await listed('owner', 'desc', { status: 'in_progress' })).toBe('AD');
    expect(await listed('reference', 'desc', { status: 'in_progress' })).toBe('DA');
    expect(await listed('deadline', 'asc', { status: 'closed' })).toBe('C');
    // "Te laat" on 25 March: A and B, sorted in memory by any column.
    expect(await listed('customer', 'asc', { overdue: '2026-03-25' })).toBe('AB');
    expect(await listed('customer', 'desc', { overdue: '2026-03-25' })).toBe('BA');
    expect(await listed('owner', 'desc', { overdue: '2026-03-25' })).toBe('AB');
    expect(await listed('deadline', 'desc', { overdue: '2026-03-25' })).toBe('AB');
    expect(await listed('received', 'asc', { overdue: '2026-03-25' })).toBe('AB');
  });
});
