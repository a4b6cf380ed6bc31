import { describe, it, expect } from 'vitest';
import {
  addIndicator,
  addLesson,
  mergeImportedActuals,
  removeIndicator,
  reviewOf,
  setActualFigures,
  setAhpJudgement,
  setGoalActual,
  setReviewFields,
} from '../../../shared/review/recipes';
import { sumActuals } from '../../../shared/review/actualsTotals';
import type { GoalId } from '../../../shared/domain';
import { reviewFixture } from './reviewFixture';

describe('review recipes', () => {
  it('starts a review with one indicator per goal, weighted as the goals are', () => {
    const r = reviewOf(reviewFixture());
    expect(r.indicators.map((i) => [i.goalId, i.weight])).toEqual([
      ['g-gmv', 0.5],
      ['g-cvr', 0.3],
      ['g-roas', 0.2],
    ]);
  });

  it('keeps the AHP matrix square and reciprocal as judgements and indicators change', () => {
    let doc = setReviewFields(reviewFixture(), { method: 'ahp' });
    expect(doc.review?.ahpMatrix).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    doc = setAhpJudgement(doc, { row: 0, column: 2, value: 5 });
    expect(doc.review?.ahpMatrix?.[2]?.[0]).toBeCloseTo(0.2, 12);
    doc = addIndicator(doc, { goalId: null, name: '满意度' });
    expect(doc.review?.ahpMatrix?.map((row) => row.length)).toEqual([4, 4, 4, 4]);
    const second = doc.review!.indicators[1]!.id;
    doc = removeIndicator(doc, second);
    expect(doc.review?.ahpMatrix).toEqual([
      [1, 5, 1],
      [0.2, 1, 1],
      [1, 1, 1],
    ]);
    expect(doc.review?.indicators.map((i) => i.name)).toEqual(['GMV', '投产比', '满意度']);
  });

  it('upserts one day by period, date and channel', () => {
    let doc = reviewFixture();
    const before = doc.actuals.length;
    doc = setActualFigures(doc, {
      slot: { period: 'campaign', date: '2026-11-01', channelId: null },
      figures: { gmvMinor: 7_000_000 },
    });
    expect(doc.actuals.length).toBe(before);
    doc = setActualFigures(doc, {
      slot: { period: 'baseline', date: '2025-11-01', channelId: null },
      figures: { uv: 10 },
    });
    expect(doc.actuals.length).toBe(before + 1);
    expect(sumActuals(doc.actuals, 'campaign').gmvMinor).toBe(31_000_000);
  });

  it('importing the same rows twice changes nothing', () => {
    const rows = [
      {
        period: 'campaign' as const,
        date: '2026-11-04',
        channelId: null,
        uv: 1,
        pv: null,
        buyers: 1,
        orders: 1,
        gmvMinor: 100,
        spendMinor: null,
        couponsClaimed: null,
        couponsRedeemed: null,
        refundsMinor: null,
        newCustomers: null,
      },
    ];
    const once = mergeImportedActuals(reviewFixture(), rows);
    const twice = mergeImportedActuals(once, rows);
    expect(twice.actuals.length).toBe(once.actuals.length);
    expect(sumActuals(twice.actuals, 'campaign').gmvMinor).toBe(30_000_100);
  });

  it('types and clears a goal actual; appends lessons in order', () => {
    let doc = setGoalActual(reviewFixture(), { goalId: 'g-x' as GoalId, value: 0.2 });
    expect(doc.review?.goalActuals).toEqual([{ goalId: 'g-x', value: 0.2 }]);
    doc = setGoalActual(doc, { goalId: 'g-x' as GoalId, value: null });
    expect(doc.review?.goalActuals).toEqual([]);
    doc = addLesson(doc, { kind: 'worked', text: 'A' });
    doc = addLesson(doc, { kind: 'action', text: 'B', owner: '王五', dueDate: '2027-01-10' });
    expect(doc.lessons.map((l) => [l.text, l.order, l.owner])).toEqual([
      ['A', 0, ''],
      ['B', 1, '王五'],
    ]);
  });
});
