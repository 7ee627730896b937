/**
 * Shared helpers for search through the multi-entry term indexes (complaints'
 * `searchKeys`, customers' `nameTerms` and `detailTerms`).
 * The rule itself (every query token is a prefix of some term) lives in domain/search.
 */
import { mostSelectiveToken, parseSearchQuery } from '../../domain/search';

/** One-letter lookups would walk most of the index; the UI asks for more typing instead. */
export const MIN_LOOKUP_LENGTH = 2;

export interface PreparedQuery {
  tokens: string[];
  /** The token looked up by prefix in the index. */
  lookup: string;
}

export function prepareQuery(query: string): PreparedQuery | null {
  const tokens = parseSearchQuery(query);
  const lookup = mostSelectiveToken(tokens);
  return lookup !== null && lookup.length >= MIN_LOOKUP_LENGTH ? { tokens, lookup } : null;
}
