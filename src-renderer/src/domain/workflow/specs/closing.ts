/** Evaluation with the customer, the customer's agreement, closing and reopening. */
import { closingWaitsFor, handlingGap, isEnded, type Situation } from '../situation';
import { settleOpenItems } from './closingItems';
import {
  firstRefusal,
  hide,
  optionalText,
  pastDay,
  procedureHas,
  refuse,
  requiredText,
  retentionFrom,
  untilRecorded,
  whileOpen,
  type Refusal,
  type SpecMap,
} from '../spec';

/** Undone by reopening (and by an escalation after closing): the customer came back, so ask them again. */
export const COMPLETION_CLEARED = {
  closedOn: null,
  retentionUntil: null,
  evaluation: null,
  customerAgreement: null,
} as const;

function afterHandling(prefix: string) {
  return (s: Situation) => {
    const gap = handlingGap(s.complaint, s.procedure);
    return gap ? refuse(`${prefix}: ${gap}`) : null;
  };
}

type Guard = (s: Situation) => Refusal | null;

/** A step of the procedure, recorded once, on an open complaint whose handling is done. */
function afterHandlingOnce(inProcedure: Guard, once: Guard, prefix: string): Guard {
  return (s) => firstRefusal(s, inProcedure, whileOpen, once, afterHandling(prefix));
}

export const closingSpecs = {
  record_evaluation: {
    available: afterHandlingOnce(
      procedureHas('evaluation', 'Deze klachtenregeling kent geen evaluatie met de klant'),
      untilRecorded((w) => w.evaluation, 'Het verloop is al met de klant geëvalueerd'),
      'Evalueer het verloop met de klant na de afhandeling',
    ),
    apply(s, action) {
      const on = pastDay(s, action.on, 'on');
      const notes = requiredText(action.notes, 'notes', 'Vul de uitkomst van de evaluatie in');
      return { workflow: { evaluation: { on, notes } }, to: 'evaluated', summary: `Verloop met de klant geëvalueerd: ${notes}` };
    },
  },

  record_customer_agreement: {
    available: afterHandlingOnce(
      procedureHas('customerAgreementBeforeClosing', 'Deze klachtenregeling vraagt geen akkoord van de klant'),
      untilRecorded((w) => w.customerAgreement, 'De klant heeft al akkoord gegeven'),
      'Vraag het akkoord van de klant na de afhandeling',
    ),
    apply(s, action) {
      const on = pastDay(s, action.on, 'on');
      const notes = optionalText(action.notes);
      return { workflow: { customerAgreement: { on, notes } }, summary: `Klant akkoord met de afhandeling${notes ? `: ${notes}` : ''}` };
    },
  },

  close: {
    available: (s) =>
      firstRefusal(
        s,
        whileOpen,
        afterHandling('De klacht kan pas worden gesloten als hij is afgehandeld'),
        (x) => {
          const waitsFor = closingWaitsFor(x.workflow, x.procedure);
          if (waitsFor === 'evaluation') return refuse('De klacht kan pas worden gesloten nadat het verloop met de klant is geëvalueerd');
          if (waitsFor === 'agreement') return refuse('De klacht kan pas worden gesloten nadat de klant akkoord heeft gegeven');
          return null;
        },
      ),
    apply(s, action) {
      const on = pastDay(s, action.on, 'on');
      const items = settleOpenItems(s.workflow, action, on);
      return { workflow: { ...items.workflow, closedOn: on, retentionUntil: retentionFrom(s, on) }, to: 'closed', summary: `Dossier gesloten${items.summary}` };
    },
  },

  reopen: {
    available: (s) => (isEnded(s.complaint.status) ? null : hide('De klacht is niet afgesloten')),
    apply(s, action) {
      const reason = requiredText(action.reason, 'reason', 'Vul in waarom de klacht wordt heropend');
      return {
        workflow: {
          ...COMPLETION_CLEARED,
          withdrawn: null,
          inadmissible: null,
          reopenings: [...s.workflow.reopenings, { on: s.today, reason }],
        },
        to: 'in_progress',
        summary: `Heropend: ${reason}`,
      };
    },
  },
} satisfies Partial<SpecMap>;
