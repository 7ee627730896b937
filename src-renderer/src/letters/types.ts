/**
 * The letter layer's inputs: what a letter is about (type), on whose paper
 * (letterhead), to whom and about which complaint. Pure data: no React, Dexie
 * or Electron, so the same letter can be built in the renderer and in tests.
 */
import type { Complaint, Customer, Deadline } from '../domain/model';
import type { FormOfAddress, Procedure } from '../domain/procedure';

export const LETTER_TYPES = [
  /** Verzoek om schriftelijke indiening: where only a written complaint counts (001, 003) and it came by phone or at the desk. */
  'request_written',
  /** Ontvangstbevestiging: names the handling term. */
  'acknowledgement',
  /** Verzoek om aanvullende informatie. */
  'request_information',
  /** Uitnodiging voor een gesprek (hoor en wederhoor). */
  'invitation',
  /** Bericht over de verdere afhandeling. */
  'further_handling',
  /** Verlengingsbericht: new date and reason. */
  'extension',
  /** Schriftelijke reactie / besluit: judgement, reasoning, solution, measures, escalation options. */
  'decision',
  /** Afsluitbrief: after the agreement and evaluation. */
  'closing',
  /** Tevredenheidsvraag: solved, satisfaction with the handling 1 to 5, a comment (002 step 3, 004's evaluation, ISO 10002). */
  'satisfaction',
  /** Niet-ontvankelijk: submitted after the limit. */
  'inadmissible',
  /** Doorverwijzing naar de externe klachtenfunctionaris of geschilleninstantie. */
  'referral',
] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

/** The procedure's form of address, which letters follow. */
export type LetterFormOfAddress = FormOfAddress;

export interface LetterLogo {
  bytes: Uint8Array;
  type: 'png' | 'jpg';
  /** Natural size in pixels; the letter scales it to fit the letterhead. */
  width: number;
  height: number;
}

/** What the letterhead's top shows: an office whose logo carries its name leaves the name out. */
export const LETTERHEAD_SHOWS = ['both', 'logo', 'name'] as const;
export type LetterheadShows = (typeof LETTERHEAD_SHOWS)[number];

export interface Letterhead {
  officeName: string;
  /** Postal address as lines ("Westhaven 63", "2801 PN Gouda"). */
  addressLines: string[];
  phone: string;
  email: string;
  website: string;
  /** Kamer van Koophandel number. */
  kvkNumber: string;
  logo?: LetterLogo;
  /** Absent in letterheads stored before the choice existed: logo and name, as they were. */
  headerShows?: LetterheadShows;
  /** For the date line: "Gouda, 21 november 2026". */
  placeName: string;
  signatoryName: string;
  signatoryFunction: string;
  formOfAddress: LetterFormOfAddress;
}

export interface LetterExtra {
  /** Extension: the new date (yyyy-MM-dd) by which the response follows. */
  newDueOn?: string;
  /** Extension: why more time is needed. */
  reason?: string;
  /** Invitation: day (yyyy-MM-dd) or day and time (yyyy-MM-ddTHH:mm) of the meeting. */
  meetingOn?: string;
  /** Request for information: what the office wants to know. */
  questions?: string;
  /** Referral: the escalation body (EscalationBody.id) the customer is referred to. */
  bodyId?: string;
  /** The customer's own reference (Uw kenmerk), if they gave one. */
  yourReference?: string;
}

export interface LetterInput {
  type: LetterType;
  letterhead: Letterhead;
  customer: Customer;
  complaint: Complaint;
  /** The procedure version the complaint runs under. */
  procedure: Procedure;
  /** The complaint's computed deadlines (domain/deadlines computeDeadlines). */
  deadlines: Deadline[];
  /** The letter's date, yyyy-MM-dd. */
  date: string;
  extra?: LetterExtra;
}

export interface LetterTemplate {
  /** The Betreft line. */
  subject: string;
  /** Salutation and body, paragraphs separated by a blank line; the closing and signature are added. */
  body: string;
}
