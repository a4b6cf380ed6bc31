import type { Transaction } from 'dexie';
import { collectionKeys, type PlanDocument } from '../../../shared/domain';
import type { Migration } from '../../../shared/migrations';
import { backupNameFor } from '../../../shared/backup/backupName';
import { serializeRawBackup, utf8Length } from '../../../shared/backup/backupFile';
import { writeStoredBackup } from './backupRepo';

/**
 * Schema upgrades of the IndexedDB database, and the safety net around them.
 *
 * Recipe for the next schema version (never edit a shipped `version(n)`):
 *  1. In shared/migrations add the named step `{ fromVersion: 1, toVersion: 2, name, upgrade }`
 *     with its own test, and bump DATA_VERSION.
 *  2. In database.ts keep `this.version(1).stores(schemaV1)` and add
 *       this.version(2).stores(schemaV2).upgrade((tx) => upgradeStoredDocuments(tx, v1ToV2));
 *     then bump SCHEMA_VERSION to 2.
 *  3. Dump a database written by the shipped v1 build as tests/fixtures/db/v1.json (it exists)
 *     and add v2.json when v2 ships: tests/renderer/db/fixtures.test.ts and
 *     tests/e2e/trust.e2e.ts open every dump with current code and compare counts and sums.
 * Before the upgrade runs, `prepareOpen` has already stored a backup of the old data as read
 * with raw IndexedDB, so a failed or wrong upgrade loses nothing.
 */

/** A database as stored: every object store with its schema and every record, for backups and tests. */
export interface DatabaseDump {
  name: string;
  /** The IndexedDB version (Dexie stores its version × 10). */
  version: number;
  stores: Record<
    string,
    {
      keyPath: string | string[] | null;
      autoIncrement: boolean;
      indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
      records: unknown[];
    }
  >;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Opens an existing database at whatever version it has, without creating or upgrading it.
 * Returns null when there is none (then nothing is created either).
 */
async function openExisting(name: string): Promise<IDBDatabase | null> {
  const factory = globalThis.indexedDB;
  if (typeof factory.databases === 'function') {
    const known = await factory.databases();
    if (!known.some((d) => d.name === name)) return null;
  }
  return new Promise((resolve, reject) => {
    let created = false;
    const req = factory.open(name);
    // Only reached when the database did not exist (browsers without databases()): undo that.
    req.onupgradeneeded = () => {
      created = true;
    };
    req.onsuccess = () => {
      const db = req.result;
      if (created) {
        db.close();
        factory.deleteDatabase(name);
        resolve(null);
      } else {
        resolve(db);
      }
    };
    req.onerror = () => reject(req.error ?? new Error(`Cannot open ${name}`));
  });
}

/** The Dexie schema version of the stored database, or null when there is none yet. */
export async function storedSchemaVersion(name: string): Promise<number | null> {
  const db = await openExisting(name);
  if (!db) return null;
  const version = db.version / 10;
  db.close();
  return version;
}

/** Reads every store and record with raw IndexedDB, in one read-only transaction. */
export async function dumpDatabase(name: string): Promise<DatabaseDump | null> {
  const db = await openExisting(name);
  if (!db) return null;
  try {
    const names = Array.from(db.objectStoreNames);
    const dump: DatabaseDump = { name, version: db.version, stores: {} };
    if (names.length === 0) return dump;
    const tx = db.transaction(names, 'readonly');
    await Promise.all(
      names.map(async (storeName) => {
        const store = tx.objectStore(storeName);
        dump.stores[storeName] = {
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
          indexes: Array.from(store.indexNames).map((indexName) => {
            const index = store.index(indexName);
            return {
              name: index.name,
              keyPath: index.keyPath,
              unique: index.unique,
              multiEntry: index.multiEntry,
            };
          }),
          records: await request(store.getAll()),
        };
      }),
    );
    return dump;
  } finally {
    db.close();
  }
}

/**
 * Plan documents from a raw dump, in whatever shape they were stored: the plan record and every
 * record with its planId. Used for the backup taken before a schema upgrade.
 */
export function documentsFromDump(dump: DatabaseDump): {
  dataVersion: number;
  plans: unknown[];
  workspace: { people: unknown[]; yearBudgets: unknown[] } | null;
} {
  const meta = dump.stores.meta?.records as { key?: string; value?: unknown }[] | undefined;
  const stored = meta?.find((r) => r.key === 'dataVersion')?.value;
  const dataVersion = typeof stored === 'number' ? stored : 1;
  const plans = (dump.stores.plans?.records ?? []).map((plan) => {
    const planId = (plan as { id?: unknown }).id;
    const doc: Record<string, unknown> = { plan };
    for (const [storeName, store] of Object.entries(dump.stores)) {
      if (storeName === 'plans' || storeName === 'meta' || workspaceStores.includes(storeName)) continue;
      const mine = store.records.filter((r) => (r as { planId?: unknown }).planId === planId);
      if (storeName === 'reviews') doc.review = mine[0] ?? null;
      else doc[storeName] = mine;
    }
    return doc;
  });
  // The workspace's tables exist from schema version 3 on.
  const workspace = dump.stores.people
    ? { people: dump.stores.people.records, yearBudgets: dump.stores.yearBudgets?.records ?? [] }
    : null;
  return { dataVersion, plans, workspace };
}

/** The tables of the workspace (schema version 3): records without a planId. */
const workspaceStores = ['people', 'yearBudgets'];

/**
 * Runs before the app's database is opened. Refuses a database written by a newer app (its
 * IndexedDB version is higher than ours) without writing anything: Dexie 4 would otherwise
 * open it at its own version and carry on. Before an older schema is upgraded, stores a backup
 * of it read with raw IndexedDB.
 */
export async function prepareOpen(
  name: string,
  schemaVersion: number,
  now: () => Date = () => new Date(),
): Promise<
  | { kind: 'new' }
  | { kind: 'current' }
  | { kind: 'newer'; found: number }
  | { kind: 'upgraded'; from: number }
> {
  const stored = await storedSchemaVersion(name);
  if (stored === null) return { kind: 'new' };
  if (stored > schemaVersion) return { kind: 'newer', found: stored };
  if (stored === schemaVersion) return { kind: 'current' };
  const dump = await dumpDatabase(name);
  if (dump) {
    const { dataVersion, plans, workspace } = documentsFromDump(dump);
    if (plans.length > 0) {
      const when = now();
      const json = serializeRawBackup(plans, dataVersion, when, workspace);
      await writeStoredBackup(backupNameFor(when, 'upgrade'), [json], utf8Length(json));
    }
  }
  return { kind: 'upgraded', from: stored };
}

/**
 * For a Dexie `.upgrade()` callback: reads every plan as a document from the old tables, runs
 * the named step and writes the records back, all inside the upgrade transaction.
 * No version calls it yet (schema version 1 is the first); the next `this.version(n).upgrade(…)`
 * does, as CONTRIBUTING.md ("A new record field and its migration") describes.
 * @public
 */
export async function upgradeStoredDocuments(tx: Transaction, step: Migration): Promise<void> {
  const plans = await tx.table('plans').toArray();
  for (const plan of plans as { id: string }[]) {
    const doc: Record<string, unknown> = { plan };
    for (const key of collectionKeys) {
      doc[key] = await tx.table(key).where('planId').equals(plan.id).toArray();
    }
    doc.review = (await tx.table('reviews').get(plan.id)) ?? null;
    const next = step.upgrade(doc) as PlanDocument;
    await tx.table('plans').put(next.plan);
    for (const key of collectionKeys) {
      await tx.table(key).where('planId').equals(plan.id).delete();
      const records = next[key] as unknown[];
      if (records.length > 0) await tx.table(key).bulkPut(records);
    }
    if (next.review) await tx.table('reviews').put(next.review);
  }
  await tx.table('meta').put({ key: 'dataVersion', value: step.toVersion });
}
