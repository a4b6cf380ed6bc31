import type { Page } from 'playwright-core';
import { collectionKeys, type PlanDocument } from '../../shared/domain';

/**
 * Writes a plan straight into the app's IndexedDB through the page (the database must already
 * have been created by the app). Used to start a test or a benchmark from a known plan.
 */
export async function seedDocument(page: Page, doc: PlanDocument): Promise<void> {
  await page.evaluate(
    async ({ doc, keys }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('campaign-desk');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const stores = ['plans', 'reviews', ...keys];
      await new Promise<void>((ok, fail) => {
        const tx = db.transaction(stores, 'readwrite');
        tx.objectStore('plans').put(doc.plan);
        for (const key of keys) {
          const store = tx.objectStore(key);
          for (const record of (doc as unknown as Record<string, unknown[]>)[key] ?? []) store.put(record);
        }
        if (doc.review) tx.objectStore('reviews').put(doc.review);
        tx.oncomplete = () => ok();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    { doc, keys: [...collectionKeys] },
  );
}
