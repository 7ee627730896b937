import type { ErasureOutcome, Repositories, RemovalOutcome } from '../../db/repositories';
import type { Actor, RemovalKind, StaffRole } from '../../domain/model';
import type { Platform } from '../../platform/platform';

export interface RemovalDone extends RemovalOutcome {
  /** Set when the records went but some bytes could not be deleted now; the daily sweep takes them later, as nothing refers to them. */
  diskProblem: string | null;
}

/**
 * The records first, in one transaction; then the bytes no record pins any
 * more. The other way round a failed transaction would leave records whose files are gone.
 */
export async function carryOutRemoval(
  repos: Pick<Repositories, 'privacy'>,
  files: Pick<Platform, 'deleteAttachments'>,
  request: { ids: readonly string[]; kind: RemovalKind; actor: Actor; roles: readonly StaffRole[]; now?: Date },
): Promise<RemovalDone> {
  return freeBytes(files, await repos.privacy.remove(request.ids, request.kind, request.actor, request.roles, request.now));
}

/** After the records went: the bytes they alone pinned. */
export async function freeBytes<T extends Pick<RemovalOutcome, 'freedHashes'>>(files: Pick<Platform, 'deleteAttachments'>, outcome: T): Promise<T & { diskProblem: string | null }> {
  if (outcome.freedHashes.length === 0) return { ...outcome, diskProblem: null };
  try {
    await files.deleteAttachments(outcome.freedHashes);
    return { ...outcome, diskProblem: null };
  } catch {
    return { ...outcome, diskProblem: 'Niet elk bestand kon nu van de schijf worden gewist; het dagelijkse opruimen wist het alsnog.' };
  }
}

/** A person erased at their request: the records in one transaction, then the bytes only they pinned. */
export async function carryOutErasure(
  repos: Pick<Repositories, 'personRights'>,
  files: Pick<Platform, 'deleteAttachments'>,
  request: { customerId: string; actor: Actor; roles: readonly StaffRole[]; now?: Date },
): Promise<ErasureOutcome & { diskProblem: string | null }> {
  return freeBytes(files, await repos.personRights.erase(request.customerId, request.actor, request.roles, request.now));
}
