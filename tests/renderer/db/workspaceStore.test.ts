import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId, yearBudgetSchema, type Workspace, type YearBudget } from '../../../shared/domain';
import { getDb, loadWorkspace, replayWorkspaceJournal } from '../../../renderer/src/db';
import { replaceAllDocuments } from '../../../renderer/src/db/backupRepo';
import { runAsFieldEdit } from '../../../renderer/src/state/fieldEdit';
import { flushWorkspaceSaves, useWorkspaceStore } from '../../../renderer/src/state/workspaceStore';

/** localStorage as the browser has it (Node has none). */
const items = new Map<string, string>();
(globalThis as { localStorage?: unknown }).localStorage = {
  get length() {
    return items.size;
  },
  key: (i: number) => [...items.keys()][i] ?? null,
  getItem: (k: string) => items.get(k) ?? null,
  setItem: (k: string, v: string) => void items.set(k, String(v)),
  removeItem: (k: string) => void items.delete(k),
  clear: () => items.clear(),
};
const JOURNAL = 'campaign-desk:workspace-journal';

const year2026 = yearBudgetSchema.parse({ id: newId(), year: 2026 });
const setCap = (capMinor: number) => (w: Workspace) => ({
  ...w,
  yearBudgets: w.yearBudgets.map((y): YearBudget => (y.id === year2026.id ? { ...y, capMinor } : y)),
});
const store = () => useWorkspaceStore.getState();
const storedCap = async () => (await loadWorkspace(await getDb())).yearBudgets[0]?.capMinor;

beforeAll(async () => {
  await store().load();
});

describe('the workspace store: edits are undo steps, journalled, then stored', () => {
  it('adds a year, stores it, and one field edit of many pauses is one undo step', async () => {
    store().commit('添加年度', (w) => ({ ...w, yearBudgets: [year2026] }));
    await flushWorkspaceSaves();
    expect(await storedCap()).toBeNull();
    // Typed "1", "12", "120000" with pauses: three stores, one field edit.
    runAsFieldEdit('field-cap', () => store().commit('年度上限', setCap(100)));
    runAsFieldEdit('field-cap', () => store().commit('年度上限', setCap(1_200)));
    runAsFieldEdit('field-cap', () => store().commit('年度上限', setCap(12_000_000)));
    await flushWorkspaceSaves();
    expect(await storedCap()).toBe(12_000_000);
    expect(store().undoLabel).toBe('年度上限');
    store().undo();
    await flushWorkspaceSaves();
    expect(await storedCap()).toBeNull();
    expect(store().undoLabel).toBe('添加年度');
    store().redo();
    await flushWorkspaceSaves();
    expect(await storedCap()).toBe(12_000_000);
    expect(store().save.kind).toBe('saved');
    expect(items.get(JOURNAL)).toBeUndefined();
  });

  it('Escape in the field takes its whole edit back', async () => {
    runAsFieldEdit('field-esc', () => store().commit('年度上限', setCap(1)));
    runAsFieldEdit('field-esc', () => store().commit('年度上限', setCap(2)));
    store().cancelEdit('field-esc');
    await flushWorkspaceSaves();
    expect(await storedCap()).toBe(12_000_000);
  });

  it('an edit is in the journal synchronously, and a later start stores what the page left', async () => {
    store().commit('年度上限', setCap(55_500));
    // Before the asynchronous save has run: the journal holds the whole workspace.
    const journalled = JSON.parse(items.get(JOURNAL) ?? 'null') as Workspace;
    expect(journalled.yearBudgets[0]?.capMinor).toBe(55_500);
    await flushWorkspaceSaves();
    // A page that died before its save: the journal is replayed into the database.
    items.set(JOURNAL, JSON.stringify(setCap(77_700)(journalled)));
    expect(await replayWorkspaceJournal(await getDb())).toBe(true);
    expect(await storedCap()).toBe(77_700);
    expect(items.get(JOURNAL)).toBeUndefined();
  });
});

describe('a restore and the workspace', () => {
  it('puts a backup’s workspace back with the plans, and keeps the current one for a file without it', async () => {
    const db = await getDb();
    const restored = { people: [], yearBudgets: [{ ...year2026, capMinor: 9_900 }] };
    await replaceAllDocuments(db, [], restored);
    expect(await loadWorkspace(db)).toEqual(restored);
    // An old file (no workspace key): the plans are replaced, the workspace stays as it is.
    await replaceAllDocuments(db, []);
    expect(await loadWorkspace(db)).toEqual(restored);
  });
});
