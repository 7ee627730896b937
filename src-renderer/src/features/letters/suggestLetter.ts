import { awaitsWrittenComplaint } from '../../domain/deadlines';
import type { AvailableAction } from '../../domain/workflow';
import type { Complaint } from '../../domain/model';
import type { Procedure } from '../../domain/procedure';
import { responseLetterType, type LetterType } from '../../letters';

/** The letter the complaint most likely needs now, so the usual case is one click. */
export function suggestLetterType(complaint: Complaint, procedure: Procedure, actions: readonly AvailableAction[]): LetterType {
  const allowed = (type: AvailableAction['type']) => actions.some((action) => action.type === type && action.allowed);
  if (complaint.status === 'inadmissible') return 'inadmissible';
  // Taken by phone where only a written complaint counts (001, 003): first ask for it in writing.
  if (awaitsWrittenComplaint(complaint, procedure)) return 'request_written';
  if (allowed('acknowledge')) return 'acknowledgement';
  if (allowed('send_response')) return responseLetterType(procedure);
  if (complaint.status === 'closed' || complaint.workflow.customerAgreement) return 'closing';
  return 'further_handling';
}
