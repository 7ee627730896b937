/**
 * Version 14 → 15 starts the measures register and the satisfaction answer.
 * Every corrective action a complaint holds becomes a measure of the register
 * with the same id, linked to that complaint, so the complaint's copy, its
 * open-term rows and its history stay as they are (see
 * domain/measures/projection). Every complaint gets `satisfaction: null`: not
 * recorded. Not journalled, as version 10: each workstation upgrades its own
 * copy, and a measure moved on two workstations is the same record by id.
 */
import type { Transaction } from 'dexie';
import { measureFromAction } from '../../domain/measures/projection';
import type { Complaint, Measure } from '../../domain/model';

export async function upgradeToVersion15(tx: Transaction): Promise<void> {
  const nowIso = new Date().toISOString();
  const measures: Measure[] = [];
  await tx
    .table<Complaint, string>('complaints')
    .toCollection()
    .modify((complaint) => {
      if (complaint.satisfaction === undefined) complaint.satisfaction = null;
      for (const action of complaint.workflow.correctiveActions) measures.push(measureFromAction(action, complaint, nowIso));
    });
  if (measures.length > 0) await tx.table<Measure, string>('measures').bulkPut(measures);
}
