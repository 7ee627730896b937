/**
 * A workflow guard refused an action. The message is Dutch and says why (and
 * what to do first); `field` names the action's field to put it next to.
 */
export class WorkflowError extends Error {
  override readonly name = 'WorkflowError';
  readonly field: string | null;

  constructor(message: string, field: string | null = null) {
    super(message);
    this.field = field;
  }
}
