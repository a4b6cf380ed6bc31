import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { updateRecord, removeRecord, type PlanId } from '../../../shared/domain';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';
import {
  applyDiff,
  diffDocuments,
  insertDocument,
  listPlans,
  loadDocument,
  NewerDatabaseError,
  openDatabase,
  purgeDocument,
  purgeExpiredTrash,
} from '../../../renderer/src/db';
import { freshDatabases } from './freshDatabases';

const freshDb = freshDatabases('test');

const now = new Date('2026-08-01T00:00:00Z');
const make = () =>
  createPlanFromTemplate({ templateId: 'double11', peakDate: '2026-11-11', locale: 'zh-CN', now });

describe('plan storage (Dexie behind repositories)', () => {
  it('stores a whole plan and reads back the same document', async () => {
    const d = await freshDb();
    const doc = make();
    await insertDocument(d, doc);
    const loaded = await loadDocument(d, doc.plan.id);
    expect(loaded).toEqual(doc);
  });

  it('stores an edit as a diff: one changed task, one removed risk', async () => {
    const d = await freshDb();
    const doc = make();
    await insertDocument(d, doc);
    const edited = removeRecord(
      updateRecord(doc, 'tasks', doc.tasks[0]!.id, { title: '回顾去年双11（改）' }),
      'risks',
      doc.risks[0]!.id,
    );
    const diff = diffDocuments(doc, edited);
    expect(diff.puts.tasks).toHaveLength(1);
    expect(diff.deletes.risks).toEqual([doc.risks[0]!.id]);
    expect(diff.puts.goals).toBeUndefined();
    await applyDiff(d, doc.plan.id, diff);
    const loaded = await loadDocument(d, doc.plan.id);
    expect(loaded?.tasks[0]?.title).toBe('回顾去年双11（改）');
    expect(loaded?.risks).toHaveLength(doc.risks.length - 1);
  });

  it('an empty diff writes nothing', () => {
    const doc = make();
    expect(diffDocuments(doc, doc).isEmpty).toBe(true);
  });

  it('lists plans with their task counts, and purges one plan without touching another', async () => {
    const d = await freshDb();
    const a = make();
    const b = make();
    await insertDocument(d, a);
    await insertDocument(d, b);
    const listed = await listPlans(d);
    expect(listed.map((s) => s.taskCount)).toEqual([a.tasks.length, b.tasks.length]);
    await purgeDocument(d, a.plan.id);
    expect(await loadDocument(d, a.plan.id)).toBeNull();
    expect((await loadDocument(d, b.plan.id))?.tasks).toHaveLength(b.tasks.length);
    expect(await d.table('tasks').where('planId').equals(a.plan.id).count()).toBe(0);
  });

  it('empties the trash after 30 days, not before', async () => {
    const d = await freshDb();
    const old = make();
    old.plan = { ...old.plan, deletedAt: '2026-07-01T00:00:00.000Z' };
    const recent = make();
    recent.plan = { ...recent.plan, deletedAt: '2026-07-20T00:00:00.000Z' };
    await insertDocument(d, old);
    await insertDocument(d, recent);
    expect(await purgeExpiredTrash(d, now)).toBe(1);
    expect(await loadDocument(d, old.plan.id)).toBeNull();
    expect(await loadDocument(d, recent.plan.id as PlanId)).not.toBeNull();
  });

  it('refuses a database whose data was written by a newer app, without writing to it', async () => {
    const d = await freshDb();
    await d.meta.put({ key: 'dataVersion', value: 99 });
    const name = d.name;
    d.close();
    await expect(openDatabase(name)).rejects.toBeInstanceOf(NewerDatabaseError);
  });
});
