/**
 * The cause categories an office starts with (Instellingen → Maatregelen):
 * broad enough for a craft business, a care provider and a service office
 * alike, so the analysis can count causes from the first complaint on.
 */
export const DEFAULT_CAUSE_CATEGORIES: readonly string[] = [
  'Communicatie en informatie',
  'Afspraken en planning',
  'Kwaliteit van product of uitvoering',
  'Werkwijze of procedure',
  'Bejegening',
  'Kennis en vaardigheden',
  'Materiaal, systemen of leverancier',
  'Prijs en facturatie',
  'Overig',
];

/** The office's list as it will be stored: trimmed, without blanks or duplicates, in the given order. */
export function cleanCauseCategories(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of list) {
    const name = raw.trim();
    const key = name.toLocaleLowerCase('nl');
    if (name === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
