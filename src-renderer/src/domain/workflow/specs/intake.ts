/** From receipt to the start of handling: acknowledgement, admissibility, first-contact settlement. */
import { SEND_METHOD_LABELS } from '../../workflowLabels';
import { CHANNEL_LABELS } from '../../labels';
import { SEND_METHODS, WRITTEN_CHANNELS, type Escalation, type SendMethod } from '../../model';
import { awaitsWrittenComplaint } from '../../deadlines/terms';
import { WorkflowError } from '../errors';
import type { Situation } from '../situation';
import {
  dutchDay,
  firstRefusal,
  hide,
  oneOf,
  optionalText,
  pastDay,
  procedureHas,
  refuse,
  requiredText,
  retentionFrom,
  untilRecorded,
  whileAdmissibilityDecided,
  whileNotSettled,
  whileOpen,
  type ApplySituation,
  type SpecMap,
} from '../spec';

export function sendMethod(value: string): SendMethod {
  return oneOf(value, SEND_METHODS, 'method', 'Kies hoe het bericht is verstuurd');
}

export function sentText(what: string, sentOn: string, method: SendMethod): string {
  return `${what} verstuurd op ${dutchDay(sentOn)} (${SEND_METHOD_LABELS[method].toLowerCase()})`;
}

const beforeHandling = (s: Situation) =>
  s.stage === 'registered' || s.stage === 'acknowledged' ? null : hide('De klacht is al verder in behandeling');

export const SERIOUS = 'Ernstige klacht: vraagt aanpassing van de werkwijze en wordt verder in behandeling genomen';
export const NOT_SERIOUS = 'Geen ernstige klacht: samen met de klant naar een oplossing zoeken kan';

const late = (s: Situation) => (s.lateUndecidedSince === null ? hide('De klacht is binnen de termijn ingediend') : null);

const reasonOf = (reason: string, message: string) => requiredText(reason, 'reason', message);

/** Ending the file keeps it for the retention term; open escalations end with it. */
function ending(s: ApplySituation, on: string) {
  const escalations = s.workflow.escalations.map(
    (escalation): Escalation => (escalation.status === 'open' ? { ...escalation, status: 'withdrawn' } : escalation),
  );
  return { retentionUntil: retentionFrom(s, on), escalations };
}

export const intakeSpecs = {
  record_written_receipt: {
    available: (s) =>
      whileOpen(s) ??
      (awaitsWrittenComplaint(s.complaint, s.procedure) ? null : hide('Deze klacht hoeft niet (meer) schriftelijk te worden ingediend')),
    apply(s, action) {
      const on = pastDay(s, action.on, 'on');
      const channel = oneOf(action.channel, WRITTEN_CHANNELS, 'channel', 'Kies hoe de schriftelijke klacht binnenkwam');
      return {
        workflow: { writtenReceipt: { on, channel } },
        summary: `Klacht schriftelijk ontvangen op ${dutchDay(on)} (${CHANNEL_LABELS[channel].toLowerCase()}); de termijnen lopen vanaf die dag`,
      };
    },
  },

  acknowledge: {
    available: (s) =>
      whileOpen(s) ?? (s.workflow.acknowledgement ? hide(`De ontvangst is al bevestigd op ${dutchDay(s.workflow.acknowledgement.sentOn)}`) : null),
    apply(s, action) {
      const sentOn = pastDay(s, action.sentOn, 'sentOn');
      const method = sendMethod(action.method);
      return {
        workflow: { acknowledgement: { sentOn, method } },
        ...(s.stage === 'registered' ? { to: 'acknowledged' as const } : {}),
        summary: sentText('Ontvangstbevestiging', sentOn, method),
      };
    },
  },

  accept_late: {
    available: (s) => firstRefusal(s, whileOpen, late),
    apply(s, action) {
      const on = pastDay(s, action.on, 'on');
      const reason = reasonOf(action.reason, 'Vul in waarom de klacht toch in behandeling wordt genomen');
      return { workflow: { lateAcceptance: { on, reason } }, summary: `Na de indieningstermijn ingediend, toch in behandeling genomen: ${reason}` };
    },
  },

  declare_inadmissible: {
    available: (s) => firstRefusal(s, whileOpen, late, (x) => (x.workflow.judgement ? hide('De klacht is al beoordeeld') : null)),
    apply(s, action) {
      const on = pastDay(s, action.on, 'on');
      const reason = reasonOf(action.reason, 'Vul in waarom de klacht niet-ontvankelijk is');
      return {
        workflow: { inadmissible: { on, reason }, ...ending(s, on) },
        to: 'inadmissible',
        summary: `Niet-ontvankelijk verklaard: ${reason}`,
      };
    },
  },

  assess_seriousness: {
    available: (s) =>
      firstRefusal(s, procedureHas('informalResolution', 'Deze klachtenregeling kent geen oplossing bij het eerste contact'), whileOpen, beforeHandling),
    apply(s, action) {
      if (typeof action.serious !== 'boolean') throw new WorkflowError('Kies of de klacht ernstig is', 'serious');
      const notes = optionalText(action.notes);
      return {
        workflow: { seriousness: { serious: action.serious, on: s.today, notes } },
        summary: (action.serious ? SERIOUS : NOT_SERIOUS) + (notes ? `: ${notes}` : ''),
      };
    },
  },

  settle_informally: {
    available: (s) =>
      firstRefusal(
        s,
        procedureHas('informalResolution', 'Deze klachtenregeling kent geen oplossing bij het eerste contact'),
        whileOpen,
        beforeHandling,
        whileAdmissibilityDecided,
        // 000: "als er sprake is van een dusdanig ernstige klacht die aanpassing van de werkwijze vergt, nemen wij jouw klacht verder in behandeling".
        (x) =>
          x.workflow.seriousness?.serious
            ? refuse('Een ernstige klacht, die aanpassing van de werkwijze vraagt, wordt niet bij het eerste contact afgehandeld: neem hem verder in behandeling')
            : null,
      ),
    apply(s, action) {
      const on = pastDay(s, action.on, 'on');
      const agreement = requiredText(action.agreement, 'agreement', 'Leg vast wat met de klant is afgesproken');
      return { workflow: { informalSettlement: { on, agreement } }, to: 'settled', summary: `Samen met de klant opgelost: ${agreement}` };
    },
  },

  send_further_handling: {
    available: (s) =>
      firstRefusal(
        s,
        (x) => (x.procedure.terms.furtherHandling ? null : hide('Deze klachtenregeling kent geen apart bericht over de verdere afhandeling')),
        whileOpen,
        whileNotSettled,
        untilRecorded((w) => w.furtherHandlingMessage, 'Het bericht over de verdere afhandeling is al verstuurd'),
        (x) => (x.workflow.acknowledgement ? null : refuse('Bevestig eerst de ontvangst van de klacht')),
        whileAdmissibilityDecided,
      ),
    apply(s, action) {
      const sentOn = pastDay(s, action.sentOn, 'sentOn');
      const method = sendMethod(action.method);
      // Without an owner to assign, this message is where handling starts (one-person offices).
      const starts = !s.procedure.steps.ownerAssignment && (s.stage === 'registered' || s.stage === 'acknowledged');
      return {
        workflow: { furtherHandlingMessage: { sentOn, method } },
        ...(starts ? { to: 'in_progress' as const } : {}),
        summary: sentText('Bericht over de verdere afhandeling', sentOn, method),
      };
    },
  },

  withdraw: {
    available: whileOpen,
    apply(s, action) {
      const on = pastDay(s, action.on, 'on');
      const reason = reasonOf(action.reason, 'Vul in hoe of waarom de klant de klacht introk');
      return { workflow: { withdrawn: { on, reason }, ...ending(s, on) }, to: 'withdrawn', summary: `Klacht ingetrokken: ${reason}` };
    },
  },
} satisfies Partial<SpecMap>;
