import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addPerson,
  personSchema,
  removePerson,
  workspaceSchema,
  type Workspace,
} from '../../../shared/domain';
import { getDb, loadWorkspace, saveWorkspace } from '../../../renderer/src/db';
import { replaceWorkspace } from '../../../renderer/src/db/workspaceRepo';

/**
 * The roster reads back in the order people were added (docs/people.md: the workload grid and its
 * workbook follow the roster's order). People are keyed by a random id; read in key order, "Zed,
 * Amy, Mia" came back as "Zed, Mia, Amy" after a reload.
 */
const person = (id: string, name: string) => personSchema.parse({ id, name });
// Ids whose key order is not the order they are added in.
const zed = person('p-m', 'Zed');
const amy = person('p-z', 'Amy');
const mia = person('p-a', 'Mia');
const names = (w: Workspace) => w.people.map((p) => p.name);

describe('the roster’s order in the database', () => {
  it('reads people back in the order they were added, also after one is removed and after a restore', async () => {
    const db = await getDb();
    let prev = await loadWorkspace(db);
    for (const p of [zed, amy, mia]) {
      const next = addPerson(prev, p);
      prev = (await saveWorkspace(db, prev, next)).stored;
    }
    expect(names(await loadWorkspace(db))).toEqual(['Zed', 'Amy', 'Mia']);
    const kim = person('p-b', 'Kim');
    const without = removePerson(prev, amy.id);
    prev = (await saveWorkspace(db, prev, without)).stored;
    await saveWorkspace(db, prev, addPerson(prev, kim));
    expect(names(await loadWorkspace(db))).toEqual(['Zed', 'Mia', 'Kim']);
    await replaceWorkspace(db, workspaceSchema.parse({ people: [mia, amy, zed] }));
    expect(names(await loadWorkspace(db))).toEqual(['Mia', 'Amy', 'Zed']);
    // What is read carries no storage field: a person is what the schema says.
    expect((await loadWorkspace(db)).people[0]).toEqual(mia);
  });

  it('keeps every person stored before positions were kept, and orders them from the next save on', async () => {
    const db = await getDb();
    await db.people.clear();
    // Rows as an earlier version stored them: no position.
    await db.people.bulkPut([zed, amy, mia]);
    const read = await loadWorkspace(db);
    expect([...names(read)].sort()).toEqual(['Amy', 'Mia', 'Zed']);
    const shown = names(read);
    const lee = person('p-0', 'Lee');
    await saveWorkspace(db, read, addPerson(read, lee));
    expect(names(await loadWorkspace(db))).toEqual([...shown, 'Lee']);
  });
});
