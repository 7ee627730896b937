/**
 * A procedure's own texts (how to submit, what to do when not satisfied, what
 * each body does) are written in one form of address, the procedure's; the
 * office may write its letters in the other. Quoted as typed, a "je" letter
 * would say "uw klacht" halfway through. This rewrites such a text into the
 * letter's form: pronouns, possessives and the verb that goes with an inverted
 * subject ("Bent u" ↔ "Ben je"). It knows the words complaint texts use; a
 * word it does not know stays as typed.
 */
import type { FormOfAddress } from '../domain/procedure';

/** The verb before an inverted "u" and before an inverted "je": "kunt u" ↔ "kun je". */
const INVERTED: readonly (readonly [string, string])[] = [
  ['bent', 'ben'],
  ['kunt', 'kun'],
  ['hebt', 'heb'],
  ['heeft', 'heb'],
  ['wilt', 'wil'],
  ['krijgt', 'krijg'],
  ['ontvangt', 'ontvang'],
  ['wordt', 'word'],
  ['vindt', 'vind'],
  ['neemt', 'neem'],
  ['zult', 'zul'],
  ['gaat', 'ga'],
  ['komt', 'kom'],
];
/** "u heeft" and "heeft u" are both right; with "je" only "hebt"/"heb" is. */
const U_TO_JE_VERB = new Map(INVERTED.map(([u, je]) => [u, je]));
const JE_TO_U_VERB = new Map(INVERTED.filter(([u]) => u !== 'heeft').map(([u, je]) => [je, u]));

/**
 * Words after which "je" is the person, not "your": verbs, articles,
 * pronouns, adverbs and prepositions ("dat je een klacht", "brengen je in
 * contact", "ondersteunt je ook"). Before any other word it is "your".
 */
const AFTER_PERSONAL_JE = new Set([
  ...INVERTED.map(([u]) => u),
  ...['kan', 'mag', 'moet', 'zal', 'zou', 'wil', 'weet', 'hoort', 'krijgt', 'ontvangt', 'stuurt', 'mailt', 'belt', 'vraagt', 'wenst', 'hoeft', 'bent', 'was', 'had'],
  ...['een', 'de', 'het', 'dat', 'dit', 'die', 'deze', 'er', 'daar', 'hier', 'daarover', 'daarbij', 'daarmee', 'hiervan', 'hierover'],
  ...['ook', 'niet', 'nog', 'al', 'dan', 'graag', 'altijd', 'zelf', 'eerst', 'daarna', 'meteen', 'direct', 'kosteloos', 'gratis', 'schriftelijk', 'telefonisch', 'mondeling', 'zo', 'snel', 'zeker', 'wel', 'pas', 'binnen', 'uiterlijk', 'eventueel'],
  ...['in', 'op', 'aan', 'met', 'bij', 'tot', 'voor', 'van', 'over', 'om', 'per', 'naar', 'uit', 'door', 'na', 'zonder', 'tegen'],
  ...['ons', 'hem', 'haar', 'hen', 'hun', 'iets', 'iemand', 'alles', 'u', 'je', 'zich'],
]);

/** Verbs used with "zich"/"je" of the person themselves: "kunt u zich wenden" ↔ "kun je je wenden". */
const REFLEXIVE = ['wenden', 'richten', 'melden', 'aanmelden', 'afmelden', 'laten', 'voelen', 'vergissen', 'houden', 'beroepen'];

const capitalised = (word: string) => word.charAt(0) === word.charAt(0).toUpperCase() && word.charAt(0) !== word.charAt(0).toLowerCase();
const withCase = (like: string, word: string) => (capitalised(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word);

/** Whole words only: no letter (accented too) either side, and no part of an e-mail address or domain. */
const word = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}@.])${pattern}(?![\\p{L}\\p{N}@]|\\.[\\p{L}\\p{N}])`, 'gu');

function uToJe(text: string): string {
  return text
    .replace(word(`(\\p{L}+) ([Uu])`), (whole, verb: string) => {
      const je = U_TO_JE_VERB.get(verb.toLowerCase());
      return je ? `${withCase(verb, je)} je` : whole;
    })
    .replace(word('([Uu]) heeft'), (_w, u: string) => `${withCase(u, 'je')} hebt`)
    .replace(word('het uwe'), 'het jouwe')
    .replace(word('[Uu]w'), (uw) => withCase(uw, 'je'))
    .replace(word('[Uu]'), (u) => withCase(u, 'je'))
    // "u zich" is always the reader: "dat je je tot de rechter wendt".
    .replace(word('([Jj]e) zich'), (_w, je: string) => `${je} je`);
}

function jeToU(text: string): string {
  return text
    .replace(word(`(\\p{L}+) ([Jj]e)`), (whole, verb: string) => {
      const u = JE_TO_U_VERB.get(verb.toLowerCase());
      return u ? `${withCase(verb, u)} u` : whole;
    })
    .replace(word(`u [Jj]e(?= (?:${REFLEXIVE.join('|')}|tot|aan)(?![\\p{L}]))`), 'u zich')
    .replace(word('het jouwe'), 'het uwe')
    .replace(word('[Jj]ouw'), (jouw) => withCase(jouw, 'uw'))
    .replace(word('[Jj]ij|[Jj]ou'), (jij) => withCase(jij, 'u'))
    .replace(word('([Jj]e)(?= (\\p{L}+)|[^\\p{L}]|$)'), (je: string, _j: string, next: string | undefined) => withCase(je, next === undefined || AFTER_PERSONAL_JE.has(next.toLowerCase()) ? 'u' : 'uw'));
}

/** `text`, written in `from`, as it reads in `to`. */
export function inFormOfAddress(text: string, from: FormOfAddress, to: FormOfAddress): string {
  if (from === to) return text;
  return to === 'je' ? uToJe(text) : jeToU(text);
}
