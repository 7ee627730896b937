/** While handling: owner, contacts, status checks, management, extension, follow-ups and notes. */
import { newId } from '../../ids';
import { CONTACT_DIRECTIONS, CONTACT_KINDS, CONTACT_PARTIES, CUSTOMER_CONTACT_BY, MANAGEMENT_REASONS, type FollowUp } from '../../model';
import { joinClauses } from '../../sentences';
import { firstLine } from '../../text';
import {
  CONTACT_DIRECTION_LABELS,
  CONTACT_KIND_LABELS,
  CONTACT_PARTY_LABELS,
  CUSTOMER_CONTACT_BY_LABELS,
  MANAGEMENT_REASON_LABELS,
} from '../../workflowLabels';
import { responseDueOn } from '../../deadlines/terms';
import { WorkflowError } from '../errors';
import { followUpDoable } from './closingItems';
import { findInvolved } from '../involvement';
import { extensionCount, responseIsCurrent, type Situation } from '../situation';
import { agreesCustomerContact, extensionLimit, ownerMustBeUninvolved } from '../../procedures/absent';
import { managementStillToConsult } from '../ownerCannotHandle';
import {
  dutchDay,
  firstRefusal,
  hide,
  oneOf,
  procedureHas,
  optionalText,
  pastDay,
  plannedDay,
  refuse,
  requiredText,
  whileAdmissibilityDecided,
  whileNotSettled,
  whileOpen,
  withinMaxExtra,
  type SpecMap,
} from '../spec';
import { sendMethod } from './intake';
import { followUpWhat } from '../../followUp';

const notYetHandled = (s: Situation) => (s.stage === 'evaluated' ? hide('De klacht is al afgehandeld') : null);

const needsOwner = (s: Situation) =>
  s.complaint.ownerId === null ? refuse('Wijs eerst een behandelaar toe: de statuscontrole is een gesprek met de behandelaar') : null;

/** The procedure's limit on how often the response term may be extended (the Wkkgz: once). */
function extensionsLeft(s: Situation) {
  const limit = extensionLimit(s.procedure);
  const taken = extensionCount(s.workflow);
  if (limit === null || taken < limit) return null;
  return refuse(limit === 1 ? 'De termijn is al eens verlengd; dat kan maar één keer' : `De termijn is al ${taken} keer verlengd; vaker staat de klachtenregeling niet toe`);
}

/** Someone left to assign: active, not the current owner, not involved. */
function nobodyToAssign(s: Situation) {
  if (!s.staff) return null;
  const uninvolved = ownerMustBeUninvolved(s.procedure);
  const candidates = s.staff.filter(
    (member) => member.active && member.id !== s.complaint.ownerId && (!uninvolved || findInvolved(member.name, s.complaint.employeesInvolved) === null),
  );
  if (candidates.length > 0) return null;
  return refuse(uninvolved ? 'Er is geen andere actieve medewerker die niet bij deze klacht betrokken is' : 'Er is geen andere actieve medewerker');
}

/** The follow-up a contact plans (a day, or empty for none): it joins the deadlines like any follow-up. */
function contactFollowUp(s: Situation, value: string | undefined, contactOn: string, notes: string): FollowUp | null {
  if (optionalText(value) === '') return null;
  const ended = whileOpen(s);
  if (ended) throw new WorkflowError(`${ended.reason}: er kan geen vervolgafspraak meer bij`, 'followUpOn');
  const dueOn = plannedDay(s, value, 'followUpOn');
  if (dueOn < contactOn) throw new WorkflowError(`De vervolgafspraak ligt vóór het contact (${dutchDay(contactOn)})`, 'followUpOn');
  return { id: newId(), dueOn, what: firstLine(notes, 80), doneOn: null };
}

export const handlingSpecs = {
  assign_owner: {
    available: (s) => firstRefusal(s, whileOpen, whileNotSettled, notYetHandled, whileAdmissibilityDecided, nobodyToAssign),
    apply(s, action) {
      const ownerId = requiredText(action.ownerId, 'ownerId', 'Kies een behandelaar');
      const ownerName = requiredText(action.ownerName, 'ownerId', 'Kies een behandelaar');
      if (ownerId === s.complaint.ownerId) throw new WorkflowError(`${ownerName} is al de behandelaar van deze klacht`, 'ownerId');
      const involved = ownerMustBeUninvolved(s.procedure) ? (s.ctx.involvedCheck ?? findInvolved)(ownerName, s.complaint.employeesInvolved) : null;
      if (involved !== null) {
        const mentioned = involved === ownerName ? '' : ` (genoemd als „${involved}”)`;
        throw new WorkflowError(`${ownerName} is betrokken bij deze klacht en mag hem niet behandelen${mentioned}`, 'ownerId');
      }
      // 004: "spreekt af wie contact opneemt met de klant om het voortgangstraject te bespreken".
      const contactBy = agreesCustomerContact(s.procedure)
        ? oneOf(action.customerContactBy ?? '', CUSTOMER_CONTACT_BY, 'customerContactBy', 'Kies wie contact opneemt met de klant')
        : null;
      const starts = s.stage === 'registered' || s.stage === 'acknowledged';
      return {
        ownerId,
        // Whoever assigns the owner coordinates the complaint, unless someone already does.
        coordinatorId: s.complaint.coordinatorId ?? s.ctx.actor.id,
        workflow: { ownerAssignedOn: s.today, ...(contactBy ? { customerContactBy: contactBy } : {}) },
        ...(starts ? { to: 'in_progress' as const } : {}),
        summary: `Behandelaar: ${ownerName}` + (contactBy ? `; contact met de klant: ${CUSTOMER_CONTACT_BY_LABELS[contactBy].toLowerCase()}` : ''),
        eventType: 'owner_assigned',
      };
    },
  },

  log_contact: {
    available: () => null,
    apply(s, action) {
      const on = pastDay(s, action.on, 'on');
      const kind = oneOf(action.kind, CONTACT_KINDS, 'kind', 'Kies het soort contact');
      const withWhom = oneOf(action.withWhom, CONTACT_PARTIES, 'withWhom', 'Kies met wie er contact was');
      const direction = oneOf(action.direction ?? '', CONTACT_DIRECTIONS, 'direction', 'Kies of het contact inkomend of uitgaand was');
      const name = optionalText(action.name);
      const notes = requiredText(action.notes, 'notes', 'Vul in wat er besproken is');
      const followUp = contactFollowUp(s, action.followUpOn, on, notes);
      const who = name || CONTACT_PARTY_LABELS[withWhom].toLowerCase();
      const contact = { id: newId(), on, kind, withWhom, direction, name, notes, followUpId: followUp?.id ?? null };
      return {
        workflow: {
          contacts: [...s.workflow.contacts, contact],
          ...(followUp ? { followUps: [...s.workflow.followUps, followUp] } : {}),
        },
        summary: joinClauses([
          `${CONTACT_KIND_LABELS[kind]} met ${who} (${CONTACT_DIRECTION_LABELS[direction].toLowerCase()}) op ${dutchDay(on)}: ${notes}`,
          followUp && `opvolgen op ${dutchDay(followUp.dueOn)}`,
        ]),
        eventType: 'contact',
      };
    },
  },

  record_status_check: {
    available: (s) =>
      firstRefusal(
        s,
        (x) => (x.procedure.terms.statusCheckEvery ? null : hide('Deze klachtenregeling kent geen statuscontrole')),
        whileOpen,
        whileNotSettled,
        notYetHandled,
        needsOwner,
      ),
    apply(s, action) {
      const on = pastDay(s, action.on, 'on');
      const discussed = requiredText(action.discussed, 'discussed', 'Vul in wat met de behandelaar is besproken');
      const nextStep = optionalText(action.nextStep);
      const check = { id: newId(), on, ownerId: s.complaint.ownerId, discussed, nextStep };
      return {
        workflow: { statusChecks: [...s.workflow.statusChecks, check] },
        summary: joinClauses([`Statuscontrole op ${dutchDay(on)}: ${discussed}`, nextStep && `volgende stap: ${nextStep}`]),
      };
    },
  },

  report_owner_cannot_handle: {
    available: (s) =>
      firstRefusal(
        s,
        procedureHas('managementWhenOwnerCannotHandle', 'Deze klachtenregeling vraagt geen overleg met de directie als de behandelaar de klacht niet kan afhandelen'),
        whileOpen,
        whileNotSettled,
        notYetHandled,
        (x) => (x.complaint.ownerId === null ? hide('Er is nog geen behandelaar') : null),
        (x) => (managementStillToConsult(x.workflow, x.procedure) ? hide('Al gemeld: overleg nu met de directie') : null),
      ),
    apply(s, action) {
      const on = pastDay(s, action.on, 'on');
      const notes = requiredText(action.notes, 'notes', 'Vul in waarom de behandelaar de klacht niet goed kan afhandelen');
      return {
        workflow: { ownerCannotHandle: { on, notes } },
        summary: `Behandelaar kan de klacht niet goed afhandelen (${dutchDay(on)}): ${notes}. Overleg met de directie hoe verder te handelen`,
      };
    },
  },

  consult_management: {
    available: (s) =>
      firstRefusal(
        s,
        ({ procedure: { steps } }) =>
          steps.managementOnMaterialInterest || steps.managementWhenOwnerCannotHandle
            ? null
            : hide('Deze klachtenregeling vraagt geen overleg met de directie'),
        whileOpen,
      ),
    apply(s, action) {
      const on = pastDay(s, action.on, 'on');
      const reason = oneOf(action.reason, MANAGEMENT_REASONS, 'reason', 'Kies waarom de directie is geraadpleegd');
      const notes = requiredText(action.notes, 'notes', 'Vul de uitkomst van het overleg in');
      return {
        workflow: { managementConsultations: [...s.workflow.managementConsultations, { id: newId(), on, reason, notes }] },
        summary: `Overleg met de directie (${MANAGEMENT_REASON_LABELS[reason].toLowerCase()}): ${notes}`,
      };
    },
  },

  extend: {
    available: (s) =>
      firstRefusal(
        s,
        (x) => (x.procedure.terms.extension.allowed ? null : hide('Deze klachtenregeling staat geen verlenging van de termijn toe')),
        (x) => (x.procedure.terms.response ? null : hide('Deze klachtenregeling kent geen termijn voor de reactie')),
        whileOpen,
        whileNotSettled,
        (x) => (responseIsCurrent(x.workflow) ? hide('De reactie is al verstuurd') : null),
        extensionsLeft,
      ),
    apply(s, action) {
      const reason = requiredText(action.reason, 'reason', 'Vul in waarom meer tijd nodig is');
      const newDueOn = plannedDay(s, action.newDueOn, 'newDueOn');
      const { maxExtra, noticeRequired } = s.procedure.terms.extension;
      // A further extension runs from the day the last one set.
      const original = s.workflow.extension?.newDueOn ?? responseDueOn(s.complaint, s.procedure, s.calendar) ?? s.today;
      if (newDueOn <= original) {
        throw new WorkflowError(`De nieuwe datum moet na de huidige uiterste datum (${dutchDay(original)}) liggen`, 'newDueOn');
      }
      withinMaxExtra(s, original, newDueOn, maxExtra);
      const sentOn = pastDay(s, action.notice?.sentOn, 'notice.sentOn');
      // Refused, not warned: a notice after the term has passed is no extension, the term was simply missed.
      if (noticeRequired && sentOn > original) {
        throw new WorkflowError(
          `Het bericht dat er meer tijd nodig is moest binnen de termijn, uiterlijk ${dutchDay(original)}, naar de klant. ` +
            'Verlengen kan nu niet meer: stuur de reactie zo snel mogelijk.',
          'notice.sentOn',
        );
      }
      const method = sendMethod(action.notice?.method ?? '');
      return {
        workflow: {
          extension: { reason, newDueOn, notice: { sentOn, method } },
          ...(s.workflow.extension ? { earlierExtensions: [...(s.workflow.earlierExtensions ?? []), s.workflow.extension] } : {}),
        },
        summary: `Termijn voor de reactie verlengd tot ${dutchDay(newDueOn)} (klant bericht op ${dutchDay(sentOn)}): ${reason}`,
        eventType: 'deadline_extended',
      };
    },
  },

  add_follow_up: {
    available: whileOpen,
    apply(s, action) {
      const dueOn = plannedDay(s, action.dueOn, 'dueOn');
      const what = requiredText(action.what, 'what', 'Vul in wat er moet gebeuren');
      return {
        workflow: { followUps: [...s.workflow.followUps, { id: newId(), dueOn, what, doneOn: null }] },
        summary: `Opvolging op ${dutchDay(dueOn)}: ${what}`,
      };
    },
  },

  complete_follow_up: {
    available: (s) =>
      s.workflow.followUps.some((f) => followUpDoable(s.complaint.status, f)) ? null : (whileOpen(s) ?? hide('Er staat geen opvolging open')),
    apply(s, action) {
      const followUp = s.workflow.followUps.find((f) => f.id === action.id && followUpDoable(s.complaint.status, f));
      if (!followUp) throw new WorkflowError('Deze opvolging bestaat niet of is al gedaan', 'id');
      const on = pastDay(s, action.on, 'on');
      return {
        workflow: { followUps: s.workflow.followUps.map((f) => (f === followUp ? { ...f, doneOn: on } : f)) },
        summary: `Opvolging gedaan op ${dutchDay(on)}: ${followUpWhat(followUp)}`,
      };
    },
  },

  add_note: {
    available: () => null,
    apply(_s, action) {
      const text = requiredText(action.text, 'text', 'Vul de notitie in');
      return { summary: text, eventType: 'note' };
    },
  },
} satisfies Partial<SpecMap>;
