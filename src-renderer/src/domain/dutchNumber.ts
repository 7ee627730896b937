/** A count as Dutch writes it in a message: 10.000, not 10000 or 10,000. */
export function dutchNumber(n: number): string {
  return n.toLocaleString('nl-NL');
}

/** A count with its noun: "1 brief", "2 brieven", "1.200 klachten". */
export function countOf(n: number, one: string, many: string): string {
  return `${dutchNumber(n)} ${n === 1 ? one : many}`;
}
