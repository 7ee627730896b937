/**
 * A parsed mail as the start of an intake. Seed 003 makes the arrival of the
 * mail the date of receipt, so that moment (not the moment of dropping the
 * file) starts every term, and the complaint keeps which moment it was; the
 * receptionist still checks everything before saving.
 */
import { format } from 'date-fns';
import { DUTCH_DATE_TIME_FORMAT } from '../domain/dates';
import type { ReceiptSource } from '../domain/model';
import type { ParsedEmail } from './types';

export const MAX_SUMMARY_LENGTH = 200;
export const MAX_DESCRIPTION_LENGTH = 10_000;
const TRUNCATED_NOTE = '\n\n[… ingekort; het volledige bericht staat op het prikbord]';

// Dutch surname particles stay lowercase inside a name: "j.de.vries" -> "J. de Vries".
const PARTICLES = new Set(['de', 'den', 'der', 'van', 'von', 'het', 'ter', 'ten', 'te', 'op', 'in', 'aan', 'bij', 'uit', 'la', 'le', 'du', 'da', 'di']);

export interface EmailIntake {
  channel: 'email';
  /** dd-MM-yyyy HH:mm in local time, as the intake form takes it. */
  receivedAt: string;
  receiptSource: ReceiptSource;
  summary: string;
  description: string;
  customer: { name: string; email: string };
}

/** The arrival, else the sending date; `now` when the mail has neither, or one in the future (a clock can be wrong). */
function receiptOf(mail: ParsedEmail, now: Date): { at: Date; source: ReceiptSource } {
  const [iso, source]: [string | null, ReceiptSource] = mail.arrival ? [mail.arrival.at, mail.arrival.source] : [mail.date, 'date_header'];
  const at = iso ? new Date(iso) : null;
  return at && !Number.isNaN(at.getTime()) && at.getTime() <= now.getTime() ? { at, source } : { at: now, source: 'intake_time' };
}

export function intakeFromEmail(mail: ParsedEmail, now: Date = new Date()): EmailIntake {
  const receipt = receiptOf(mail, now);
  const summarySource = mail.subject.trim() || firstLine(mail.text);
  return {
    channel: 'email',
    receivedAt: format(receipt.at, DUTCH_DATE_TIME_FORMAT),
    receiptSource: receipt.source,
    summary: truncate(summarySource.replace(/\s+/g, ' ').trim(), MAX_SUMMARY_LENGTH, '…'),
    description: truncate(mail.text.trim(), MAX_DESCRIPTION_LENGTH, TRUNCATED_NOTE),
    customer: customerFrom(mail),
  };
}

function customerFrom(mail: ParsedEmail): EmailIntake['customer'] {
  const address = mail.from?.address.trim().toLowerCase() ?? '';
  const email = isPlausibleAddress(address) ? address : '';
  const name = mail.from?.name.trim() || nameFromAddress(email);
  return { name: truncate(name, 200, ''), email };
}

/** "jan.de.vries+klacht@x.nl" -> "Jan de Vries"; "m.jansen-bakker@" -> "M. Jansen-Bakker"; "info@" -> "Info". */
export function nameFromAddress(address: string): string {
  const local = address.split('@')[0]?.split('+')[0] ?? '';
  const words = local.split(/[._]+/).filter((word) => /\p{L}/u.test(word));
  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (index > 0 && index < words.length - 1 && PARTICLES.has(lower)) return lower;
      const capitalized = lower.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());
      return capitalized.length === 1 ? `${capitalized}.` : capitalized;
    })
    .join(' ');
}

function isPlausibleAddress(address: string): boolean {
  return address.length <= 254 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address);
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() !== '') ?? '';
}

/** Cuts to `max` UTF-16 units including the suffix, never through a surrogate pair. */
function truncate(text: string, max: number, suffix: string): string {
  if (text.length <= max) return text;
  let cut = max - suffix.length;
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return text.slice(0, cut).trimEnd() + suffix;
}
