/** What a preview says of a file whose content is not what its name promises, or that its reader cannot read: it is damaged, and what to do. */
export function damagedText(promised: string): string {
  return `Dit bestand is beschadigd: het is geen leesbaar ${promised}, al zegt de naam dat. Vraag de afzender het opnieuw te sturen, of sla een kopie op en probeer het in een ander programma.`;
}
