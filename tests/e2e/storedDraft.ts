import type { Page } from '@playwright/test';

/** The summary of the intake draft as the app stored it in the register in use (settings key draft:intake), or null. */
export function storedDraftSummary(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        const open = indexedDB.open(localStorage.getItem('klachtenbalie.register') ?? 'klachtenbalie');
        open.onerror = () => resolve(null);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('settings')) return resolve(null);
          const request = db.transaction('settings').objectStore('settings').getAll();
          request.onsuccess = () => {
            db.close();
            const draft = (request.result as { key: string; value?: { values?: { complaint?: { summary?: string } } } }[]).find((r) => r.key.startsWith('draft:'));
            resolve(draft?.value?.values?.complaint?.summary ?? null);
          };
          request.onerror = () => resolve(null);
        };
      }),
  );
}
