/** A count as Dutch writes it in a message: 10.000, not 10000 or 10,000. */
export function dutchNumber(n: number): string {
  return n.toLocaleString('nl-NL');
}
