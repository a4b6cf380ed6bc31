import { describe, expect, it } from 'vitest';
import { goalSchema, type BudgetCategoryId, type ChannelId, type GoalMetric } from '../../../shared/domain';
import type { GoalDirection } from '../../../shared/domain';
import { computeFigures } from '../../../shared/figures';
import { category, channel, line, makeDoc } from '../budget/fixture';

/** docs/figures-goals.md "The forecast against a goal", hand-worked. */
function goal(
  id: string,
  metric: GoalMetric,
  direction: GoalDirection,
  target: number,
  targetMax: number | null = null,
) {
  return goalSchema.parse({ id, planId: 'plan-1', metric, direction, target, targetMax, unit: 'count' });
}

const doc = makeDoc({
  channels: [channel('ch', { expectedUv: 100_000, cvr: 0.02, aovMinor: 50_000 })],
  budgetCategories: [category('ads', 'advertising'), category('disc', 'discount', 1)],
  budgetLines: [
    line('media', {
      categoryId: 'ads' as BudgetCategoryId,
      channelId: 'ch' as ChannelId,
      plannedMinor: 15_000_000,
    }),
    line('rebate', { categoryId: 'disc' as BudgetCategoryId, plannedMinor: 12_000_000 }),
  ],
  goals: [
    goal('spend-250k', 'spend', 'lower', 25_000_000),
    goal('spend-300k', 'spend', 'lower', 30_000_000),
    goal('cpo', 'costPerOrder', 'lower', 15_000),
    goal('disc-range', 'discountRate', 'range', 0.1, 0.15),
    goal('disc-10', 'discountRate', 'lower', 0.1),
    goal('gmv', 'gmv', 'higher', 120_000_000),
    goal('refund', 'refundRate', 'lower', 0.05),
    goal('complaints', 'complaintRate', 'lower', 0.002),
    goal('repurchase', 'repurchase', 'higher', 0.2),
  ],
});

describe('the forecast is held against a goal by its direction', () => {
  const compared = new Map(computeFigures(doc).recomputed.forecast.goals.map((g) => [g.goalId as string, g]));
  const row = (id: string) => compared.get(id)!;

  it('forecasts total cost ¥270,000, ¥135 an order and a 12 % 让利率 on ¥1,000,000', () => {
    expect(row('spend-250k').forecast).toBe(27_000_000);
    expect(row('cpo').forecast).toBe(13_500);
    expect(row('disc-range').forecast).toBeCloseTo(0.12, 12);
    expect(row('gmv').forecast).toBe(100_000_000);
  });

  it('a lower-is-better goal is met when the forecast is at or under it', () => {
    expect(row('spend-250k').attainment).toBeCloseTo(250 / 270, 12); // 92.6 %, not 108 %
    expect(row('spend-250k').status).toBe('near');
    expect(row('spend-300k').attainment).toBeCloseTo(300 / 270, 12);
    expect(row('spend-300k').status).toBe('met');
    expect(row('cpo').attainment).toBeCloseTo(150 / 135, 12);
    expect(row('cpo').status).toBe('met');
    expect(row('disc-10').attainment).toBeCloseTo(10 / 12, 12);
    expect(row('disc-10').status).toBe('near');
  });

  it('a range goal is met inside the range; a higher goal as before', () => {
    expect(row('disc-range').attainment).toBe(1);
    expect(row('disc-range').status).toBe('met');
    expect(row('disc-range').targetMax).toBe(0.15);
    expect(row('gmv').attainment).toBeCloseTo(1 / 1.2, 12);
    expect(row('gmv').status).toBe('near');
    expect(row('gmv').direction).toBe('higher');
  });
});

describe('a goal the forecast cannot answer is listed with the reason, not left out', () => {
  const goals = computeFigures(doc).recomputed.forecast.goals;
  const row = (id: string) => goals.find((g) => (g.goalId as string) === id);

  it('refund and complaint rates: no forecast, no attainment, "after-sales" as the reason', () => {
    expect(row('refund')).toMatchObject({
      metric: 'refundRate',
      direction: 'lower',
      target: 0.05,
      forecast: null,
      attainment: null,
      status: 'unknown',
      notForecast: 'afterSales',
    });
    expect(row('complaints')?.notForecast).toBe('afterSales');
    expect(row('repurchase')?.notForecast).toBe('notModelled');
    // The forecast goals keep the plan's order, and the forecast ones say no reason.
    expect(goals.map((g) => g.goalId)).toEqual(doc.goals.map((g) => g.id));
    expect(row('gmv')?.notForecast).toBeNull();
  });
});
