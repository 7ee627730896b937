import { CHANNEL_LABELS, SALUTATION_LABELS } from '../../domain/labels';
import { COUNTRIES, COUNTRY_LABELS } from '../../domain/countries';
import { CHANNELS, SALUTATIONS } from '../../domain/model';

/** A select's options: each code with its Dutch label. */
export function optionsOf<T extends string>(values: readonly T[], labels: Readonly<Record<T, string>>): { value: T; label: string }[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

export const CHANNEL_OPTIONS = optionsOf(CHANNELS, CHANNEL_LABELS);
export const SALUTATION_OPTIONS = optionsOf(SALUTATIONS, SALUTATION_LABELS);
export const COUNTRY_OPTIONS = optionsOf(COUNTRIES, COUNTRY_LABELS);

/** The seriousness question (000), asked the same at the intake and on the card. */
export const SERIOUSNESS_OPTIONS = [
  { value: 'no', label: 'Nee: samen met de klant naar een oplossing zoeken kan' },
  { value: 'yes', label: 'Ja: de klacht vraagt aanpassing van de werkwijze' },
];

/** Suggestions only: an office may type any category of its own. */
export const CATEGORY_SUGGESTIONS = [
  'Bejegening',
  'Communicatie',
  'Factuur en betaling',
  'Kwaliteit product',
  'Kwaliteit dienstverlening',
  'Levering en planning',
  'Wachttijd',
  'Privacy',
  'Overig',
];
