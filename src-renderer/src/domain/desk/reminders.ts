/**
 * Reminders of terms: a term is worth a warning from the day it falls due,
 * once per person, not on every start. Pure: the repository hands in what is
 * open and what was already said; this decides what is new and how it reads.
 */
import { dutchDay } from '../workflow/spec';
import { DEADLINE_KIND_LABELS } from '../workflowLabels';
import type { DeadlineKind, OpenDeadline, Staff } from '../model';

/** More new terms than this at once read as one summary, not a stack of notifications. */
export const MAX_SEPARATE_REMINDERS = 3;

/** Whose terms a person is reminded of: a coordinator watches all, an owner their own, others none. */
export type ReminderScope = { all: true } | { ownerId: string } | null;

export function reminderScope(person: Pick<Staff, 'id' | 'roles'>): ReminderScope {
  if (person.roles.includes('coordinator')) return { all: true };
  if (person.roles.includes('owner')) return { ownerId: person.id };
  return null;
}

export const notifiedId = (staffId: string, deadlineId: string) => `${staffId}|${deadlineId}`;

/**
 * Which of the due terms (due today or before) are new to this person, and
 * which of their earlier reminders are for terms no longer due: met, moved or
 * gone. A term moved to a later day counts as new again once that day comes.
 */
export function sortOutReminders(
  due: readonly Pick<OpenDeadline, 'id' | 'dueOn'>[],
  notified: ReadonlyMap<string, string>,
): { fresh: string[]; stale: string[] } {
  const dueNow = new Set(due.map((term) => term.id));
  // Moved earlier (a closing day taken back) it was already said; moved later, its new day is news.
  const fresh = due.filter((term) => {
    const said = notified.get(term.id);
    return said === undefined || term.dueOn > said;
  }).map((term) => term.id);
  const stale = [...notified.keys()].filter((deadlineId) => !dueNow.has(deadlineId));
  return { fresh, stale };
}

export interface ReminderTerm {
  /** The open-deadline row's id. */
  id: string;
  complaintId: string;
  kind: DeadlineKind;
  itemId: string | null;
  dueOn: string;
  reference: string;
  customerName: string;
}

export interface ReminderMessage {
  title: string;
  /** Without the customer's name: a system notification can show on a locked screen. */
  body: string;
  /** With the customer's name, for inside the app. */
  detail: string;
  /** The terms this message tells of: marked as said once the person has seen it. */
  deadlines: { id: string; dueOn: string }[];
  /** The card at the term's step; null: the desk (a summary of several). */
  target: { complaintId: string; kind: DeadlineKind; itemId: string | null } | null;
}

/** The terms new to a person: how many, how many of those are past their day, and (when few) the terms themselves. */
export interface ReminderBatch {
  count: number;
  late: number;
  /** Filled only when there are at most MAX_SEPARATE_REMINDERS; most overdue first. */
  terms: ReminderTerm[];
  /** Every new term, to mark as said. */
  deadlines: { id: string; dueOn: string }[];
  /** Earlier reminders of terms no longer due, to forget. */
  stale: string[];
}

/**
 * What the person is told about the new terms: one message per term when
 * there are a few, else one summary that sends them to the desk.
 */
export function reminderMessages(batch: ReminderBatch, today: string): ReminderMessage[] {
  if (batch.count === 0) return [];
  if (batch.count > MAX_SEPARATE_REMINDERS || batch.terms.length < batch.count) {
    const dueToday = batch.count - batch.late;
    const parts = [batch.late > 0 ? `${batch.late} verlopen` : '', dueToday > 0 ? `${dueToday} vandaag` : ''].filter(Boolean);
    const body = `${parts.join(', ')}. Op het bureau staan ze per soort.`;
    return [{ title: `${batch.count} termijnen vragen aandacht`, body, detail: body, deadlines: batch.deadlines, target: null }];
  }
  return batch.terms.map((term) => {
    const due = term.dueOn < today ? `Uiterlijk ${dutchDay(term.dueOn)}.` : 'Uiterlijk vandaag.';
    return {
      title: `${term.dueOn < today ? 'Termijn verlopen' : 'Termijn vandaag'}: ${DEADLINE_KIND_LABELS[term.kind]}`,
      body: `${term.reference}. ${due}`,
      detail: `${term.reference}, ${term.customerName}. ${due}`,
      deadlines: [{ id: term.id, dueOn: term.dueOn }],
      target: { complaintId: term.complaintId, kind: term.kind, itemId: term.itemId },
    };
  });
}
