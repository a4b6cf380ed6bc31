import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { updatePlan, updateRecord, type PlanDocument } from '../../../shared/domain';
import { ownerCollections } from '../../../shared/people/ownerReview';
import { createPlanFromTemplate } from '../../../shared/planning/createPlan';
import {
  applyDiff,
  diffDocuments,
  insertDocument,
  listPlans,
  openDatabase,
  purgeDocument,
  type CampaignDeskDb,
} from '../../../renderer/src/db';

let db: CampaignDeskDb | null = null;
let n = 0;
afterEach(async () => {
  await db?.delete();
  db = null;
});

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

/** docs/library.md: the library lists plan records and a stored summary, taken again when stale. */
describe('the library’s plan summaries (meta table)', () => {
  it('lists owner names and task counts, and takes them again after an edit stamps the plan', async () => {
    db = await openDatabase(`summary-${++n}`);
    const doc = make();
    const [first, second] = doc.tasks;
    const owned = updateRecord(
      updateRecord(doc, 'tasks', first!.id, { owner: '张三(运营)' }),
      'tasks',
      second!.id,
      {
        owner: '张三/李四',
      },
    );
    await insertDocument(db, owned);
    const [listed] = await listPlans(db);
    expect(listed?.owners).toEqual(['李四', '张三']);
    expect(listed?.taskCount).toBe(doc.tasks.length);
    expect((await db.meta.get(`planSummary:${doc.plan.id}`))?.value).toMatchObject({
      owners: ['李四', '张三'],
    });

    // An edit as the plan store makes it: the record changed and the plan stamped.
    const edited = updatePlan(updateRecord(owned, 'tasks', first!.id, { owner: '王五' }), {
      updatedAt: '2026-08-02T00:00:00.000Z',
    });
    await applyDiff(db, doc.plan.id, diffDocuments(owned, edited));
    expect((await listPlans(db))[0]?.owners).toEqual(['李四', '王五', '张三']);
  });

  it('reads the stored summary while the plan’s stamp is unchanged (no record read)', async () => {
    db = await openDatabase(`summary-${++n}`);
    const doc = make();
    await insertDocument(db, doc);
    await listPlans(db);
    const key = `planSummary:${doc.plan.id}`;
    const stored = (await db.meta.get(key))!.value as object;
    await db.meta.put({ key, value: { ...stored, owners: ['仅来自摘要'] } });
    expect((await listPlans(db))[0]?.owners).toEqual(['仅来自摘要']);
  });

  it('drops the summary of a plan deleted for good', async () => {
    db = await openDatabase(`summary-${++n}`);
    const a = make();
    const b = make();
    await insertDocument(db, a);
    await insertDocument(db, b);
    await listPlans(db);
    await purgeDocument(db, a.plan.id);
    await insertDocument(db, make());
    await listPlans(db);
    expect(await db.meta.get(`planSummary:${a.plan.id}`)).toBeUndefined();
    expect(await db.meta.get(`planSummary:${b.plan.id}`)).toBeDefined();
  });
});
