import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { confidentialAccess, readsEveryComplaint, visibleRow, type AccessSubject, type Concealed, type ConfidentialAccess, type ConfidentialViewer } from '../domain/privacy';
import type { Complaint } from '../domain/model';
import { useRepositories } from './data';
import { useProfile } from './profile';

export interface ScreenAccess extends ConfidentialAccess {
  /** False while the procedures and staff are read: a card waits rather than open and close again. */
  ready: boolean;
}

/** Until the procedures are read, a confidential row is shown closed: never a name too early. */
const NOTHING_YET: ScreenAccess = { ready: false, readsAll: false, mayRead: (subject) => !subject.confidential };

/**
 * Which complaints the person working may read (domain/privacy/confidentialAccess):
 * with the roles their account has on the office's server when signed in,
 * else those of the profile they chose.
 */
export function useConfidentialAccess(): ScreenAccess {
  const repos = useRepositories();
  const { staff, actor } = useProfile();
  const roles = actor.roles ?? staff.roles;
  const rolesKey = roles.join(',');
  const activeCount = useLiveQuery(() => repos.staff.list({ activeOnly: true }).then((members) => members.length), [repos]);
  const viewer = useMemo((): ConfidentialViewer => ({ staffId: staff.id, roles, alone: activeCount === 1 }), [staff.id, rolesKey, activeCount]);
  const needsProcedures = !readsEveryComplaint(viewer);
  const procedures = useLiveQuery(() => (needsProcedures ? repos.procedures.list() : []), [repos, needsProcedures]);
  const ready = procedures !== undefined && activeCount !== undefined;
  return useMemo(() => (ready ? { ready, ...confidentialAccess(viewer, procedures) } : NOTHING_YET), [ready, viewer, procedures]);
}

/** A complaint's subject for the rule: owner, flag and procedure version are on the record, no further read. */
export function mayReadComplaint(access: ConfidentialAccess, complaint: Pick<Complaint, 'confidential' | 'ownerId' | 'workflow'>): boolean {
  return access.mayRead(complaint, complaint.workflow.procedureVersionId);
}

/** The complaint as the person working may see it (see domain/privacy/visibleComplaint). */
export function visibleComplaint<T extends Pick<Complaint, 'confidential' | 'ownerId' | 'workflow' | 'customerName'>>(access: ConfidentialAccess, complaint: T) {
  return visibleRow(complaint, mayReadComplaint(access, complaint));
}

type CopiedRow = AccessSubject & { customerName: string; procedureVersionId: string };

/** A row copied from a complaint (the desk's) as the person working may see it. */
export function visibleCopy<T extends CopiedRow>(access: ConfidentialAccess, row: T): Concealed<T> {
  return visibleRow(row, access.mayRead(row, row.procedureVersionId));
}

/** Such rows, all of them. */
export function useVisibleRows<T extends CopiedRow>(rows: readonly T[]): Concealed<T>[] {
  const access = useConfidentialAccess();
  return useMemo(() => rows.map((row) => visibleCopy(access, row)), [rows, access]);
}
