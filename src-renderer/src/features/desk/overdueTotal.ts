import { useSyncExternalStore } from 'react';

/**
 * The desk's own count of late complaints, shared with the menu badge: on the
 * desk the same number would otherwise be counted twice, and at 100,000
 * complaints one such count walks some 20,000 index entries.
 */
let total: number | undefined;
const listeners = new Set<() => void>();

export function publishOverdueTotal(next: number | undefined): void {
  if (next === total) return;
  total = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useDeskOverdueTotal(): number | undefined {
  return useSyncExternalStore(subscribe, () => total);
}
