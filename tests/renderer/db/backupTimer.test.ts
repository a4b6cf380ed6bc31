import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { double11Plan } from '../../fixtures/double11Plan';
import { getDb, insertDocument, loadDocument } from '../../../renderer/src/db';
import { saveMerging } from '../../../renderer/src/db/syncRepo';
import {
  editedSinceLastBackup,
  startAutomaticBackups,
  useBackupStore,
} from '../../../renderer/src/state/backupStore';
import { flushPlanSaves, usePlanStore } from '../../../renderer/src/state/planStore';
import { CHANNEL_NAME } from '../../../renderer/src/state/syncTabs';

/**
 * The 15-minute backup (docs/backups.md) is taken while the planner edits. Two windows of one
 * profile share one database: a window that only takes in the other's saves has nothing of its
 * own to back up, so the same data is not backed up twice, once by each window's timer.
 */
const items = new Map<string, string>();
(globalThis as { localStorage?: unknown }).localStorage = {
  getItem: (k: string) => items.get(k) ?? null,
  setItem: (k: string, v: string) => void items.set(k, String(v)),
  removeItem: (k: string) => void items.delete(k),
};

const doc = double11Plan();
const taskId = doc.tasks[0]!.id;
const other = new BroadcastChannel(CHANNEL_NAME);
const shownTitle = () => usePlanStore.getState().doc?.tasks.find((t) => t.id === taskId)?.title;

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 300 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

beforeAll(async () => {
  await insertDocument(await getDb(), doc);
  await usePlanStore.getState().openPlan(doc.plan.id);
  startAutomaticBackups();
  // The start backup is taken (nothing edited since it).
  await until(() => useBackupStore.getState().backups.length > 0);
});
afterAll(() => other.close());

describe('the backup timer counts this window’s own edits only', () => {
  it('another window’s save, taken in here, is not an edit of this window; an edit here is', async () => {
    expect(editedSinceLastBackup()).toBe(false);
    // The other window retitles a task, stores it and says so.
    const db = await getDb();
    const stored = (await loadDocument(db, doc.plan.id))!;
    const theirs = {
      ...stored,
      tasks: stored.tasks.map((t) => (t.id === taskId ? { ...t, title: '另一窗口改的' } : t)),
    };
    const { changed } = await saveMerging(db, stored, theirs);
    other.postMessage({ kind: 'saved', planId: doc.plan.id, changed });
    await until(() => shownTitle() === '另一窗口改的');
    expect(editedSinceLastBackup()).toBe(false);

    usePlanStore.getState().commit('改名', (d) => ({
      ...d,
      tasks: d.tasks.map((t) => (t.id === taskId ? { ...t, title: '这里改的' } : t)),
    }));
    await flushPlanSaves();
    expect(editedSinceLastBackup()).toBe(true);
  });
});
