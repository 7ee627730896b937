/**
 * A card step that changes a complaint's copy of a measure (closing marks the
 * open ones done or called off; the corrective-action step of older walks adds
 * one) is carried back to the register, and from there to the other
 * complaints the measure came from. Inside the step's transaction.
 */
import { changedActions, measureFromAction, measureWithActionChanges } from '../../domain/measures';
import type { Actor, Complaint } from '../../domain/model';
import type { KlachtenbalieDb } from '../database';
import { storeMeasure } from './measureStore';

export async function carryBackToMeasures(db: KlachtenbalieDb, before: Complaint, after: Complaint, actor: Actor, nowIso: string): Promise<void> {
  for (const action of changedActions(before.workflow.correctiveActions, after.workflow.correctiveActions)) {
    const stored = await db.measures.get(action.id);
    const next = stored ? measureWithActionChanges(stored, action, nowIso) : measureFromAction(action, after, nowIso);
    await storeMeasure(db, stored ?? null, next, actor, nowIso, after.id);
  }
}
