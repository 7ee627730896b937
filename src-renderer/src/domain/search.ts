/**
 * Search works on normalized terms stored with each record in a multi-entry
 * index. The matching rule, for customers and complaints alike:
 *
 *   a record matches when EVERY query token is a PREFIX of SOME term of the record.
 *
 * So "verw" finds "verwarming", "celik" finds "Çelik", "0612" finds
 * "+31 6 1234 5678", and "jan vries" finds "Jan de Vries". Query and record go
 * through the same normalization; numbers people type in pieces (phone
 * numbers, postcodes, references) are glued into one token first.
 */
import type { Complaint, Customer, SearchKey } from './model';
import { normalizePhone } from './phone';
import { normalizePostcode } from './postcode';
import { padSequence, parseReference } from './reference';
import { DUTCH_STOP_WORDS } from './stopWords';
import { normalizeText, tokenize } from './text';

export type SearchableCustomer = Pick<
  Customer,
  'name' | 'customerNumber' | 'phone' | 'email' | 'street' | 'postcode' | 'city'
>;
export type SearchableComplaint = Pick<
  Complaint,
  'reference' | 'summary' | 'category' | 'productOrService' | 'employeesInvolved'
> &
  Partial<Pick<Complaint, 'formerReferences'>>;

/** Shorter terms would match almost every record and only bloat the index. */
const MIN_TERM_LENGTH = 2;

export function searchTermsForCustomer(customer: SearchableCustomer): string[] {
  const terms = [
    ...tokenize(customer.name),
    ...tokenize(customer.street),
    ...tokenize(customer.city),
    ...tokenize(customer.email),
    ...tokenize(customer.customerNumber),
    compact(customer.customerNumber),
    normalizePhone(customer.phone),
    compact(normalizePostcode(customer.postcode) ?? customer.postcode),
  ];
  return finishTerms(terms);
}

/**
 * The customer's terms other than the name: what search finds a complaint by
 * through its customer, since the complaint carries the name itself.
 */
export function detailTermsOfCustomer(customer: Pick<Customer, 'name' | 'searchTerms'>): string[] {
  const name = new Set(tokenize(customer.name));
  return customer.searchTerms.filter((term) => !name.has(term));
}

/** The terms of the customer's name, as a complaint carries them too. */
export function nameTermsOfCustomer(customer: Pick<Customer, 'name'>): string[] {
  return finishTerms(tokenize(customer.name));
}

/**
 * The description is left out on purpose: up to 10,000 characters per
 * complaint would multiply the index many times over at 100,000 complaints.
 * Of the customer only the name is copied in, the search people do most; the
 * other details (phone, e-mail, address, customer number) are found through
 * the customer's own terms and then their complaints, so they are not written
 * into the index once more for every complaint (schema version 7).
 */
export function searchTermsForComplaint(
  complaint: SearchableComplaint,
  customer: Pick<SearchableCustomer, 'name'> | null,
): string[] {
  const terms = [
    ...referenceTerms(complaint.reference),
    ...(complaint.formerReferences ?? []).flatMap(referenceTerms),
    ...freeTextTerms(complaint.summary),
    ...freeTextTerms(complaint.category),
    ...freeTextTerms(complaint.productOrService),
    ...complaint.employeesInvolved.flatMap(tokenize),
    ...(customer ? tokenize(customer.name) : []),
  ];
  return finishTerms(terms);
}

/**
 * The index entries of a complaint's terms: each term with its receipt moment,
 * so search reads a term's complaints newest first and stops at what it shows.
 */
export function searchKeysOf(complaint: Pick<Complaint, 'searchTerms' | 'receivedAt'>): SearchKey[] {
  const at = receiptMoment(complaint.receivedAt);
  return complaint.searchTerms.map((term) => [term, at]);
}

/** The receipt moment as the search index holds it, in epoch milliseconds. */
export function receiptMoment(receivedAt: string): number {
  const parsed = Date.parse(receivedAt);
  // NaN is no IndexedDB key: an unreadable date would fail the whole save, so it sorts as the oldest instead.
  return Number.isFinite(parsed) ? parsed : 0;
}

/** K-2026-0001 -> "k20260001", "20260001" and the bare sequence "0001". */
function referenceTerms(reference: string): string[] {
  const parsed = parseReference(reference);
  if (!parsed) return tokenize(reference);
  const sequence = padSequence(parsed.sequence);
  return [`k${parsed.year}${sequence}`, `${parsed.year}${sequence}`, sequence];
}

function freeTextTerms(text: string): string[] {
  return tokenize(text).filter((token) => !DUTCH_STOP_WORDS.has(token));
}

function compact(value: string): string {
  return normalizeText(value).replace(/[^\p{L}\p{N}]/gu, '');
}

function finishTerms(terms: string[]): string[] {
  return [...new Set(terms.filter((term) => term.length >= MIN_TERM_LENGTH))];
}

// "K-2026-0001", "k2026-0001", "2026-1": a dash between year and number makes it a reference.
const REFERENCE_WITH_K = /^k-?(\d{4})-(\d{1,5})$/;
const REFERENCE_WITHOUT_K = /^((?:19|20|21)\d{2})-(\d{1,5})$/;
const POSTCODE_DIGITS = /^[1-9]\d{3}$/;
const POSTCODE_LETTERS = /^[a-z]{1,2}$/;
// Phone numbers start with +, 0 or (0 and are typed in groups: "+31 6 1234 5678", "(020) 123 4567".
const PHONE_START = /^(\+|\(?0)[\d()\-./+]*$/;
const PHONE_PART = /^[\d()\-./]*\d[\d()\-./]*$/;

/**
 * The tokens of a query, normalized like the record terms. Stop words are
 * dropped unless the query is nothing else, and a token that is a prefix of
 * another token is dropped because the longer one already demands it.
 */
export function parseSearchQuery(query: string): string[] {
  const chunks = normalizeText(query).split(/\s+/).filter(Boolean);
  const tokens: string[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] ?? '';
    const reference = referenceToken(chunk);
    if (reference) {
      tokens.push(reference);
    } else if (isPostcodeAt(chunks, i)) {
      tokens.push(chunk + (chunks[++i] ?? ''));
    } else if (PHONE_START.test(chunk)) {
      const parts = [chunk];
      while (PHONE_PART.test(chunks[i + 1] ?? '') && !isPostcodeAt(chunks, i + 1)) parts.push(chunks[++i] ?? '');
      tokens.push(normalizePhone(parts.join(' ')));
    } else {
      // The "e" of "e-mail" or the "j" of "J. de Vries" is not among a record's terms (too short), so demanding
      // it would hide the record. Only a letter typed on its own ("jan b") stays: an initial, to narrow.
      tokens.push(...tokenize(chunk).filter((part) => part.length >= MIN_TERM_LENGTH || part === chunk));
    }
  }
  const meaningful = tokens.filter((token) => token !== '' && !DUTCH_STOP_WORDS.has(token));
  const kept = meaningful.length > 0 ? meaningful : tokens.filter((token) => token !== '');
  const unique = [...new Set(kept)];
  return unique.filter((token) => !unique.some((other) => other !== token && other.startsWith(token)));
}

function referenceToken(chunk: string): string | null {
  const match = REFERENCE_WITH_K.exec(chunk) ?? REFERENCE_WITHOUT_K.exec(chunk);
  return match ? `k${match[1]}${padSequence(match[2] ?? '')}` : null;
}

function isPostcodeAt(chunks: readonly string[], i: number): boolean {
  return POSTCODE_DIGITS.test(chunks[i] ?? '') && POSTCODE_LETTERS.test(chunks[i + 1] ?? '');
}

/** The matching rule above. */
export function matchesSearch(terms: readonly string[], queryTokens: readonly string[]): boolean {
  return queryTokens.every((token) => terms.some((term) => term.startsWith(token)));
}

/** The token to look up in the index: the longest is the most selective. */
export function mostSelectiveToken(queryTokens: readonly string[]): string | null {
  let best: string | null = null;
  for (const token of queryTokens) if (best === null || token.length > best.length) best = token;
  return best;
}
