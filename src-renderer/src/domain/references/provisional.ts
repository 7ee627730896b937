import { padSequence } from '../reference';

/**
 * A provisional reference, for a complaint registered on a workstation that has
 * no leased number left and cannot reach the server: K-2026-V-3F9A-0001. The "V"
 * (voorlopig) keeps it apart from every real K-YYYY-NNNN (parseReference refuses
 * it), the tag tells workstations apart, the number counts per workstation. On
 * reconnect the complaint gets a real reference and the provisional one goes
 * into its history, so a letter or note that quoted it can still be traced.
 */

export interface ProvisionalReference {
  year: number;
  workstationTag: string;
  number: number;
}

const PROVISIONAL = /^K-(\d{4})-V-([0-9A-Z]{4})-(\d{4,})$/i;

/**
 * Four characters of the workstation's id, from its end: ids are UUID v7,
 * whose first characters are a timestamp that workstations set up in the same
 * week would share; the last ones are random.
 */
export function workstationTag(workstationId: string): string {
  const characters = workstationId.replace(/[^0-9a-z]/gi, '');
  if (characters.length < 4) throw new RangeError('Een werkplek-id heeft minstens vier letters of cijfers nodig');
  return characters.slice(-4).toUpperCase();
}

export function formatProvisionalReference(year: number, workstationId: string, number: number): string {
  if (!Number.isInteger(number) || number < 1) throw new RangeError(`Volgnummer ${number} van een voorlopig kenmerk moet 1 of hoger zijn`);
  return `K-${year}-V-${workstationTag(workstationId)}-${padSequence(number)}`;
}

export function parseProvisionalReference(value: string): ProvisionalReference | null {
  const match = PROVISIONAL.exec(value.trim());
  if (!match) return null;
  const number = Number(match[3]);
  return number > 0 ? { year: Number(match[1]), workstationTag: (match[2] ?? '').toUpperCase(), number } : null;
}

export function isProvisionalReference(value: string): boolean {
  return parseProvisionalReference(value) !== null;
}
