import type { Page } from '@playwright/test';

/**
 * Holds every write of the app until the returned release is called: a second
 * connection keeps a readwrite transaction over all stores busy, and
 * IndexedDB runs overlapping readwrite transactions one after the other. This
 * makes "the user acts while a save is still running" happen every time.
 */
export async function holdWrites(page: Page, database = 'klachtenbalie'): Promise<() => Promise<void>> {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = Array.from(db.objectStoreNames);
          const transaction = db.transaction(stores, 'readwrite');
          const flags = window as unknown as { __holdWrites?: boolean };
          flags.__holdWrites = true;
          // A transaction commits once it has no requests left; keep asking until released.
          const spin = () => {
            if (flags.__holdWrites) transaction.objectStore(stores[0]!).count().onsuccess = spin;
          };
          spin();
          transaction.oncomplete = () => db.close();
          resolve();
        };
      }),
    database,
  );
  return async () => {
    await page.evaluate(() => {
      (window as unknown as { __holdWrites?: boolean }).__holdWrites = false;
    });
  };
}
