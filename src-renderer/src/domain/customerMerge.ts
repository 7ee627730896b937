/**
 * Merging a duplicate customer into the one that is kept: which details win.
 * Pure; the customer repository moves complaints and files and records it.
 */
import { changedFieldsText } from './eventText';
import type { Customer, FieldChange } from './model';
import { EDITABLE_CUSTOMER_FIELDS, pickFields } from './records';
import { toDutchDateTimeInput } from './dates';
import { countOf } from './dutchNumber';

export type CustomerMergeField = (typeof EDITABLE_CUSTOMER_FIELDS)[number];
/** Per detail: keep the kept customer's value, or take the merged one's. */
export type CustomerMergeChoice = 'keep' | 'merge';
export type CustomerMergeChoices = Partial<Record<CustomerMergeField, CustomerMergeChoice>>;

export const MERGE_SELF = 'Een klant kan niet met zichzelf worden samengevoegd. Kies de dubbele klant.';

// "Geen voorkeur" as salutation says as little as an empty field: a known one is more complete.
const blank = (field: CustomerMergeField, value: unknown) => value === '' || value === null || value === undefined || (field === 'salutation' && value === 'neutral');

/** Where both are filled in, the longer name or street is the more complete one ("Jan de Vries" over "J. de Vries"). */
const FULLER_WHEN_LONGER: ReadonlySet<CustomerMergeField> = new Set(['name', 'street']);

/**
 * Which value of a detail a merge keeps unless the user chooses: the more
 * complete one. The kept customer's, unless it is empty (or "Geen voorkeur")
 * and the merged one is not, or for a name or street, shorter.
 */
export function defaultMergeChoice(field: CustomerMergeField, keep: Customer, merged: Customer): CustomerMergeChoice {
  const kept = keep[field];
  const other = merged[field];
  if (blank(field, other)) return 'keep';
  if (blank(field, kept)) return 'merge';
  return FULLER_WHEN_LONGER.has(field) && String(other).trim().length > String(kept).trim().length ? 'merge' : 'keep';
}

/**
 * The kept customer's editable details after the merge: per detail the
 * choice made, else the more complete value (defaultMergeChoice), so a merge
 * loses nothing nobody chose to drop.
 */
export function mergedDetails(keep: Customer, merged: Customer, choices: CustomerMergeChoices): Pick<Customer, CustomerMergeField> {
  const details = pickFields(keep, EDITABLE_CUSTOMER_FIELDS);
  for (const field of EDITABLE_CUSTOMER_FIELDS) {
    const choice = choices[field] ?? defaultMergeChoice(field, keep, merged);
    if (choice === 'merge') Object.assign(details, { [field]: merged[field] });
  }
  return details;
}

type Named = Pick<Customer, 'name'> & Partial<Pick<Customer, 'customerNumber' | 'phone' | 'email' | 'postcode' | 'city' | 'createdAt'>>;

/** What tells two customers apart when they carry the same name, in the order a desk would say it. */
const DISTINGUISHING: readonly ((customer: Named) => string)[] = [
  (c) => (c.customerNumber ? `klantnr. ${c.customerNumber}` : ''),
  (c) => c.phone ?? '',
  (c) => c.email ?? '',
  (c) => [c.postcode, c.city].filter(Boolean).join(' '),
  (c) => (c.createdAt ? `aangemaakt ${toDutchDateTimeInput(c.createdAt)}` : ''),
];

/** Both customers' names as the history writes them; the same name twice gets the first detail that differs. */
function distinctNames(merged: Named, kept: Named): { merged: string; kept: string } {
  const quoted = (name: string) => `„${name}”`;
  if (merged.name.trim() !== kept.name.trim()) return { merged: quoted(merged.name), kept: quoted(kept.name) };
  const detail = DISTINGUISHING.find((of) => of(merged) !== of(kept)) ?? (() => '');
  const named = (customer: Named) => (detail(customer) ? `${quoted(customer.name)} (${detail(customer)})` : quoted(customer.name));
  return { merged: named(merged), kept: named(kept) };
}

export interface MergeSummary {
  merged: Named;
  kept: Named;
  complaints: number;
  attachments: number;
  /** The kept customer's details that changed. */
  details: readonly FieldChange[];
}

/** Klant „J. de Vries” samengevoegd met „Jan de Vries”: 2 klachten en 1 bestand verplaatst; overgenomen: telefoon */
export function customersMergedText({ merged, kept, complaints, attachments, details }: MergeSummary): string {
  const moved = `${countOf(complaints, 'klacht', 'klachten')} en ${countOf(attachments, 'bestand', 'bestanden')} verplaatst`;
  const taken = details.length > 0 ? `; overgenomen: ${changedFieldsText(details)}` : '';
  const names = distinctNames(merged, kept);
  return `Klant ${names.merged} samengevoegd met ${names.kept}: ${moved}${taken}`;
}

/** On each complaint that moved: Klant „J. de Vries” samengevoegd met „Jan de Vries”; de klacht hoort nu bij „Jan de Vries” */
export function complaintMovedText(merged: Named, kept: Named): string {
  const names = distinctNames(merged, kept);
  return `Klant ${names.merged} samengevoegd met ${names.kept}; de klacht hoort nu bij ${names.kept}`;
}
