import { describe, it, expect } from 'vitest';
import {
  defaultGoalDirection,
  emptyDocument,
  goalSchema,
  planSchema,
  reviewSchema,
  type Goal,
  type PlanDocument,
} from '../../../shared/domain';
import { checkGoalSmart } from '../../../shared/planning/smart';
import { attainmentRatio, attainmentStatus, goalAttainments } from '../../../shared/review/attainment';
import { scoreReview } from '../../../shared/review/score';
import { day } from './reviewFixture';

// Expected values: docs/figures-goals.md §1, worked by hand.

const scorePlan = (doc: PlanDocument) => (doc.review ? scoreReview(doc.review, goalAttainments(doc)) : null);

function planWith(goals: Partial<Goal>[], actuals: { gmvMinor: number; refundsMinor: number }): PlanDocument {
  const plan = planSchema.parse({
    id: 'plan-11',
    name: '双11',
    type: 'double11',
    startDate: '2026-11-01',
    endDate: '2026-11-11',
    peakDate: '2026-11-11',
    createdAt: '2026-09-01T00:00:00.000Z',
    updatedAt: '2026-09-01T00:00:00.000Z',
  });
  const doc = emptyDocument(plan);
  doc.goals = goals.map((g, i) => goalSchema.parse({ id: `g${i}`, planId: plan.id, order: i, ...g }));
  doc.actuals = [day({ date: '2026-11-11', ...actuals })];
  doc.review = reviewSchema.parse({
    planId: plan.id,
    indicators: doc.goals.map((g, i) => ({ id: `i${i}`, goalId: g.id, name: g.title, weight: g.weight })),
  });
  return doc;
}

const refundGoal: Partial<Goal> = {
  title: '退款率 ≤ 5%',
  metric: 'refundRate',
  unit: 'rate',
  direction: 'lower',
  target: 0.05,
  weight: 1,
};

describe('goal direction', () => {
  it('a refund rate ≤ 5 % with 8 % actual is 62.5 %, missed, and scores 62.5 — not 160 %, met', () => {
    // GMV ¥100,000, refunds ¥8,000 → refund rate 8 %
    const doc = planWith([refundGoal], { gmvMinor: 10_000_000, refundsMinor: 800_000 });
    const [a] = goalAttainments(doc);
    expect(a?.actual).toBeCloseTo(0.08, 12);
    expect(a?.attainment).toBeCloseTo(0.625, 12);
    expect(a?.status).toBe('missed');
    expect(scorePlan(doc)?.score).toBeCloseTo(62.5, 9);
  });

  it('a refund rate under the ceiling is met (4 % → 125 %), just over it is near (6 % → 83.3 %)', () => {
    const met = goalAttainments(planWith([refundGoal], { gmvMinor: 10_000_000, refundsMinor: 400_000 }))[0];
    expect(met?.attainment).toBeCloseTo(1.25, 12);
    expect(met?.status).toBe('met');
    const near = goalAttainments(planWith([refundGoal], { gmvMinor: 10_000_000, refundsMinor: 600_000 }))[0];
    expect(near?.attainment).toBeCloseTo(5 / 6, 12);
    expect(near?.status).toBe('near');
  });

  it('no refunds at all meets a lower-is-better goal at 100 %', () => {
    expect(attainmentRatio(0, { direction: 'lower', target: 0.05 })).toBe(1);
    expect(attainmentStatus(0, { direction: 'lower', target: 0.05 })).toBe('met');
  });

  it('a 让利率 range of 10–15 %: 12 % met at 100 %, 20 % missed at 75 %, 9 % near at 90 %', () => {
    const range = { direction: 'range' as const, target: 0.1, targetMax: 0.15 };
    expect(attainmentRatio(0.12, range)).toBe(1);
    expect(attainmentStatus(0.12, range)).toBe('met');
    expect(attainmentRatio(0.2, range)).toBeCloseTo(0.75, 12);
    expect(attainmentStatus(0.2, range)).toBe('missed');
    expect(attainmentRatio(0.09, range)).toBeCloseTo(0.9, 12);
    expect(attainmentStatus(0.09, range)).toBe('near');
  });

  it('a range without its high end is not scored and says why', () => {
    const doc = planWith([{ ...refundGoal, direction: 'range', targetMax: null }], {
      gmvMinor: 10_000_000,
      refundsMinor: 800_000,
    });
    const [a] = goalAttainments(doc);
    expect(a?.issue).toBe('rangeInvalid');
    expect(a?.attainment).toBeNull();
  });

  it('GMV ≥ ¥300万 at ¥330万 (capped 100) and refund rate 8 % (62.5), half each, score 81.25', () => {
    // GMV ¥3,300,000, refunds ¥264,000 → 8 %
    const doc = planWith(
      [
        { title: 'GMV', metric: 'gmv', unit: 'money', target: 300_000_000, weight: 0.5 },
        { ...refundGoal, weight: 0.5 },
      ],
      { gmvMinor: 330_000_000, refundsMinor: 26_400_000 },
    );
    expect(goalAttainments(doc).map((a) => a.status)).toEqual(['met', 'missed']);
    expect(scorePlan(doc)?.score).toBeCloseTo(81.25, 9);
  });

  it('goals saved before directions read as higher is better', () => {
    const old = goalSchema.parse({ id: 'g', planId: 'p', metric: 'gmv', unit: 'money', target: 1 });
    expect(old.direction).toBe('higher');
    expect(old.targetMax).toBeNull();
  });

  it('defaults refund rate, complaint rate, cost per order, 让利率 and spend to lower is better', () => {
    for (const m of ['refundRate', 'complaintRate', 'costPerOrder', 'discountRate', 'spend'] as const)
      expect(defaultGoalDirection(m)).toBe('lower');
    for (const m of ['gmv', 'conversion', 'roas', 'repurchase'] as const)
      expect(defaultGoalDirection(m)).toBe('higher');
  });
});

describe('SMART check and direction', () => {
  const smart = {
    title: 'GMV',
    metric: 'gmv' as const,
    target: 250_000_000,
    baseline: 300_000_000,
    deadline: '2026-11-11',
  };
  it('flags a growth goal whose target is below its baseline', () => {
    expect(checkGoalSmart({ ...smart, direction: 'higher' })).toEqual({
      isSmart: false,
      missing: [],
      conflicts: ['targetBelowBaseline'],
    });
  });
  it('flags a lower-is-better goal aiming above its baseline, and accepts one aiming below', () => {
    const refund = { ...smart, metric: 'refundRate' as const, direction: 'lower' as const };
    expect(checkGoalSmart({ ...refund, target: 0.06, baseline: 0.05 }).conflicts).toEqual([
      'targetAboveBaseline',
    ]);
    expect(checkGoalSmart({ ...refund, target: 0.05, baseline: 0.06 }).isSmart).toBe(true);
  });
  it('flags a range without a high end or with its ends swapped', () => {
    const range = { ...smart, direction: 'range' as const, target: 0.1, baseline: 0.12 };
    expect(checkGoalSmart({ ...range, targetMax: null }).conflicts).toEqual(['rangeIncomplete']);
    expect(checkGoalSmart({ ...range, targetMax: 0.05 }).conflicts).toEqual(['rangeInverted']);
    expect(checkGoalSmart({ ...range, targetMax: 0.15 }).isSmart).toBe(true);
  });
});
