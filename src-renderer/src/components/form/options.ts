import { CHANNEL_LABELS, SALUTATION_LABELS } from '../../domain/labels';
import { CHANNELS, SALUTATIONS } from '../../domain/model';

export const CHANNEL_OPTIONS = CHANNELS.map((value) => ({ value, label: CHANNEL_LABELS[value] }));
export const SALUTATION_OPTIONS = SALUTATIONS.map((value) => ({ value, label: SALUTATION_LABELS[value] }));

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
