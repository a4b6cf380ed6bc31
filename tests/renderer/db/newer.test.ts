import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NewerDatabaseError, openDatabase } from '../../../renderer/src/db';
import { dumpDatabase, storedSchemaVersion, type DatabaseDump } from '../../../renderer/src/db/migrations';
import { loadDump } from './loadDump';

const v1 = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/db/v1.json'), 'utf8'),
) as DatabaseDump;
const v3 = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../fixtures/db/v3.json'), 'utf8'),
) as DatabaseDump;

describe('a database written by a newer app is refused, and nothing is written to it', () => {
  it('refuses a higher schema version (which Dexie 4 alone would open)', async () => {
    // What a v4 build would leave: IndexedDB version 40 and a store this build does not know.
    const newer: DatabaseDump = {
      ...v1,
      version: 40,
      stores: {
        ...v1.stores,
        forecasts: { keyPath: 'id', autoIncrement: false, indexes: [], records: [{ id: 'f1' }] },
      },
    };
    await loadDump(newer, 'newer-schema');
    const before = await dumpDatabase('newer-schema');
    const error = await openDatabase('newer-schema').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NewerDatabaseError);
    expect((error as NewerDatabaseError).found).toBe(4);
    expect(await dumpDatabase('newer-schema')).toEqual(before);
    expect(await storedSchemaVersion('newer-schema')).toBe(4);
  });

  it('refuses a newer data version under the same schema', async () => {
    // The current schema (v3) carrying a data version from the future.
    const meta = { ...v3.stores.meta!, records: [{ key: 'dataVersion', value: 99 }] };
    await loadDump({ ...v3, stores: { ...v3.stores, meta } }, 'newer-data');
    const before = await dumpDatabase('newer-data');
    await expect(openDatabase('newer-data')).rejects.toMatchObject({ name: 'NewerDatabaseError', found: 99 });
    expect(await dumpDatabase('newer-data')).toEqual(before);
  });

  it('creates nothing when merely checking for a database that does not exist', async () => {
    expect(await storedSchemaVersion('never-made')).toBeNull();
    expect((await indexedDB.databases()).some((d) => d.name === 'never-made')).toBe(false);
  });
});
