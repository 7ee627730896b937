/**
 * Merging a duplicate customer into the one that is kept: which details win.
 * Pure; the customer repository moves complaints and files and records it.
 */
import { changedFieldsText } from './eventText';
import type { Customer, FieldChange } from './model';
import { EDITABLE_CUSTOMER_FIELDS, pickFields } from './records';

export type CustomerMergeField = (typeof EDITABLE_CUSTOMER_FIELDS)[number];
/** Per detail: keep the kept customer's value, or take the merged one's. */
export type CustomerMergeChoice = 'keep' | 'merge';
export type CustomerMergeChoices = Partial<Record<CustomerMergeField, CustomerMergeChoice>>;

export const MERGE_SELF = 'Een klant kan niet met zichzelf worden samengevoegd. Kies de dubbele klant.';

const blank = (value: unknown) => value === '' || value === null || value === undefined;

/**
 * The kept customer's editable details after the merge. A detail without a
 * choice keeps the kept customer's value, unless that is empty and the merged
 * one is not: a merge loses nothing nobody chose to drop.
 */
export function mergedDetails(keep: Customer, merged: Customer, choices: CustomerMergeChoices): Pick<Customer, CustomerMergeField> {
  const details = pickFields(keep, EDITABLE_CUSTOMER_FIELDS);
  for (const field of EDITABLE_CUSTOMER_FIELDS) {
    const choice = choices[field] ?? (blank(keep[field]) && !blank(merged[field]) ? 'merge' : 'keep');
    if (choice === 'merge') Object.assign(details, { [field]: merged[field] });
  }
  return details;
}

const counted = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export interface MergeSummary {
  merged: Pick<Customer, 'name'>;
  kept: Pick<Customer, 'name'>;
  complaints: number;
  attachments: number;
  /** The kept customer's details that changed. */
  details: readonly FieldChange[];
}

/** Klant „J. de Vries” samengevoegd met „Jan de Vries”: 2 klachten en 1 bestand verplaatst; overgenomen: telefoon */
export function customersMergedText({ merged, kept, complaints, attachments, details }: MergeSummary): string {
  const moved = `${counted(complaints, 'klacht', 'klachten')} en ${counted(attachments, 'bestand', 'bestanden')} verplaatst`;
  const taken = details.length > 0 ? `; overgenomen: ${changedFieldsText(details)}` : '';
  return `Klant „${merged.name}” samengevoegd met „${kept.name}”: ${moved}${taken}`;
}

/** On each complaint that moved: Klant „J. de Vries” samengevoegd met „Jan de Vries”; de klacht hoort nu bij „Jan de Vries” */
export function complaintMovedText(merged: Pick<Customer, 'name'>, kept: Pick<Customer, 'name'>): string {
  return `Klant „${merged.name}” samengevoegd met „${kept.name}”; de klacht hoort nu bij „${kept.name}”`;
}
