/**
 * Which stored attachment files may go. Pure, so the desktop (files in the
 * user-data folder) and the browser (Origin Private File System) decide alike.
 *
 * A file goes only when no record refers to it AND it has been seen
 * unreferenced for the whole grace period AND it was last written before that
 * period: never at the first sweep that finds it unreferenced. The "seen
 * unreferenced since" moments are kept by the store itself (the ledger), so a
 * wrong or hostile list of references from the page can at worst start a
 * 30-day clock, never delete anything at once.
 */

export const SWEEP_GRACE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
export const SWEEP_GRACE_MS = SWEEP_GRACE_DAYS * DAY_MS;
/** A temp file this old is not a write in progress but the leftover of one that failed. */
export const TEMP_LEFTOVER_MS = DAY_MS;

/** sha256 -> the moment (ms) a sweep first found it unreferenced. */
export type SweepLedger = Record<string, number>;

export interface StoredFileInfo {
  /** The file's name: a sha256 for stored bytes, anything else for a temp leftover. */
  name: string;
  /** Last written, in ms since the epoch. */
  modifiedMs: number;
}

export interface SweepPlan {
  /** Stored files (by sha256) to delete now. */
  remove: string[];
  /** Temp leftovers (by name) to delete now. */
  removeTemps: string[];
  /** The ledger to keep for the next sweep. */
  ledger: SweepLedger;
  /** Unreferenced files still in their grace period. */
  waiting: number;
}

export function planSweep(input: {
  stored: readonly StoredFileInfo[];
  temps: readonly StoredFileInfo[];
  referenced: ReadonlySet<string>;
  ledger: SweepLedger;
  now: number;
}): SweepPlan {
  const { now } = input;
  const remove: string[] = [];
  const ledger: SweepLedger = {};
  for (const file of input.stored) {
    if (input.referenced.has(file.name)) continue;
    const earlier = input.ledger[file.name];
    // A moment in the future (a clock set back) counts as now, so the grace period starts over.
    const since = typeof earlier === 'number' && earlier <= now ? earlier : now;
    if (now - since >= SWEEP_GRACE_MS && now - file.modifiedMs >= SWEEP_GRACE_MS) remove.push(file.name);
    else ledger[file.name] = since;
  }
  const removeTemps = input.temps.filter((file) => now - file.modifiedMs >= TEMP_LEFTOVER_MS).map((file) => file.name);
  return { remove, removeTemps, ledger, waiting: Object.keys(ledger).length };
}

/** A ledger read from disk, with anything malformed left out (it then simply starts its clock again). */
export function parseSweepLedger(text: string | null): SweepLedger {
  if (text === null) return {};
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const ledger: SweepLedger = {};
    for (const [sha256, since] of Object.entries(value)) {
      if (/^[0-9a-f]{64}$/.test(sha256) && typeof since === 'number' && Number.isFinite(since)) ledger[sha256] = since;
    }
    return ledger;
  } catch {
    return {};
  }
}
