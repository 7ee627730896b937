/**
 * Which ended files have outlived the retention term of their procedure, what
 * removing them takes along, and who may do it.
 */
import { KEEP } from '../backup/generations';
import type { Attachment, Complaint, RegisterKind, RemovalCounts, StaffRole } from '../model';
import type { Procedure } from '../procedure';
import { formatTerm } from '../procedureText';
import { DOCX_TYPE } from '../fileSafety';
import { countOf } from '../dutchNumber';

/** Kept until and including `retentionUntil`; from the day after, the term has passed. Anonymised files are done. */
export function retentionLapsed(complaint: Pick<Complaint, 'workflow' | 'anonymisedOn'>, today: string): boolean {
  const until = complaint.workflow.retentionUntil;
  return !complaint.anonymisedOn && until !== null && until < today;
}

/** The AVG puts keeping and removing on whoever runs the complaints: the coordinator. */
export function mayRemovePersonalData(roles: readonly StaffRole[]): boolean {
  return roles.includes('coordinator');
}

export const REMOVAL_REFUSED = 'Alleen de klachtencoördinator mag dossiers anonimiseren of verwijderen.';


/** A letter the app made (its .docx, pinned as acknowledgement or correspondence); every other pinned file is a file. */
export function isLetter(attachment: Pick<Attachment, 'type' | 'kind'>): boolean {
  return attachment.type === DOCX_TYPE && (attachment.kind === 'acknowledgement' || attachment.kind === 'correspondence');
}

/**
 * Customers that go with these complaints: only those none of whose other
 * complaints remain. `complaintsOf` lists every complaint still linked to a customer.
 */
export function customersLeftWithout(removedIds: ReadonlySet<string>, complaintsOf: ReadonlyMap<string, readonly string[]>): string[] {
  return [...complaintsOf].filter(([, ids]) => ids.every((id) => removedIds.has(id))).map(([customerId]) => customerId);
}

/** Hashes whose bytes may leave the disk: no attachment record that stays still pins them. */
export function hashesFreed(removed: readonly Pick<Attachment, 'sha256'>[], staying: readonly Pick<Attachment, 'sha256' | 'removedAt'>[]): string[] {
  const pinned = new Set(staying.filter((a) => a.removedAt === null).map((a) => a.sha256));
  return [...new Set(removed.map((a) => a.sha256))].filter((hash) => !pinned.has(hash));
}

export function removalCounts(complaints: number, attachments: readonly Pick<Attachment, 'type' | 'kind'>[], customers: number): RemovalCounts {
  const letters = attachments.filter(isLetter).length;
  return { complaints, letters, files: attachments.length - letters, customers };
}

/** "Bewaren 1 jaar na afhandeling (Klachtenregeling vakbedrijf, versie 1)". */
export function retentionRule(procedure: Pick<Procedure, 'name' | 'version' | 'terms'>): string {
  return `Bewaren ${formatTerm(procedure.terms.retention)} na afhandeling (${procedure.name}, versie ${procedure.version})`;
}


/** Exactly what goes, for the confirmation and the register. */
export function removalText(kind: RegisterKind, c: RemovalCounts): string {
  const files = `${countOf(c.letters, 'brief', 'brieven')} en ${countOf(c.files, 'ander bestand', 'andere bestanden')}`;
  if (kind === 'export') return `${countOf(c.complaints, 'klacht', 'klachten')} met de hele voortgang; ${files}; de klantgegevens met hun wijzigingen`;
  const customers =
    c.customers === 0 ? 'geen klantgegevens (de klant heeft nog een andere klacht)' : countOf(c.customers, 'klant met naam en contactgegevens', 'klanten met naam en contactgegevens');
  const what =
    kind === 'anonymise'
      ? `${countOf(c.complaints, 'klacht', 'klachten')} zonder naam, contactgegevens en vrije tekst`
      : `${countOf(c.complaints, 'klacht', 'klachten')} met de hele voortgang`;
  return `${what}; ${files}; ${customers}`;
}

/** Where the register is shared: what reaches the server and the other workstations, and when. */
export function sharedRemovalText(): string {
  return 'Het register is gedeeld: wat hier verdwijnt, verdwijnt ook van de kantoorserver en van de andere werkplekken zodra die verbinding hebben, bestanden die daar geopend zijn inbegrepen. Oudere versies op de server wist CouchDB bij zijn volgende automatische opruimronde (compactie).';
}

/**
 * How long a removed file may still be in an older automatic backup: the
 * generations keep one backup per month for KEEP.monthly months.
 */
export function backupLingerText(): string {
  return `Verwijderde gegevens en bestanden kunnen nog tot ${KEEP.monthly} maanden in oudere back-ups staan (de app bewaart ${KEEP.daily} dagelijkse, ${KEEP.weekly} wekelijkse en ${KEEP.monthly} maandelijkse back-ups); daarna zijn ze ook daaruit verdwenen.`;
}
