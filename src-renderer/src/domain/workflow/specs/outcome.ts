/** The judgement, the response that tells it, and the solution carried out. */
import { VERDICTS } from '../../model';
import { dutchList } from '../../text';
import { VERDICT_LABELS } from '../../workflowLabels';
import { WorkflowError } from '../errors';
import { hasVerdict, ownerMustBeUninvolved } from '../../procedures/absent';
import { unheardEmployees } from '../hearing';
import { findInvolved } from '../involvement';
import { responseIsCurrent, type Situation } from '../situation';
import {
  dutchDay,
  firstRefusal,
  hide,
  oneOf,
  optionalText,
  pastDay,
  plannedDay,
  refuse,
  requiredText,
  whileAdmissibilityDecided,
  whileNotSettled,
  whileOpen,
  type SpecMap,
} from '../spec';
import { sendMethod, sentText } from './intake';

const needsJudgement = (s: Situation) =>
  s.workflow.judgement || !hasVerdict(s.procedure) ? null : refuse('Leg eerst het oordeel vast (gegrond, deels gegrond of ongegrond)');

/** What the response tells: the judgement, or without a verdict (004) the solution agreed. */
const needsOutcome = (s: Situation) =>
  hasVerdict(s.procedure) ? needsJudgement(s) : s.workflow.solution ? null : refuse('Spreek eerst een oplossing met de klant af');

const verdictInProcedure = (s: Situation) =>
  hasVerdict(s.procedure)
    ? null
    : hide('Deze klachtenregeling kent geen oordeel gegrond of ongegrond: de evaluatie en het akkoord van de klant sluiten de klacht');

const ownerFirst = (s: Situation) =>
  s.procedure.steps.ownerAssignment && s.complaint.ownerId === null
    ? refuse(ownerMustBeUninvolved(s.procedure) ? 'Wijs eerst een behandelaar toe die niet bij de klacht betrokken is' : 'Wijs eerst een behandelaar toe')
    : null;

/** Hoor en wederhoor comes before the judgement: each named employee heard, or why not recorded. */
const everyoneHeard = (s: Situation) => {
  if (!s.procedure.steps.hearBothSides) return null;
  const unheard = unheardEmployees(s.complaint);
  if (unheard.length === 0) return null;
  return refuse(
    `Hoor en wederhoor: ${dutchList(unheard)} ${unheard.length === 1 ? 'is' : 'zijn'} nog niet gehoord. ` +
      'Leg een contact met de medewerker vast, of leg vast waarom die niet gehoord is.',
  );
};

/** A judgement may be corrected until the customer has been told, and revised after reopening. */
const judgementOpen = (s: Situation) => {
  if (s.stage === 'resolved' || s.stage === 'evaluated') return hide('De klacht is al beoordeeld en afgehandeld');
  if (s.workflow.judgement && responseIsCurrent(s.workflow) && s.stage !== 'in_progress') {
    return hide('Het oordeel is al aan de klant gemeld');
  }
  return null;
};

export const outcomeSpecs = {
  record_judgement: {
    available: (s) => firstRefusal(s, verdictInProcedure, whileOpen, whileNotSettled, judgementOpen, whileAdmissibilityDecided, ownerFirst, everyoneHeard),
    apply(s, action) {
      const verdict = oneOf(action.verdict, VERDICTS, 'verdict', 'Kies gegrond, deels gegrond of ongegrond');
      const reasoning = requiredText(action.reasoning, 'reasoning', 'Geef de argumenten voor het oordeel');
      const judgedOn = pastDay(s, action.judgedOn, 'judgedOn');
      const committee = s.procedure.steps.judgedBy === 'committee';
      const judges = (action.judges ?? []).map((name) => name.trim()).filter(Boolean);
      if (judges.length === 0) {
        const message = committee ? 'Vul in welke leden van de klachtencommissie de klacht beoordeelden' : 'Vul in wie de klacht beoordeelde';
        throw new WorkflowError(message, 'judges');
      }
      // The business owner of a one-person office judges complaints about themself: there is nobody else.
      if (s.procedure.steps.judgedBy !== 'owner') {
        const check = s.ctx.involvedCheck ?? findInvolved;
        const involved = judges.find((judge) => check(judge, s.complaint.employeesInvolved) !== null);
        if (involved) throw new WorkflowError(`${involved} is betrokken bij deze klacht en mag hem niet beoordelen`, 'judges');
      }
      return {
        workflow: { judgement: { verdict, reasoning, judgedOn, judgedById: action.judgedById ?? null, judges } },
        to: 'judged',
        summary: `Oordeel: ${VERDICT_LABELS[verdict].toLowerCase()} (${judges.join(', ')}): ${reasoning}`,
      };
    },
  },

  send_response: {
    available: (s) =>
      firstRefusal(s, whileOpen, whileNotSettled, needsOutcome, (x) =>
        responseIsCurrent(x.workflow) && x.workflow.response
          ? hide(`De reactie is al verstuurd op ${dutchDay(x.workflow.response.sentOn)}`)
          : null,
      ),
    apply(s, action) {
      const sentOn = pastDay(s, action.sentOn, 'sentOn');
      const judgedOn = s.workflow.judgement?.judgedOn ?? sentOn;
      if (sentOn < judgedOn) throw new WorkflowError(`De reactie kan niet vóór het oordeel (${dutchDay(judgedOn)}) zijn verstuurd`, 'sentOn');
      const method = sendMethod(action.method);
      return { workflow: { response: { sentOn, method } }, summary: sentText('Reactie met het oordeel', sentOn, method) };
    },
  },

  record_solution: {
    available: (s) =>
      firstRefusal(s, whileOpen, whileNotSettled, needsJudgement, (x) =>
        x.workflow.solution?.carriedOutOn ? hide('De oplossing is al uitgevoerd') : null,
      ),
    apply(s, action) {
      const description = requiredText(action.description, 'description', 'Beschrijf de oplossing');
      // A repair term is asked for, not demanded: some solutions (a credit note) have none; without one there is no repair deadline.
      const agreedRepairOn = optionalText(action.agreedRepairOn) === '' ? '' : plannedDay(s, action.agreedRepairOn, 'agreedRepairOn');
      const thirdParty = optionalText(action.thirdParty);
      const parts = [
        `Oplossing afgesproken: ${description}`,
        agreedRepairOn ? `herstel uiterlijk ${dutchDay(agreedRepairOn)}` : '',
        thirdParty ? `uit te voeren door ${thirdParty}` : '',
      ];
      return {
        workflow: { solution: { description, agreedRepairOn, thirdParty, carriedOutOn: null } },
        summary: parts.filter(Boolean).join(', '),
      };
    },
  },

  complete_solution: {
    available: (s) =>
      firstRefusal(
        s,
        whileOpen,
        (x) => (x.workflow.solution ? null : hide('Er is nog geen oplossing afgesproken')),
        (x) => (x.workflow.solution?.carriedOutOn ? hide('De oplossing is al uitgevoerd') : null),
      ),
    apply(s, action) {
      const solution = s.workflow.solution;
      if (!solution) throw new WorkflowError('Er is nog geen oplossing afgesproken');
      const on = pastDay(s, action.on, 'on');
      const by = solution.thirdParty ? ` door ${solution.thirdParty}` : '';
      return {
        workflow: { solution: { ...solution, carriedOutOn: on } },
        // Without a verdict (004) carrying out the solution is what ends the handling.
        ...(s.stage === 'judged' || (!hasVerdict(s.procedure) && s.stage === 'in_progress') ? { to: 'resolved' as const } : {}),
        summary: `Oplossing uitgevoerd${by} op ${dutchDay(on)}: ${solution.description}`,
      };
    },
  },
} satisfies Partial<SpecMap>;
