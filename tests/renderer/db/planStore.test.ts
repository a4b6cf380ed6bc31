import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../../shared/domain';
import { double11Plan } from '../../fixtures/double11Plan';
import { getDb, insertDocument, loadDocument } from '../../../renderer/src/db';
import { flushPlanSaves, usePlanStore } from '../../../renderer/src/state/planStore';

const doc = double11Plan();
const taskId = doc.tasks[0]!.id;

function retitle(title: string) {
  return (d: PlanDocument): PlanDocument => ({
    ...d,
    tasks: d.tasks.map((t) => (t.id === taskId ? { ...t, title } : t)),
  });
}
const shownTitle = () => usePlanStore.getState().doc?.tasks.find((t) => t.id === taskId)?.title;
async function storedTitle() {
  const stored = await loadDocument(await getDb(), doc.plan.id);
  return stored?.tasks.find((t) => t.id === taskId)?.title;
}

beforeAll(async () => {
  await insertDocument(await getDb(), doc);
  await usePlanStore.getState().openPlan(doc.plan.id);
});

describe('undo and redo: at least 100 steps per plan', () => {
  it('120 edits, 100 undos: the document is as after edit 20, stored too; 100 redos bring edit 120 back', async () => {
    const { commit } = usePlanStore.getState();
    for (let i = 1; i <= 120; i++) commit(`edit ${i}`, retitle(`第 ${i} 版`));
    await flushPlanSaves();
    expect(await storedTitle()).toBe('第 120 版');
    for (let i = 0; i < 100; i++) usePlanStore.getState().undo();
    expect(shownTitle()).toBe('第 20 版');
    expect(usePlanStore.getState().undoLabel).toBe('edit 20');
    await flushPlanSaves();
    expect(await storedTitle()).toBe('第 20 版');
    for (let i = 0; i < 100; i++) usePlanStore.getState().redo();
    expect(shownTitle()).toBe('第 120 版');
    await flushPlanSaves();
    expect(await storedTitle()).toBe('第 120 版');
  });
});

describe('a full disk', () => {
  const realPut = IDBObjectStore.prototype.put;
  afterEach(() => {
    IDBObjectStore.prototype.put = realPut;
  });

  it('says the disk is full, keeps the change in memory, and Retry stores it', async () => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    usePlanStore.getState().commit('rename', retitle('磁盘满时的修改'));
    await flushPlanSaves();
    const save = usePlanStore.getState().save;
    expect(save.kind).toBe('failed');
    expect(save.kind === 'failed' && save.isQuota).toBe(true);
    expect(shownTitle()).toBe('磁盘满时的修改');
    expect(await storedTitle()).toBe('第 120 版');

    IDBObjectStore.prototype.put = realPut;
    await flushPlanSaves();
    expect(usePlanStore.getState().save.kind).toBe('saved');
    expect(await storedTitle()).toBe('磁盘满时的修改');
  });
});
