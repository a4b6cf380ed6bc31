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
    let doc = setReviewFields({ method: 'ahp' })(reviewFixture());
    expect(doc.review?.ahpMatrix).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    doc = setAhpJudgement(0, 2, 5)(doc);
    expect(doc.review?.ahpMatrix?.[2]?.[0]).toBeCloseTo(0.2, 12);
    doc = addIndicator({ goalId: null, name: '满意度' })(doc);
    expect(doc.review?.ahpMatrix?.map((row) => row.length)).toEqual([4, 4, 4, 4]);
    const second = doc.review!.indicators[1]!.id;
    doc = removeIndicator(second)(doc);
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
    doc = setActualFigures(
      { period: 'campaign', date: '2026-11-01', channelId: null },
      { gmvMinor: 7_000_000 },
    )(doc);
    expect(doc.actuals.length).toBe(before);
    doc = setActualFigures({ period: 'baseline', date: '2025-11-01', channelId: null }, { uv: 10 })(doc);
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
    const once = mergeImportedActuals(rows)(reviewFixture());
    const twice = mergeImportedActuals(rows)(once);
    expect(twice.actuals.length).toBe(once.actuals.length);
    expect(sumActuals(twice.actuals, 'campaign').gmvMinor).toBe(30_000_100);
  });

  it('types and clears a goal actual; appends lessons in order', () => {
    let doc = setGoalActual('g-x' as GoalId, 0.2)(reviewFixture());
    expect(doc.review?.goalActuals).toEqual([{ goalId: 'g-x', value: 0.2 }]);
    doc = setGoalActual('g-x' as GoalId, null)(doc);
    expect(doc.review?.goalActuals).toEqual([]);
    doc = addLesson({ kind: 'worked', text: 'A' })(doc);
    doc = addLesson({ kind: 'action', text: 'B', owner: '王五', dueDate: '2027-01-10' })(doc);
    expect(doc.lessons.map((l) => [l.text, l.order, l.owner])).toEqual([
      ['A', 0, ''],
      ['B', 1, '王五'],
    ]);
  });
});
