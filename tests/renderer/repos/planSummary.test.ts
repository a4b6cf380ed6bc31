import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { updatePlan, updateRecord, type PlanDocument, type Task } from '../../../shared/domain';
import { ownerCollections } from '../../../shared/people/ownerReview';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';
import {
  applyDiff,
  diffDocuments,
  insertDocument,
  listPlans,
  purgeDocument,
  takeSummary,
  updatePlanRecord,
} from '../../../renderer/src/db';
import { freshDatabases } from './freshDatabases';
import { replaceAllDocuments } from '../../../renderer/src/db/backupRepo';
import { saveMerging } from '../../../renderer/src/db/syncRepo';

const freshDb = freshDatabases('summary');

/** A template plan with every owner cleared, so the test's owners are the only ones. */
function make(): PlanDocument {
  const doc = createPlanFromTemplate({
    templateId: 'double11',
    peakDate: '2026-11-11',
    locale: 'zh-CN',
    now: new Date('2026-08-01T00:00:00Z'),
  });
  const cleared = { ...doc } as Record<string, unknown>;
  for (const key of ownerCollections) cleared[key] = (doc[key] as object[]).map((r) => ({ ...r, owner: '' }));
  return cleared as unknown as PlanDocument;
}

/** An edit as the plan store makes it: the records changed and the plan stamped. */
function stamped(doc: PlanDocument, at: string): PlanDocument {
  return updatePlan(doc, { updatedAt: at });
}

/** Two tasks owned: 张三(运营) and 张三/李四. */
function owned(doc: PlanDocument): PlanDocument {
  const [first, second] = doc.tasks;
  return updateRecord(updateRecord(doc, 'tasks', first!.id, { owner: '张三(运营)' }), 'tasks', second!.id, {
    owner: '张三/李四',
  });
}

/** docs/library.md: the library lists plan records and a summary written where the plan is written. */
describe('the library’s plan summaries (meta table)', () => {
  it('a new plan is listed with its owners and task count at once', async () => {
    const db = await freshDb();
    const doc = owned(make());
    await insertDocument(db, doc);
    const [listed] = await listPlans(db);
    expect(listed).toMatchObject({
      owners: ['李四', '张三'],
      taskCount: doc.tasks.length,
      isSummaryPending: false,
    });
  });

  it('a save adjusts the stored summary from the records it changed (no record read by the listing)', async () => {
    const db = await freshDb();
    const base = owned(make());
    await insertDocument(db, base);
    const [first, second] = base.tasks;
    // 张三(运营) → 王五; a task added for 赵六; the 张三/李四 task deleted: 张三 and 李四 are gone.
    const added: Task = { ...first!, id: `${first!.id}-new` as Task['id'], owner: '赵六' };
    const edited = stamped(
      {
        ...updateRecord(base, 'tasks', first!.id, { owner: '王五' }),
        tasks: [
          ...updateRecord(base, 'tasks', first!.id, { owner: '王五' }).tasks.filter(
            (t) => t.id !== second!.id,
          ),
          added,
        ],
      },
      '2026-08-02T00:00:00.000Z',
    );
    await saveMerging(db, base, edited);
    const [listed] = await listPlans(db);
    expect(listed).toMatchObject({
      owners: ['王五', '赵六'],
      taskCount: base.tasks.length,
      isSummaryPending: false,
    });
    // Worked out from the records, the same.
    expect((await takeSummary(db, base.plan.id))?.summary.taskCount).toBe(base.tasks.length);
  });

  it('two windows saving different tasks: the summary counts both (read as stored)', async () => {
    const db = await freshDb();
    const base = make();
    await insertDocument(db, base);
    const [first, second] = base.tasks;
    const a = stamped(updateRecord(base, 'tasks', first!.id, { owner: '小李' }), '2026-08-02T00:00:00.000Z');
    const b = stamped(updateRecord(base, 'tasks', second!.id, { owner: '小王' }), '2026-08-03T00:00:00.000Z');
    await saveMerging(db, base, a);
    await saveMerging(db, base, b); // B never saw A's write
    expect((await listPlans(db))[0]?.owners).toEqual(['小李', '小王']);
  });

  it('a plan written without a summary (an older version, the edit journal) is listed as pending, then taken', async () => {
    const db = await freshDb();
    const doc = make();
    await insertDocument(db, doc);
    const journalled = stamped(owned(doc), '2026-08-05T00:00:00.000Z');
    await applyDiff(db, doc.plan.id, diffDocuments(doc, journalled));
    const [pending] = await listPlans(db);
    expect(pending).toMatchObject({ isSummaryPending: true, owners: [], taskCount: 0 });
    const taken = await takeSummary(db, doc.plan.id);
    expect(taken?.summary.planUpdatedAt).toBe('2026-08-05T00:00:00.000Z');
    expect((await listPlans(db))[0]).toMatchObject({ owners: ['李四', '张三'], isSummaryPending: false });
  });

  it('archiving stamps the plan and keeps its summary current', async () => {
    const db = await freshDb();
    const doc = owned(make());
    await insertDocument(db, doc);
    await updatePlanRecord(db, doc.plan.id, (p) => ({
      ...p,
      archivedAt: 'x',
      updatedAt: '2026-09-01T00:00:00.000Z',
    }));
    expect((await listPlans(db))[0]).toMatchObject({ owners: ['李四', '张三'], isSummaryPending: false });
  });

  it('drops the summary of a plan deleted for good, and all of them on a restore', async () => {
    const db = await freshDb();
    const a = make();
    const b = owned(make());
    await insertDocument(db, a);
    await insertDocument(db, b);
    await purgeDocument(db, a.plan.id);
    expect(await db.meta.get(`planSummary:${a.plan.id}`)).toBeUndefined();
    expect(await db.meta.get(`planSummary:${b.plan.id}`)).toBeDefined();
    const c = make();
    await replaceAllDocuments(db, [c]);
    expect(await db.meta.get(`planSummary:${b.plan.id}`)).toBeUndefined();
    expect((await listPlans(db)).map((p) => [p.plan.id, p.isSummaryPending])).toEqual([[c.plan.id, false]]);
    expect(await db.meta.get('dataVersion')).toBeDefined();
  });
});
