import { describe, expect, it } from 'vitest';
import { recomputeAll } from '../../../shared/budget/recompute';
import { applyWhatIf, updatePromotion } from '../../../shared/budget/recipes';
import { syncPromotionLines } from '../../../shared/budget/linkedLines';
import type { BudgetCategoryId, ChannelId, Mechanic, PromotionId } from '../../../shared/domain';
import { category, channel, line, makeDoc, promotion } from './fixture';

/**
 * The end-to-end example, by hand:
 * channel 天猫: 200,000 UV × 2 % × ¥250 = 4,000 orders, GMV ¥1,000,000; ad line ¥100,000.
 * Coupon: 10,000 issued × 40 % × ¥20 = ¥80,000 of 让利 → total cost ¥180,000.
 *   投产比 = 1,000,000 ÷ 100,000 = 10. Profit ROI (docs/figures.md), margin 40 % at regular price:
 *   COGS = (1,000,000 + 80,000) × 0.6 = 648,000; gross profit = 1,000,000 − 648,000 −
 *   (180,000 − 80,000) = 252,000; ROI = 252,000 ÷ 180,000 = 1.4
 * Redemption 50 %: coupon ¥100,000 → total cost ¥200,000.
 *   投产比 still 10; COGS = 1,100,000 × 0.6 = 660,000; gross profit = 1,000,000 − 660,000 − 100,000
 *   = 240,000; ROI = 240,000 ÷ 200,000 = 1.2.
 */
const coupon: Mechanic = {
  kind: 'coupon',
  faceValueMinor: 2_000,
  thresholdMinor: 19_900,
  issued: 10_000,
  redemptionRate: 0.4,
};
const C = 'ch' as ChannelId;

function sample() {
  return syncPromotionLines(
    makeDoc(
      {
        channels: [channel('ch', { name: '天猫', expectedUv: 200_000, cvr: 0.02, aovMinor: 25_000 })],
        budgetCategories: [category('ads', 'advertising')],
        budgetLines: [
          line('ads-1', { categoryId: 'ads' as BudgetCategoryId, channelId: C, plannedMinor: 10_000_000 }),
        ],
        promotions: [promotion('coupon', coupon)],
      },
      { expectedMarginRate: 0.4 },
    ),
  );
}

describe('recomputeAll', () => {
  it('gives every figure, and coupon redemption 40 % → 50 % moves the linked line and ROI', () => {
    const before = recomputeAll(sample());
    expect(before.promotionCosts.get('coupon' as PromotionId)?.costMinor).toBe(8_000_000);
    expect(before.summary.total.plannedMinor).toBe(18_000_000);
    expect(before.forecast.totals.roas).toBe(10);
    expect(before.forecast.totals.profitRoi).toBeCloseTo(252_000 / 180_000, 12);

    const doc = updatePromotion(sample(), 'coupon' as PromotionId, {
      mechanic: { ...coupon, redemptionRate: 0.5 },
    });
    const after = recomputeAll(doc);
    expect(doc.budgetLines.find((l) => l.promotionId === 'coupon')?.plannedMinor).toBe(10_000_000);
    expect(after.summary.total.plannedMinor).toBe(20_000_000);
    expect(after.forecast.totals.roas).toBe(10);
    expect(after.forecast.totals.profitRoi).toBeCloseTo(1.2, 12);
  });

  it('shows a what-if through costs that depend on the forecast, without changing the plan', () => {
    // A store-wide 满199减20 that every forecast order reaches (the planner's share, 100 %) uses the
    // forecast: 4,000 orders × ¥20 = ¥80,000
    const reduction: Mechanic = {
      kind: 'thresholdReduction',
      thresholdMinor: 19_900,
      reductionMinor: 2_000,
      stacking: false,
      qualifyingOrders: 0,
      avgBasketMinor: 0,
      qualifyingShare: 1,
    };
    const doc = syncPromotionLines({ ...sample(), promotions: [promotion('coupon', reduction)] });
    expect(recomputeAll(doc).summary.total.plannedMinor).toBe(18_000_000);
    // Spend ¥100,000 → ¥150,000: UV 300,000, 6,000 orders → ¥120,000 of 满减; cost 150,000 + 120,000
    const w = recomputeAll(doc, [{ channelId: C, spendMinor: 15_000_000 }]);
    expect(w.forecast.totals.gmvMinor).toBe(150_000_000);
    expect(w.promotionCosts.get('coupon' as PromotionId)?.costMinor).toBe(12_000_000);
    expect(w.forecast.totals.totalCostMinor).toBe(27_000_000);
    // COGS = (1,500,000 + 120,000 让利) × 0.6 = 972,000; gross profit = 1,500,000 − 972,000 −
    // (270,000 − 120,000) = 378,000; ROI = 378,000 ÷ 270,000 = 1.4
    expect(w.forecast.totals.profitRoi).toBeCloseTo(378_000 / 270_000, 12);
    expect(doc.budgetLines.find((l) => l.promotionId === 'coupon')?.plannedMinor).toBe(8_000_000);

    // Applying the what-if writes it into the plan and the figures agree with the preview
    const applied = applyWhatIf(doc, [{ channelId: C, spendMinor: 15_000_000 }]);
    expect(applied.channels[0]?.expectedUv).toBe(300_000);
    expect(applied.budgetLines.find((l) => l.id === 'ads-1')?.plannedMinor).toBe(15_000_000);
    const r = recomputeAll(applied);
    expect(r.forecast.totals.totalCostMinor).toBe(27_000_000);
    expect(r.doc).toBe(applied);
  });
});
