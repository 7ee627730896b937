/**
 * Whether a customer about to be created looks like one already in the
 * register: the same name, or the same phone number or e-mail address. A
 * receptionist who types a known caller in full, instead of picking them,
 * would otherwise make a second card for one person without a word.
 */
import type { Customer } from './model';
import { normalizePhone } from './phone';
import { normalizeText } from './text';

type Details = Pick<Customer, 'name' | 'phone' | 'email'>;

const sameName = (a: string, b: string) => normalizeText(a).replace(/\s+/g, ' ').trim() === normalizeText(b).replace(/\s+/g, ' ').trim();
const same = (a: string, b: string) => a !== '' && a === b;

export function looksLikeSameCustomer(typed: Details, existing: Details): boolean {
  return (
    sameName(typed.name, existing.name) ||
    same(normalizePhone(typed.phone), normalizePhone(existing.phone)) ||
    same(typed.email.trim().toLowerCase(), existing.email.trim().toLowerCase())
  );
}
