import { describe, it, expect } from 'vitest';
import { computeMechanicCost, type PromotionCostContext } from '../../../shared/budget/promotionCost';
import { normalCdf, shareAtLeast } from '../../../shared/budget/orderValueShare';
import type { Mechanic } from '../../../shared/domain';

// docs/figures-goals.md §3, every expected value worked on a calculator from the definitions there.

const ctx: PromotionCostContext = {
  forecastOrders: 10_000,
  forecastAovMinor: 29_000, // ¥290
  forecastGmvMinor: 290_000_000,
  productsById: new Map(),
};

const full300off50: Mechanic = {
  kind: 'thresholdReduction',
  thresholdMinor: 30_000,
  reductionMinor: 5_000,
  stacking: false,
  qualifyingOrders: 0,
  avgBasketMinor: 0,
};

describe('满减 share of orders from a log-normal around the forecast AOV', () => {
  it('Φ matches the normal table', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(0.317803)).toBeCloseTo(0.624683, 6);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 4);
  });

  it('AOV ¥290 under 满300: share 1 − Φ(0.317803) = 0.375317, not 0', () => {
    expect(shareAtLeast(30_000, 29_000, 0.5)).toBeCloseTo(0.375317, 6);
  });

  it('满300减50 on 10,000 orders: 3,753 qualifying orders, ¥187,650 (was ¥0)', () => {
    expect(computeMechanicCost(full300off50, [], ctx)).toEqual({
      costMinor: 18_765_000,
      basis: 'forecast',
      derived: {
        qualifyingOrders: 3_753,
        qualifyingShare: expect.closeTo(0.375317, 6) as unknown as number,
        shareSource: 'distribution',
        orderValueSpread: 0.5,
        forecastAovMinor: 29_000,
      },
    });
  });

  it('每满300减50: 1.136953 reductions per qualifying order, ¥213,349.32', () => {
    const r = computeMechanicCost({ ...full300off50, stacking: true }, [], ctx);
    expect(r.derived.stacksPerOrder).toBeCloseTo(1.136953, 6);
    expect(Math.abs(r.costMinor - 21_334_932)).toBeLessThanOrEqual(2);
  });

  it('an editable spread: σ = 0.3 gives a share of 0.396273, 3,963 orders, ¥198,150', () => {
    const r = computeMechanicCost({ ...full300off50, orderValueSpread: 0.3 }, [], ctx);
    expect(r.derived.qualifyingShare).toBeCloseTo(0.396273, 6);
    expect(r.derived.qualifyingOrders).toBe(3_963);
    expect(r.costMinor).toBe(19_815_000);
  });

  it('the planner’s own share of 40 % is used instead, and said: 4,000 orders, ¥200,000', () => {
    const r = computeMechanicCost({ ...full300off50, qualifyingShare: 0.4 }, [], ctx);
    expect(r.costMinor).toBe(20_000_000);
    expect(r.derived).toEqual({ qualifyingOrders: 4_000, qualifyingShare: 0.4, shareSource: 'planner' });
  });

  it('跨店满减 uses the same share', () => {
    const r = computeMechanicCost(
      {
        kind: 'crossStore',
        thresholdMinor: 30_000,
        reductionMinor: 5_000,
        qualifyingOrders: 0,
        platformShare: 0.5,
      },
      [],
      ctx,
    );
    // 3,753 × ¥50 × 0.5 = ¥93,825
    expect(r.costMinor).toBe(9_382_500);
  });

  it('no forecast: nobody qualifies', () => {
    const none = { ...ctx, forecastOrders: 0, forecastAovMinor: null };
    expect(computeMechanicCost(full300off50, [], none).costMinor).toBe(0);
  });
});
