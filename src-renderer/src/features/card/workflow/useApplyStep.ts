import { useRepositories } from '../../../app/data';
import { useNotice } from '../../../app/notice';
import { useActor } from '../../../app/profile';
import { errorText } from '../../../components/errorText';
import { WorkflowError } from '../../../domain/workflow';
import { toAction, type ActionContext, type ActionValues } from './toAction';

/**
 * Records a step from an ActionForm, on the card or the desk alike. Resolves to
 * the refusal to show in the form (the domain's own words), or null once done.
 */
export function useApplyStep() {
  const repos = useRepositories();
  const actor = useActor();
  const notify = useNotice();
  return async (complaintId: string, type: string, values: ActionValues, context: ActionContext, done: string): Promise<string | null> => {
    try {
      await repos.complaints.applyAction(complaintId, toAction(type, values, context), actor);
      notify({ text: done, tone: 'success' });
      return null;
    } catch (error) {
      return error instanceof WorkflowError ? error.message : `Niet vastgelegd: ${errorText(error)}`;
    }
  };
}
