/**
 * Hoor en wederhoor (000: "alle betrokken (in de klacht benoemde) partijen
 * horen"; 001: the chair asks the responsible employees): every employee the
 * complaint names is heard, a contact with them on the card, before the
 * judgement; or whoever handles it records why someone was not.
 */
import type { Complaint } from '../model';
import { findInvolved } from './involvement';

export interface HearingOfEmployee {
  /** As the complaint names them. */
  name: string;
  /** The first contact with them, or the day it was recorded why they were not heard. */
  on: string | null;
  /** Why they were not heard, when that was recorded instead. */
  notHeardBecause: string | null;
}

/** "Piet" on the complaint and "Piet de Lange" on a contact are one person, whichever is the fuller name. */
function samePerson(a: string, b: string): boolean {
  return findInvolved(a, [b]) !== null || findInvolved(b, [a]) !== null;
}

/** Each employee the complaint names, with whether and when they were heard. */
export function employeeHearings(complaint: Complaint): HearingOfEmployee[] {
  const w = complaint.workflow;
  return complaint.employeesInvolved.map((name) => {
    const heard = w.contacts
      .filter((contact) => contact.withWhom === 'employee' && samePerson(contact.name, name))
      .map((contact) => contact.on)
      .sort()[0];
    if (heard) return { name, on: heard, notHeardBecause: null };
    const excused = (w.notHeard ?? []).find((entry) => entry.name === name);
    return excused ? { name, on: excused.on, notHeardBecause: excused.reason } : { name, on: null, notHeardBecause: null };
  });
}

/** The named employees neither heard nor excused. */
export function unheardEmployees(complaint: Complaint): string[] {
  return employeeHearings(complaint)
    .filter((hearing) => hearing.on === null)
    .map((hearing) => hearing.name);
}
