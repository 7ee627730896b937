import { tokenize } from '../text';

/**
 * Finds the employee named in a complaint who is this staff member, or null.
 * Complaints name people as the customer knows them ("Piet", "mevrouw De
 * Vries"), so a mention matches when each of its words (titles and particles
 * left out) is a word of the staff name, compared without case or accents.
 * Refusing a namesake is cheaper than letting an involved employee judge.
 */
export type InvolvedCheck = (staffName: string, employeesInvolved: readonly string[]) => string | null;

// Titles and name particles ("de heer", "van der") say nothing about who it is.
const NOT_A_NAME = new Set(['mevrouw', 'mevr', 'mw', 'meneer', 'heer', 'dhr', 'mr', 'de', 'van', 'der', 'den', 'het', 'ter', 'ten', 'in', 't']);

function words(name: string): string[] {
  return tokenize(name).filter((word) => !NOT_A_NAME.has(word));
}

export const findInvolved: InvolvedCheck = (staffName, employeesInvolved) => {
  const staffWords = new Set(words(staffName));
  if (staffWords.size === 0) return null;
  for (const mention of employeesInvolved) {
    const mentioned = words(mention);
    if (mentioned.length > 0 && mentioned.every((word) => staffWords.has(word))) return mention;
  }
  return null;
};
