/**
 * Follow-ups and corrective measures still open when a file is closed. The
 * office says what becomes of them, so none is left open without anyone
 * having decided it (a closed file offers no "Gedaan").
 */
import type { ComplaintStatus, ComplaintWorkflow, FollowUp } from '../../model';
import { isEnded } from '../situation';
import { OPEN_ITEMS_ON_CLOSING, type ActionOf } from '../actions';
import { oneOf, requiredText } from '../spec';

/** A follow-up can still be marked done: open, on an open file or kept running when it was closed. */
export function followUpDoable(status: ComplaintStatus, followUp: FollowUp): boolean {
  return followUp.doneOn === null && (!isEnded(status) || (status === 'closed' && followUp.keptAfterClosing === true));
}

export function openItemsAtClosing(w: Pick<ComplaintWorkflow, 'followUps' | 'correctiveActions'>) {
  return {
    followUps: w.followUps.filter((f) => f.doneOn === null),
    actions: w.correctiveActions.filter((a) => a.doneOn === null),
  };
}

const SUMMARY = { done: 'gedaan', cancel: 'vervallen', keep: 'loopt door na het sluiten' } as const;

/** The workflow's follow-ups and measures as closing on `on` leaves them, and a line for the history; unchanged when none was open. */
export function settleOpenItems(w: ComplaintWorkflow, action: ActionOf<'close'>, on: string): { workflow: Partial<ComplaintWorkflow>; summary: string } {
  const open = openItemsAtClosing(w);
  const count = open.followUps.length + open.actions.length;
  if (count === 0) return { workflow: {}, summary: '' };
  const choice = oneOf(action.openItems ?? '', OPEN_ITEMS_ON_CLOSING, 'openItems', 'Kies wat er gebeurt met de open vervolgafspraken en maatregelen');
  const reason = choice === 'cancel' ? requiredText(action.cancelReason, 'cancelReason', 'Vul in waarom ze vervallen') : '';
  const followUps = new Set(open.followUps);
  const actions = new Set(open.actions);
  const settle = <T extends { doneOn: string | null }>(item: T): T =>
    choice === 'done' ? { ...item, doneOn: on } : choice === 'cancel' ? { ...item, doneOn: on, cancelReason: reason } : item;
  const workflow: Partial<ComplaintWorkflow> = {
    followUps: w.followUps.map((f) => (!followUps.has(f) ? f : choice === 'keep' ? { ...f, keptAfterClosing: true } : settle(f))),
    correctiveActions: w.correctiveActions.map((a) => (actions.has(a) ? settle(a) : a)),
  };
  return { workflow, summary: `; open vervolgafspraken en maatregelen (${count}): ${SUMMARY[choice]}${reason ? `, ${reason}` : ''}` };
}
