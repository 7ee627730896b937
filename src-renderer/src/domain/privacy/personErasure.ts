/**
 * A person's request to erase their data (AVG art. 17): which of their
 * complaints may lose the person now and which must be kept, with the reason
 * in Dutch. A complaint that still runs is kept (its handling needs the
 * person), and so is an ended one inside its procedure's retention term (the
 * regeling promises to keep it, art. 17(3)(b) and (e)). Everything else is
 * anonymised as retention does; the customer record and the files on the card
 * go only when no complaint of theirs is kept.
 */
import { longDutchDate } from '../dates';
import { countOf } from '../dutchNumber';
import { STATUS_LABELS } from '../labels';
import type { Complaint, RemovalCounts } from '../model';
import type { Procedure } from '../procedure';
import { dutchList } from '../text';
import { endedOn } from '../workflow/situation';
import { retentionRule } from './retention';

export interface KeptComplaint {
  id: string;
  reference: string;
  reason: string;
}

export interface ErasureDecision {
  /** Ended and past (or without) their retention term: anonymised. */
  erasable: Complaint[];
  kept: KeptComplaint[];
  /** Why the customer record and the files on the card stay; null when they go. */
  customerKept: string | null;
}

type RuleSource = Pick<Procedure, 'name' | 'version' | 'terms'>;

function keepReason(complaint: Complaint, procedure: RuleSource | undefined, today: string): string | null {
  if (endedOn(complaint.workflow) === null) {
    return `de klacht is nog in behandeling (${STATUS_LABELS[complaint.status].toLowerCase()}); wissen kan pas als zij is afgehandeld of ingetrokken`;
  }
  const until = complaint.workflow.retentionUntil;
  if (until !== null && until >= today) {
    const rule = procedure ? retentionRule(procedure) : 'bewaartermijn van de klachtenregeling';
    return `bewaarplicht tot en met ${longDutchDate(until)} (${rule})`;
  }
  return null;
}

/** `procedures` by version id; a complaint already anonymised has no customer and never reaches this. */
export function erasureDecision(complaints: readonly Complaint[], procedures: ReadonlyMap<string, RuleSource>, today: string): ErasureDecision {
  const erasable: Complaint[] = [];
  const kept: KeptComplaint[] = [];
  for (const complaint of complaints) {
    const reason = keepReason(complaint, procedures.get(complaint.workflow.procedureVersionId), today);
    if (reason === null) erasable.push(complaint);
    else kept.push({ id: complaint.id, reference: complaint.reference, reason });
  }
  const customerKept =
    kept.length === 0
      ? null
      : `nodig zolang ${countOf(kept.length, 'klacht', 'klachten')} van deze klant bewaard ${kept.length === 1 ? 'moet' : 'moeten'} blijven (${kept.map((k) => k.reference).join(', ')})`;
  return { erasable, kept, customerKept };
}

/**
 * How the registers name a person without naming them: the office's customer
 * number, else their complaints' references. Nothing else of the person.
 */
export function personReference(customerNumber: string, references: readonly string[]): string {
  if (customerNumber.trim() !== '') return `klantnr. ${customerNumber.trim()}`;
  if (references.length > 0) return `klant van ${references.join(', ')}`;
  return 'klant zonder klantnummer of klacht';
}

export const ERASURE_RULE = 'Verzoek van de klant om gegevens te wissen (AVG art. 17)';
export const EXPORT_RULE = 'Verzoek van de klant om inzage en overdracht (AVG art. 15 en 20)';

/** The line on the customer's history: what was handed out, counted; the content is in the person's own copy. */
export function handedOutText(counts: Pick<RemovalCounts, 'complaints' | 'letters' | 'files'>): string {
  const parts = [countOf(counts.complaints, 'klacht', 'klachten'), countOf(counts.letters, 'brief', 'brieven'), countOf(counts.files, 'bestand', 'bestanden')];
  return `Gegevens verstrekt op verzoek van de klant (AVG art. 15 en 20): ${dutchList(parts)}`;
}
