/**
 * The procedure's steps in order, for the card: what is done (and when), what
 * comes next, what is still open and what does not apply to this complaint.
 * Data-driven: a step appears only when the complaint's procedure has it.
 */
import { formatTerm, JUDGE_LABELS } from '../procedureText';
import type { Complaint, ComplaintWorkflow, DeadlineKind } from '../model';
import type { Procedure } from '../procedure';
import { awaitsWrittenComplaint, receivedDay, submittedLate } from '../deadlines/terms';
import { hasVerdict, ownerMustBeUninvolved } from '../procedures/absent';
import { employeeHearings } from './hearing';
import { correctiveActionFinished } from './specs/improvement';
import { NOT_SERIOUS, SERIOUS } from './specs/intake';
import { isEnded, responseIsCurrent, responseRequired, settledInformally, solutionRequired, stageOf } from './situation';

export type ChecklistState = 'done' | 'next' | 'open' | 'not_applicable';

export interface ChecklistItem {
  /** Stable per kind of step (an escalation's includes its id). */
  key: string;
  /** Dutch label. */
  step: string;
  state: ChecklistState;
  doneOn?: string;
  /** The term that belongs to this step, to show its badge beside it. */
  deadline?: DeadlineKind;
}

interface Draft {
  key: string;
  step: string;
  /** A day, or true when done without a known day. */
  done: string | boolean;
  /** Must happen for this complaint (optional steps are never "next"). */
  required: boolean;
  skipped?: boolean;
  /** Learning from the complaint goes on after the file is closed. */
  afterClosing?: boolean;
  deadline?: DeadlineKind;
}

const within = (term: Procedure['terms']['acknowledge']) => (term ? ` (binnen ${formatTerm(term)})` : '');

function earliest(days: (string | undefined)[]): string | false {
  const known = days.filter((day): day is string => day !== undefined).sort();
  return known[0] ?? false;
}

function contactOn(workflow: ComplaintWorkflow, withWhom: 'customer' | 'employee'): string | undefined {
  return earliest(workflow.contacts.filter((c) => c.withWhom === withWhom).map((c) => c.on)) || undefined;
}

function intakeSteps(complaint: Complaint, procedure: Procedure): Draft[] {
  const w = complaint.workflow;
  const stage = stageOf(complaint);
  const drafts: Draft[] = [{ key: 'received', step: 'Klacht ontvangen en geregistreerd', done: receivedDay(complaint), required: true }];
  if (w.writtenReceipt || awaitsWrittenComplaint(complaint, procedure)) {
    drafts.push({
      key: 'written',
      step: 'Klacht schriftelijk ingediend: de klachtenregeling telt alleen een schriftelijke klacht, en de termijnen lopen pas vanaf die dag',
      done: w.writtenReceipt?.on ?? false,
      required: true,
    });
  }
  if (submittedLate(complaint, procedure, null) || w.lateAcceptance || w.inadmissible) {
    drafts.push({
      key: 'admissibility',
      step: `Ingediend na de termijn van ${formatTerm(procedure.terms.submissionLimit)}: ontvankelijkheid beoordeeld`,
      done: w.lateAcceptance?.on ?? w.inadmissible?.on ?? false,
      required: true,
    });
  }
  drafts.push({
    key: 'acknowledgement',
    step: `Ontvangstbevestiging aan de klant${within(procedure.terms.acknowledge)}`,
    done: w.acknowledgement?.sentOn ?? false,
    required: true,
    deadline: 'acknowledgement',
  });
  if (procedure.steps.informalResolution) {
    const beforeHandling = stage === 'registered' || stage === 'acknowledged';
    drafts.push({
      key: 'seriousness',
      step: w.seriousness ? (w.seriousness.serious ? SERIOUS : NOT_SERIOUS) : 'Ernst beoordeeld: vraagt de klacht aanpassing van de werkwijze?',
      done: w.seriousness?.on ?? false,
      required: false,
      skipped: !w.seriousness && !beforeHandling,
    });
    const firstContact = w.informalSettlement?.on ?? contactOn(w, 'customer');
    drafts.push({
      key: 'first_contact',
      step: 'Contact met de klant: klacht goed begrepen, samen naar een oplossing gezocht',
      done: firstContact ?? false,
      // Only worth urging before handling has moved on.
      required: beforeHandling,
      skipped: !firstContact && !beforeHandling,
    });
  }
  if (w.informalSettlement) {
    drafts.push({ key: 'settled', step: 'Oplossing vastgelegd: klacht afgewikkeld', done: w.informalSettlement.on, required: false });
  }
  return drafts;
}

function handlingSteps(complaint: Complaint, procedure: Procedure): Draft[] {
  const w = complaint.workflow;
  const { steps, terms } = procedure;
  const drafts: Draft[] = [];
  if (terms.furtherHandling) {
    drafts.push({
      key: 'further_handling',
      step: `Bericht aan de klant over de verdere afhandeling${within(terms.furtherHandling)}`,
      done: w.furtherHandlingMessage?.sentOn ?? false,
      required: true,
      deadline: 'further_handling',
    });
  }
  if (steps.ownerAssignment) {
    drafts.push({
      key: 'owner',
      step: ownerMustBeUninvolved(procedure) ? 'Behandelaar toegewezen die niet bij de klacht betrokken is' : 'Behandelaar (eigenaar van de klacht) toegewezen',
      done: w.ownerAssignedOn ?? complaint.ownerId !== null,
      required: true,
    });
  }
  if (steps.hearBothSides) {
    const customer = contactOn(w, 'customer');
    const employees = employeeHearings(complaint);
    const lastDay = [customer, ...employees.map((hearing) => hearing.on ?? undefined)];
    drafts.push({
      key: 'hearing',
      step: 'Hoor en wederhoor: de klant en de genoemde medewerkers gehoord',
      done: lastDay.every(Boolean) ? (lastDay as string[]).sort().at(-1) ?? false : false,
      required: true,
    });
    // Each person the complaint names, so the owner sees who is still to be heard.
    for (const hearing of employees) {
      drafts.push({
        key: `hearing:${hearing.name}`,
        step: hearing.notHeardBecause ? `${hearing.name} niet gehoord: ${hearing.notHeardBecause}` : `${hearing.name} gehoord`,
        done: hearing.on ?? false,
        required: true,
      });
    }
  }
  if (terms.statusCheckEvery) {
    drafts.push({
      key: 'status_check',
      step: `Statuscontrole bij de behandelaar (elke ${formatTerm(terms.statusCheckEvery)})`,
      done: w.statusChecks.at(-1)?.on ?? false,
      required: false,
      deadline: 'status_check',
    });
  }
  const consulted = (reason: string, since = '') => earliest(w.managementConsultations.filter((m) => m.reason === reason && m.on >= since).map((m) => m.on));
  if (steps.managementOnMaterialInterest) {
    drafts.push({ key: 'management_interest', step: 'Bij een materieel of financieel belang: besproken met de directie', done: consulted('material_interest'), required: false });
  }
  if (steps.managementWhenOwnerCannotHandle) {
    // Once the owner is reported unable, the consultation is a step of this complaint, done only by one held since.
    const reportedOn = w.ownerCannotHandle?.on;
    drafts.push({ key: 'management_owner', step: 'Kan de behandelaar de klacht niet afhandelen: overleg met de directie', done: consulted('owner_cannot_handle', reportedOn), required: reportedOn !== undefined });
  }
  if (terms.extension.allowed && terms.response) {
    drafts.push({
      key: 'extension',
      step: 'Meer tijd nodig: de klant binnen de termijn bericht',
      done: w.extension?.notice.sentOn ?? false,
      required: false,
      skipped: !w.extension && responseIsCurrent(w),
      deadline: 'extension_notice',
    });
  }
  return settledInformally(w) ? drafts.map((draft) => ({ ...draft, skipped: true })) : drafts;
}

function outcomeSteps(complaint: Complaint, procedure: Procedure): Draft[] {
  const w = complaint.workflow;
  const unfounded = w.judgement?.verdict === 'unfounded';
  const verdict = hasVerdict(procedure);
  const drafts: Draft[] = [];
  if (verdict) {
    drafts.push({
      key: 'judgement',
      step: `Oordeel (gegrond, deels gegrond of ongegrond) door ${JUDGE_LABELS[procedure.steps.judgedBy].replace(/^\p{Lu}/u, (c) => c.toLowerCase())}`,
      done: w.judgement?.judgedOn ?? false,
      required: true,
    });
  }
  drafts.push({
    key: 'response',
    step: procedure.steps.closingMessage
      ? `Afsluitend bericht aan de klant: wat is overeengekomen of hoe het is afgerond${within(procedure.terms.response)}`
      : procedure.terms.response
        ? `Schriftelijke reactie aan de klant met het oordeel en de argumenten${within(procedure.terms.response)}`
        : verdict
          ? 'Oordeel en oplossing aan de klant gemeld'
          : 'Oplossing aan de klant gemeld',
    done: responseIsCurrent(w) ? (w.response?.sentOn ?? false) : false,
    required: responseRequired(procedure),
    deadline: w.extension ? 'extended_response' : 'response',
  });
  if (procedure.steps.solutionFollowUp || w.solution) {
    const needed = solutionRequired(w, procedure) || w.solution !== null;
    drafts.push(
      { key: 'solution', step: 'Oplossing en hersteltermijn met de klant afgesproken', done: w.solution !== null, required: needed, skipped: unfounded && !w.solution },
      {
        key: 'solution_done',
        step: 'Oplossing uitgevoerd (ook als een derde die uitvoert)',
        done: w.solution?.carriedOutOn ?? false,
        required: needed,
        skipped: unfounded && !w.solution,
        deadline: 'repair',
      },
    );
  }
  for (const escalation of w.escalations) {
    if (escalation.status === 'withdrawn') continue;
    drafts.push({
      key: `escalation:${escalation.id}`,
      step: `Beslissing van ${escalation.bodyName}`,
      done: escalation.decidedOn ?? false,
      required: true,
      deadline: 'escalation',
    });
  }
  return settledInformally(w) ? drafts.map((draft) => ({ ...draft, skipped: true })) : drafts;
}

function improvementSteps(complaint: Complaint, procedure: Procedure): Draft[] {
  const w = complaint.workflow;
  const drafts: Draft[] = [];
  if (procedure.steps.rootCauseAndCorrectiveActions) {
    const actions = w.correctiveActions;
    const allFinished = actions.length > 0 && actions.every(correctiveActionFinished);
    const lastDay = actions.flatMap((a) => [a.doneOn, a.effectivenessCheckedOn]).filter((d): d is string => d !== null).sort().at(-1);
    drafts.push(
      // Required once judged: a complaint settled at first contact may still be learnt from, but need not be.
      { key: 'root_cause', step: 'Oorzaak van de klacht onderzocht', done: w.rootCause !== '', required: !settledInformally(w), afterClosing: true },
      { key: 'corrective_actions', step: 'Corrigerende maatregelen vastgesteld', done: actions.length > 0, required: false, afterClosing: true },
      {
        key: 'effectiveness',
        step: 'Maatregelen ingevoerd en op effectiviteit getoetst',
        done: allFinished ? (lastDay ?? true) : false,
        // Stryker disable next-line ConditionalExpression: without measures the step is skipped, so `required` is read only when there are some, where it is true.
        required: actions.length > 0,
        skipped: actions.length === 0,
        afterClosing: true,
        deadline: 'effectiveness_check',
      },
    );
  }
  return drafts;
}

function closingSteps(complaint: Complaint, procedure: Procedure): Draft[] {
  const w = complaint.workflow;
  const drafts: Draft[] = [];
  if (procedure.steps.evaluation) {
    drafts.push({ key: 'evaluation', step: 'Verloop van de klacht met de klant geëvalueerd', done: w.evaluation?.on ?? false, required: true });
  }
  if (procedure.steps.customerAgreementBeforeClosing) {
    drafts.push({ key: 'agreement', step: 'Akkoord van de klant', done: w.customerAgreement?.on ?? w.informalSettlement?.on ?? false, required: true });
  }
  drafts.push({ key: 'closed', step: 'Dossier gesloten', done: w.closedOn ?? false, required: true });
  if (procedure.steps.structuralMeasuresReview) {
    drafts.push({
      key: 'structural_measures',
      step: 'Directie: maatregelen tegen herhaling overwogen en aangetekend',
      done: w.structuralMeasures !== '',
      required: true,
      afterClosing: true,
    });
  }
  if (w.withdrawn) drafts.push({ key: 'withdrawn', step: 'Klacht ingetrokken', done: w.withdrawn.on, required: false });
  if (w.inadmissible) drafts.push({ key: 'inadmissible', step: 'Niet-ontvankelijk verklaard', done: w.inadmissible.on, required: false });
  return drafts;
}

export function procedureChecklist(complaint: Complaint, procedure: Procedure): ChecklistItem[] {
  const drafts = [
    ...intakeSteps(complaint, procedure),
    ...handlingSteps(complaint, procedure),
    ...outcomeSteps(complaint, procedure),
    ...improvementSteps(complaint, procedure),
    ...closingSteps(complaint, procedure),
  ];
  const status = complaint.status;
  // Once the file is ended nothing is urged any more, except learning from a closed complaint.
  const ended = (draft: Draft) => isEnded(status) && !(status === 'closed' && draft.afterClosing);
  let nextGiven = false;
  return drafts.map((draft): ChecklistItem => {
    // Stryker disable next-line ConditionalExpression: `deadline: undefined` and no deadline read the same to every caller.
    const base = { key: draft.key, step: draft.step, ...(draft.deadline ? { deadline: draft.deadline } : {}) };
    if (draft.done !== false) return { ...base, state: 'done', ...(typeof draft.done === 'string' ? { doneOn: draft.done } : {}) };
    if (draft.skipped || ended(draft)) return { ...base, state: 'not_applicable' };
    if (draft.required && !nextGiven) {
      nextGiven = true;
      return { ...base, state: 'next' };
    }
    return { ...base, state: 'open' };
  });
}
