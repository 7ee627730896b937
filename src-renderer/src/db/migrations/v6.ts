/**
 * Version 5 → 6: the register's total is kept in `counters` (see
 * COMPLAINT_TOTAL) instead of counted on every change. Counted here once.
 */
import type { Transaction } from 'dexie';
import { COMPLAINT_TOTAL } from '../repositories/counters';

export async function upgradeToVersion6(tx: Transaction): Promise<void> {
  const total = await tx.table('complaints').count();
  await tx.table('counters').put({ id: COMPLAINT_TOTAL, value: total, updatedAt: new Date().toISOString() });
}
