/** A colleague's name; one since removed from the staff list still reads as a person, not as an id. */
export function nameOf(names: ReadonlyMap<string, string>, id: string | null, nobody: string): string {
  if (id === null) return nobody;
  // Still reading the staff list.
  if (names.size === 0) return '…';
  return names.get(id) ?? 'onbekende medewerker';
}
