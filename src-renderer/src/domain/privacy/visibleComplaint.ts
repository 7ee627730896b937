/**
 * What a row of a confidential complaint shows to someone who may not read
 * it: the words "Vertrouwelijke klacht" where the customer's name stood, and
 * no content. Reference, status, owner and terms are left as they are: the
 * office must still see that a term runs and whom to ask.
 */
import type { Deadline } from '../model';
import { searchTermsForComplaint } from '../search';
import { DEADLINE_KIND_LABELS } from '../workflowLabels';

export const CONFIDENTIAL_COMPLAINT = 'Vertrouwelijke klacht';

/** Text fields of a complaint (or a row copied from one) that say who complained or about what. */
const CONTENT_TEXT = ['summary', 'description', 'category', 'productOrService', 'remedySought', 'problemArisenOn'] as const;
/** Lists that hold names or words of the complaint. */
const CONTENT_LISTS = ['employeesInvolved', 'searchTerms', 'searchKeys'] as const;

export type Concealed<T> = T & { concealed: boolean };

/** The row as this viewer may see it; `concealed` tells the screen to say why the name is missing. */
export function visibleRow<T extends { customerName: string }>(row: T, readable: boolean): Concealed<T> {
  if (readable) return { ...row, concealed: false };
  const copy: Record<string, unknown> = { ...row, customerName: CONFIDENTIAL_COMPLAINT, concealed: true };
  for (const field of CONTENT_TEXT) if (field in copy) copy[field] = '';
  for (const field of CONTENT_LISTS) if (field in copy) copy[field] = [];
  return copy as Concealed<T>;
}

/**
 * The search terms of a complaint that someone who may not read it can find
 * it by: its references, never the name or words of the complaint.
 */
export function openSearchTerms(complaint: { reference: string; formerReferences?: string[] | undefined }): string[] {
  const onlyReferences = { reference: complaint.reference, formerReferences: complaint.formerReferences ?? [], summary: '', category: '', productOrService: '', employeesInvolved: [] };
  return searchTermsForComplaint(onlyReferences, null);
}

/** Terms as anyone may see them: the kind of term and its day, not the measure a corrective-action term is named after. */
export function openTerms(deadlines: readonly Deadline[]): Deadline[] {
  return deadlines.map((deadline) => ({ ...deadline, label: DEADLINE_KIND_LABELS[deadline.kind] }));
}
