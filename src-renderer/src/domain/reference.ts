/**
 * Complaint references: K-2026-0001. The sequence restarts every year and is
 * padded to four digits; from 10000 on it simply grows to five.
 */

export interface ParsedReference {
  year: number;
  sequence: number;
}

const REFERENCE = /^K-(\d{4})-(\d{4,})$/i;

export function formatReference(year: number, sequence: number): string {
  return `K-${year}-${padSequence(sequence)}`;
}

export function padSequence(sequence: number | string): string {
  return String(sequence).padStart(4, '0');
}

export function parseReference(value: string): ParsedReference | null {
  const match = REFERENCE.exec(value.trim());
  if (!match) return null;
  const year = Number(match[1]);
  const sequence = Number(match[2]);
  return sequence > 0 ? { year, sequence } : null;
}

/** One counter per year, so each year restarts at 0001. */
export function referenceCounterId(year: number): string {
  return `complaint-reference-${year}`;
}
