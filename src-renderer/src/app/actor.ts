import type { Actor } from '../domain/model';

/**
 * Until the profile chooser exists (issue 3) every event is recorded as the
 * workstation itself, so the audit trail never has an empty "who".
 */
export const WORKSTATION_ACTOR: Actor = { id: null, name: 'Werkplek' };
