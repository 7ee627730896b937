/**
 * Who may read a confidential complaint: its owner, the coordinator and the
 * roles its procedure gives a step on the file (the committee that judges
 * under 001, management where it judges or reviews). Everyone else sees that
 * it exists, its reference, status and terms, never who or what.
 *
 * Pure, from the complaint, its procedure version and the viewer, so the
 * screens here and a server that keeps such complaints apart (issue 12) can
 * apply the same rule.
 */
import { STAFF_ROLES, type Complaint, type StaffRole } from '../model';
import type { Procedure } from '../procedure';
import { rolesFor } from '../workflow/roles';

export interface ConfidentialViewer {
  /** The colleague working (a chosen profile or a signed-in account). */
  staffId: string | null;
  roles: readonly StaffRole[];
  /**
   * The office's only active colleague: in a one-person office there is
   * nobody to keep the complaint from, and nobody else to hand it to.
   */
  alone?: boolean;
}

export type AccessSubject = Pick<Complaint, 'confidential' | 'ownerId'>;

/** The procedure gives management a step on every file: judging, structural measures, or consultation. */
function managementHasStep(procedure: Pick<Procedure, 'steps'>): boolean {
  const { structuralMeasuresReview, managementOnMaterialInterest, managementWhenOwnerCannotHandle } = procedure.steps;
  return structuralMeasuresReview || managementOnMaterialInterest || managementWhenOwnerCannotHandle;
}

/**
 * The roles that read every confidential complaint under this procedure.
 * The owner role is left out: an owner reads the files assigned to them, not
 * every file someone with that role could be given.
 */
export function confidentialReaderRoles(procedure: Pick<Procedure, 'steps'>): StaffRole[] {
  const named = new Set<StaffRole>([
    ...(rolesFor('record_judgement', procedure) ?? []),
    ...(rolesFor('close', procedure) ?? []),
    ...(managementHasStep(procedure) ? (rolesFor('record_structural_measures', procedure) ?? []) : []),
  ]);
  named.delete('owner');
  return STAFF_ROLES.filter((role) => named.has(role));
}

/** Whether the viewer reads every confidential complaint, whatever its procedure: the coordinator, or someone alone. */
export function readsEveryComplaint(viewer: ConfidentialViewer): boolean {
  return viewer.alone === true || viewer.roles.includes('coordinator');
}

/**
 * Whether the viewer may read this complaint's name and content. `readers`:
 * confidentialReaderRoles of its procedure version (computed once per version
 * by a caller checking many rows); unknown procedure: only the coordinator.
 */
export function mayReadComplaint(subject: AccessSubject, readers: readonly StaffRole[] | undefined, viewer: ConfidentialViewer): boolean {
  if (!subject.confidential || readsEveryComplaint(viewer)) return true;
  if (viewer.staffId !== null && subject.ownerId === viewer.staffId) return true;
  return (readers ?? []).some((role) => viewer.roles.includes(role));
}

/** The rule applied to many rows at once: readers worked out once per procedure version. */
export interface ConfidentialAccess {
  /** The viewer reads every complaint: a screen need not look at rows one by one. */
  readsAll: boolean;
  mayRead(subject: AccessSubject, procedureVersionId: string): boolean;
}

export function confidentialAccess(viewer: ConfidentialViewer, procedures: readonly Pick<Procedure, 'id' | 'steps'>[]): ConfidentialAccess {
  if (readsEveryComplaint(viewer)) return { readsAll: true, mayRead: () => true };
  const readers = new Map(procedures.map((procedure) => [procedure.id, confidentialReaderRoles(procedure)]));
  return { readsAll: false, mayRead: (subject, procedureVersionId) => mayReadComplaint(subject, readers.get(procedureVersionId), viewer) };
}
