/** What the office sees of the sync: always one of these, in the header of every screen. */
export type SyncState =
  | { kind: 'alone' }
  | { kind: 'starting' }
  | { kind: 'upToDate'; at: string }
  | { kind: 'working'; waiting: number }
  | { kind: 'offline'; since: string; waiting: number }
  | { kind: 'error'; message: string; advice: string; waiting: number };

export interface SyncProgress {
  phase: 'prepare' | 'transfer' | 'takeIn';
  done: number;
  /** null while unknown. */
  total: number | null;
}
