declare const seqBrand: unique symbol;

/**
 * A position in a database's changes feed. CouchDB 3 gives opaque strings
 * ("12-g1AAAA..."), pouchdb-server gives numbers, CouchDB 1 gave numbers too;
 * CouchDB only promises that a value it gave back works as `since`. So a Seq is
 * kept exactly as the server sent it (it is plain JSON, safe to store in a
 * checkpoint) and never parsed, compared or incremented: the brand keeps code
 * from treating it as a number or string without a visible cast.
 */
export type Seq = { readonly [seqBrand]: true };

export function seqFromServer(value: unknown): Seq {
  if (value === undefined || value === null) throw new TypeError('Het antwoord van de server mist een volgnummer (seq)');
  return value as Seq;
}

/** The `since` query value: a string as it came, anything else as its JSON text. */
export function seqParam(seq: Seq): string {
  const raw: unknown = seq;
  return typeof raw === 'string' ? raw : JSON.stringify(raw);
}
