import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { double11Plan } from '../../fixtures/double11Plan';
import { compareWithBaselines } from '../../../shared/figures/baselines';
import { addNamedBaseline, namedBaselinesOf } from '../../../shared/review/baselines';
import { getDb, insertDocument, loadDocument } from '../../../renderer/src/db';
import { flushPlanSaves, usePlanStore } from '../../../renderer/src/state/planStore';

/**
 * Named baselines (docs/baselines.md) live on the stored review record. A review written before
 * they existed — stored exactly as older versions wrote it, with no `baselines` field — loads
 * as "no baselines", and the first one added is stored and undone like any edit.
 */
describe('named baselines in the database', () => {
  it('an older review without baselines loads as none; an added baseline is stored, undo removes it', async () => {
    const doc = double11Plan();
    const db = await getDb();
    await insertDocument(db, doc);
    // The review record as an older version stored it: no `baselines`.
    await db.reviews.put({
      planId: doc.plan.id,
      method: 'direct',
      indicators: [],
      ahpMatrix: null,
      useFuzzy: false,
      summary: '旧复盘',
      baselineLabel: '2025 双11',
      goalActuals: [],
    });
    const old = await loadDocument(db, doc.plan.id);
    expect(old?.review?.summary).toBe('旧复盘');
    expect(old && 'baselines' in old.review!).toBe(false);
    expect(namedBaselinesOf(old!)).toEqual([]);
    expect(compareWithBaselines(old!, []).baselines).toEqual([]);

    await usePlanStore.getState().openPlan(doc.plan.id);
    usePlanStore
      .getState()
      .commit('添加活动前基线', (d) => addNamedBaseline(d, { kind: 'before', name: '活动前' }));
    await flushPlanSaves();
    const stored = await loadDocument(db, doc.plan.id);
    expect(namedBaselinesOf(stored!).map((b) => [b.kind, b.name])).toEqual([['before', '活动前']]);
    expect(stored?.review?.summary).toBe('旧复盘');

    usePlanStore.getState().undo();
    await flushPlanSaves();
    expect(namedBaselinesOf((await loadDocument(db, doc.plan.id))!)).toEqual([]);
  });
});
