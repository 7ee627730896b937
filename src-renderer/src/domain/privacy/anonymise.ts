/**
 * What anonymising a file whose retention term has passed keeps and what it
 * removes. Kept is what the analysis of complaints needs: dates, category,
 * channel, verdict, the terms met, measures and satisfaction. Removed: the
 * customer's name and contact data (the link to the customer goes), every
 * free text written about the case, and the letters and files (see
 * removalPlan). The reference stays: the removal register names it.
 */
import { redactedSeal } from '../journal/seal';
import { EVENT_LABELS } from '../labels';
import type { Complaint, ComplaintEvent, ComplaintWorkflow } from '../model';
import { searchKeysOf, searchTermsForComplaint } from '../search';

export function anonymisedWorkflow(w: ComplaintWorkflow): ComplaintWorkflow {
  return {
    ...w,
    extension: w.extension ? { ...w.extension, reason: '' } : null,
    ...(w.earlierExtensions ? { earlierExtensions: w.earlierExtensions.map((e) => ({ ...e, reason: '' })) } : {}),
    ...(w.seriousness ? { seriousness: { ...w.seriousness, notes: '' } } : {}),
    informalSettlement: w.informalSettlement ? { ...w.informalSettlement, agreement: '' } : null,
    statusChecks: w.statusChecks.map((check) => ({ ...check, discussed: '', nextStep: '' })),
    contacts: w.contacts.map((contact) => ({ ...contact, name: '', notes: '' })),
    ...(w.notHeard ? { notHeard: w.notHeard.map((item) => ({ ...item, name: '', reason: '' })) } : {}),
    managementConsultations: w.managementConsultations.map((item) => ({ ...item, notes: '' })),
    judgement: w.judgement ? { ...w.judgement, reasoning: '', judges: [] } : null,
    solution: w.solution ? { ...w.solution, description: '', thirdParty: '' } : null,
    rootCause: '',
    // The measures are what the office learned, not about the person: kept, without who carries them out.
    correctiveActions: w.correctiveActions.map((action) => ({ ...action, assignee: '' })),
    evaluation: w.evaluation ? { ...w.evaluation, notes: '' } : null,
    customerAgreement: w.customerAgreement ? { ...w.customerAgreement, notes: '' } : null,
    escalations: w.escalations.map((escalation) => ({
      ...escalation,
      outcome: '',
      notes: '',
      extension: escalation.extension ? { ...escalation.extension, reason: '' } : null,
      ...(escalation.skipped ? { skipped: { ...escalation.skipped, reason: '' } } : {}),
    })),
    lateAcceptance: w.lateAcceptance ? { ...w.lateAcceptance, reason: '' } : null,
    inadmissible: w.inadmissible ? { ...w.inadmissible, reason: '' } : null,
    withdrawn: w.withdrawn ? { ...w.withdrawn, reason: '' } : null,
    followUps: w.followUps.map((followUp) => ({ ...followUp, what: '' })),
    reopenings: w.reopenings.map((reopening) => ({ ...reopening, reason: '' })),
    // The term is carried out: nothing of the person is left to keep.
    retentionUntil: null,
  };
}

/** The complaint without its person: no customer, no free text; its search finds it by reference and category only. */
export function anonymisedComplaint(complaint: Complaint, nowIso: string): Complaint {
  const stripped: Complaint = {
    ...complaint,
    customerId: '',
    customerName: '',
    summary: '',
    description: '',
    productOrService: '',
    employeesInvolved: [],
    remedySought: '',
    workflow: anonymisedWorkflow(complaint.workflow),
    conflicts: [],
    anonymisedOn: nowIso.slice(0, 10),
    updatedAt: nowIso,
  };
  const searchTerms = searchTermsForComplaint(stripped, null);
  return { ...stripped, searchTerms, searchKeys: searchKeysOf({ searchTerms, receivedAt: stripped.receivedAt }) };
}

/**
 * An event keeps what happened, when and by which colleague; its text and
 * field changes (names, addresses, notes) go. Its id, type, moment and actor
 * stay as they were: the shared register refuses a log that changes those.
 * Its seal keeps the hash of what went, without the salt: the journal's chain
 * holds, and the hash can no longer be matched against a guessed name.
 */
export function anonymisedEvent(event: ComplaintEvent): ComplaintEvent {
  const { seal, ...rest } = event;
  const redacted = redactedSeal(seal);
  return { ...rest, customerId: null, summary: EVENT_LABELS[event.type] ?? event.type, changes: [], ...(redacted ? { seal: redacted } : {}) };
}
