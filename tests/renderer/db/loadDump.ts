import type { DatabaseDump } from '../../../renderer/src/db/migrations';

/**
 * Recreates a dumped database with raw IndexedDB: the same version, object stores, indexes and
 * records, as the build that wrote it left them. Self-contained (no imports used inside) so the
 * end-to-end test can run the very same function in Chromium through page.evaluate.
 */
export async function loadDump(dump: DatabaseDump, name: string): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name, dump.version);
    req.onupgradeneeded = () => {
      const idb = req.result;
      for (const [storeName, store] of Object.entries(dump.stores)) {
        const os = idb.createObjectStore(storeName, {
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
        });
        for (const index of store.indexes) {
          os.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry });
        }
      }
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
  const names = Object.keys(dump.stores);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(names, 'readwrite');
    for (const storeName of names) {
      const os = tx.objectStore(storeName);
      for (const record of dump.stores[storeName]?.records ?? []) os.put(record);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
  });
  db.close();
}
