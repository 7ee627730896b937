import type { Actor } from '../domain/model';

/** Demo data is recorded as made by the demo itself, never by a real person. */
export const DEMO_ACTOR: Actor = { id: null, name: 'Demogegevens' };
