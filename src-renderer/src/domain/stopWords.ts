/**
 * Dutch function words left out of the search index for free text (summary,
 * category): they are in nearly every complaint, so they would match
 * everything. Names keep them: "de" in "de Vries" is part of the name.
 */
export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set([
  'aan', 'al', 'als', 'bij', 'dan', 'dat', 'de', 'den', 'der', 'des', 'die', 'dit', 'door', 'een', 'en',
  'er', 'had', 'heb', 'heeft', 'het', 'hij', 'hun', 'ik', 'in', 'is', 'je', 'maar', 'me', 'met', 'mij',
  'mijn', 'na', 'naar', 'nog', 'of', 'om', 'ons', 'onze', 'ook', 'op', 'over', 'te', 'ten', 'ter', 'tot',
  'toe', 'u', 'uit', 'uw', 'van', 'voor', 'was', 'wat', 'we', 'wel', 'werd', 'wij', 'wordt', 'zal', 'ze',
  'zich', 'zij', 'zijn', 'zo',
]);
