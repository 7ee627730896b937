import type { Page } from '@playwright/test';

/**
 * Holds every write of the app (and reads begun after it) until the returned
 * release is called: a second connection keeps a readwrite transaction over
 * all stores busy, and IndexedDB runs overlapping transactions after it. This
 * makes "the user acts while a save is still running" happen every time.
 */
export async function holdWrites(page: Page, database = 'klachtenbalie'): Promise<() => Promise<void>> {
  await page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        // No such database yet: fail at once instead of holding an empty one.
        open.onupgradeneeded = () => {
          open.transaction?.abort();
          reject(new Error(`holdWrites: database ${name} does not exist yet`));
        };
        open.onsuccess = () => {
          try {
            const db = open.result;
            const stores = Array.from(db.objectStoreNames);
            const transaction = db.transaction(stores, 'readwrite');
            // Closing waits for the transaction; the app's own connection is not touched.
            db.close();
            const flags = window as unknown as { __holdWrites?: boolean };
            flags.__holdWrites = true;
            // A transaction commits once it has no requests left; keep asking until released.
            const spin = () => {
              if (flags.__holdWrites) transaction.objectStore(stores[0]!).count().onsuccess = spin;
            };
            spin();
            resolve();
          } catch (error) {
            reject(error);
          }
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
