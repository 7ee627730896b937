import type {
  ContactDirection,
  ContactKind,
  ContactParty,
  ManagementReason,
  SendMethod,
  SentMessage,
  Verdict,
  WrittenChannel,
} from '../model';

/**
 * Every step of the seed procedures as one named action. Dates are local days
 * (yyyy-MM-dd). The repository runs them through `applyAction`, which guards
 * and records them; the UI asks `availableActions` which ones it may offer.
 */
/** Closing a file with follow-ups or measures still open: mark them done, call them off, or keep them running after closing. */
export const OPEN_ITEMS_ON_CLOSING = ['done', 'cancel', 'keep'] as const;
export type OpenItemsOnClosing = (typeof OPEN_ITEMS_ON_CLOSING)[number];

export type WorkflowAction =
  | { type: 'record_written_receipt'; on: string; channel: WrittenChannel }
  | { type: 'acknowledge'; sentOn: string; method: SendMethod }
  /** 000: a serious complaint (one that needs a change of working method) is not settled at first contact. */
  | { type: 'assess_seriousness'; serious: boolean; notes: string }
  | { type: 'settle_informally'; on: string; agreement: string }
  | { type: 'send_further_handling'; sentOn: string; method: SendMethod }
  | {
      type: 'assign_owner';
      ownerId: string;
      ownerName: string;
      /** Who contacts the customer, where the procedure agrees it at the assignment (004). */
      customerContactBy?: string;
    }
  /** 004: the owner cannot handle the complaint properly; management must be consulted on how to go on. */
  | { type: 'report_owner_cannot_handle'; on: string; notes: string }
  | { type: 'record_status_check'; on: string; discussed: string; nextStep: string }
  | { type: 'consult_management'; on: string; reason: ManagementReason; notes: string }
  | { type: 'extend'; reason: string; newDueOn: string; notice: SentMessage }
  | {
      type: 'record_judgement';
      verdict: Verdict;
      reasoning: string;
      judgedOn: string;
      /** One employee, or the committee's chair and members who judged. */
      judges: string[];
      judgedById: string | null;
    }
  | { type: 'send_response'; sentOn: string; method: SendMethod }
  | { type: 'record_solution'; description: string; agreedRepairOn: string; thirdParty: string }
  | { type: 'complete_solution'; on: string }
  | {
      type: 'add_corrective_action';
      description: string;
      assignee: string;
      dueOn: string;
      /** Empty when no effectiveness check is planned yet. */
      effectivenessCheckDueOn: string;
    }
  | {
      type: 'update_corrective_action';
      id: string;
      doneOn?: string | null;
      effectivenessCheckedOn?: string | null;
      effectivenessResult?: string;
    }
  | { type: 'record_root_cause'; rootCause: string }
  | { type: 'record_structural_measures'; text: string }
  | { type: 'record_evaluation'; on: string; notes: string }
  | { type: 'record_customer_agreement'; on: string; notes: string }
  | { type: 'record_satisfaction'; recordedOn: string; answer: string; solved: string; score: string; comment: string; via: string }
  | {
      type: 'close';
      on: string;
      /** What happens to follow-ups and measures still open; asked only when there are any. */
      openItems?: OpenItemsOnClosing | '';
      /** Why they are called off, with openItems 'cancel'. */
      cancelReason?: string;
    }
  | { type: 'withdraw'; on: string; reason: string }
  | { type: 'declare_inadmissible'; on: string; reason: string }
  | { type: 'accept_late'; on: string; reason: string }
  | { type: 'reopen'; reason: string }
  | {
      type: 'escalate';
      bodyId: string;
      receivedOn: string;
      notes: string;
      /** Why the customer passes over a body earlier in the regeling's order; needed only then. */
      skipReason?: string;
      /** The customer disputes the proposed solution (001: grounds for an appeal besides "ongegrond"). */
      solutionDisputed?: boolean;
    }
  | {
      /** The body needs more time (appeal committee: written notice with the new term). */
      type: 'extend_escalation';
      escalationId: string;
      newDueOn: string;
      reason: string;
      noticeSentOn: string;
    }
  | {
      type: 'decide_escalation';
      escalationId: string;
      decidedOn: string;
      outcome: string;
      /** The customer withdrew the escalation instead of the body deciding. */
      withdrawn?: boolean;
    }
  /** The office carried out a body's ruling (003: within the term the procedure gives after the NRTO commission's ruling). */
  | { type: 'carry_out_ruling'; escalationId: string; on: string }
  | { type: 'add_follow_up'; dueOn: string; what: string }
  | { type: 'complete_follow_up'; id: string; on: string }
  | {
      type: 'log_contact';
      on: string;
      kind: ContactKind;
      withWhom: ContactParty;
      direction: ContactDirection;
      name: string;
      notes: string;
      /** A day to follow the contact up (yyyy-MM-dd): it becomes a follow-up among the deadlines. Empty or left out: none. */
      followUpOn?: string;
    }
  /** Hoor en wederhoor: a named employee who was not heard, and why. */
  | { type: 'record_not_heard'; name: string; reason: string }
  | { type: 'add_note'; text: string };

export type WorkflowActionType = WorkflowAction['type'];
export type ActionOf<T extends WorkflowActionType> = Extract<WorkflowAction, { type: T }>;

/** In the order the card offers them: the procedure's course first, bookkeeping last. */
export const WORKFLOW_ACTION_TYPES = [
  'record_written_receipt',
  'acknowledge',
  'accept_late',
  'declare_inadmissible',
  'assess_seriousness',
  'settle_informally',
  'send_further_handling',
  'assign_owner',
  'log_contact',
  'record_not_heard',
  'record_status_check',
  'report_owner_cannot_handle',
  'consult_management',
  'extend',
  'record_judgement',
  'send_response',
  'record_solution',
  'complete_solution',
  'record_root_cause',
  'add_corrective_action',
  'update_corrective_action',
  'record_structural_measures',
  'record_evaluation',
  'record_customer_agreement',
  'record_satisfaction',
  'close',
  'escalate',
  'extend_escalation',
  'decide_escalation',
  'carry_out_ruling',
  'add_follow_up',
  'complete_follow_up',
  'withdraw',
  'reopen',
  'add_note',
] as const satisfies readonly WorkflowActionType[];

// Fails to compile when an action is added to the union but not to the list.
type Missing = Exclude<WorkflowActionType, (typeof WORKFLOW_ACTION_TYPES)[number]>;
const listsEveryAction: Missing extends never ? true : Missing = true;
void listsEveryAction;
