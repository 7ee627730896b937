/** What the app uses of a browser storage: strings by key, so a test can hand in a plain stand-in. */
export type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** This workstation's local storage, or null where the browser refuses it (private mode, a sandbox). */
export function workstationStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}
