/**
 * Which of the desk's complaint lists an open complaint belongs in. Stored on
 * the complaint (deskState) because it depends on the procedure version
 * (evaluation, agreement, whether a solution is owed), which an index cannot
 * look into.
 */
import type { Complaint, DeskState } from '../model';
import type { Procedure } from '../procedure';
import { awaitsWrittenComplaint } from '../deadlines/terms';
import { closingWaitsFor, handlingGap, isEnded } from '../workflow/situation';

export const DESK_STATE_LABELS: Record<DeskState, string> = {
  awaiting_written_complaint: 'Wacht op schriftelijke klacht',
  unassigned: 'Niet toegewezen',
  in_handling: 'In behandeling',
  awaiting_evaluation: 'Wacht op evaluatie',
  awaiting_agreement: 'Wacht op akkoord klant',
  ready_to_close: 'Klaar om te sluiten',
};

/**
 * Follows the close guard (workflow/specs/closing): once handling is done
 * (no handlingGap) it waits for what closing waits for (closingWaitsFor).
 * Before that, a complaint without an owner is one nobody picked up, whatever
 * the procedure says about assigning: a settled or handled one is not, since
 * there is nothing left to pick up.
 */
export function deskStateOf(complaint: Complaint, procedure: Procedure): DeskState | null {
  if (isEnded(complaint.status)) return null;
  // Taken by phone where only a written complaint counts (001, 003): no term runs yet, so no term list would show it.
  if (awaitsWrittenComplaint(complaint, procedure)) return 'awaiting_written_complaint';
  if (handlingGap(complaint, procedure) === null) {
    const waitsFor = closingWaitsFor(complaint.workflow, procedure);
    return waitsFor === 'evaluation' ? 'awaiting_evaluation' : waitsFor === 'agreement' ? 'awaiting_agreement' : 'ready_to_close';
  }
  return complaint.ownerId === null ? 'unassigned' : 'in_handling';
}
