import { describe, expect, it } from 'vitest';
import { syncPromotionLines } from '../../../shared/budget/linkedLines';
import {
  followPromotionCost,
  removePromotion,
  updateBudgetLine,
  updatePromotion,
} from '../../../shared/budget/recipes';
import type { BudgetLineId, Mechanic, PromotionId } from '../../../shared/domain';
import { category, line, makeDoc, promotion } from './fixture';

const coupon: Mechanic = {
  kind: 'coupon',
  faceValueMinor: 2_000,
  thresholdMinor: 0,
  issued: 10_000,
  redemptionRate: 0.4,
};
const gift: Mechanic = { kind: 'gift', giftUnitCostMinor: 1_000, quantity: 50 };
const P1 = 'promo-coupon' as PromotionId;

function linked(doc: ReturnType<typeof makeDoc>, id: string) {
  return doc.budgetLines.find((l) => l.promotionId === id);
}

describe('linked 优惠让利 lines', () => {
  it('creates the discount category and one following line per promotion', () => {
    const doc = syncPromotionLines(
      makeDoc({ promotions: [promotion('promo-coupon', coupon, { name: '满199减20 券' })] }),
    );
    expect(doc.budgetCategories).toHaveLength(1);
    expect(doc.budgetCategories[0]?.key).toBe('discount');
    const l = linked(doc, P1);
    // 10,000 × 0.4 × ¥20 = ¥80,000
    expect(l).toMatchObject({
      plannedMinor: 8_000_000,
      item: '满199减20 券',
      categoryId: doc.budgetCategories[0]?.id,
      isOverridden: false,
    });
    // Syncing again changes nothing — the same document comes back
    expect(syncPromotionLines(doc)).toBe(doc);
  });

  it('uses an existing discount category', () => {
    const doc = syncPromotionLines(
      makeDoc({
        budgetCategories: [category('ads', 'advertising'), category('disc', 'discount', 1)],
        promotions: [promotion('promo-coupon', coupon)],
      }),
    );
    expect(doc.budgetCategories).toHaveLength(2);
    expect(linked(doc, P1)?.categoryId).toBe('disc');
  });

  it('follows the promotion’s changes', () => {
    let doc = syncPromotionLines(makeDoc({ promotions: [promotion('promo-coupon', coupon)] }));
    doc = updatePromotion(doc, P1, { mechanic: { ...coupon, redemptionRate: 0.5 }, name: '新名字' });
    // 10,000 × 0.5 × ¥20 = ¥100,000
    expect(linked(doc, P1)).toMatchObject({ plannedMinor: 10_000_000, item: '新名字' });
    expect(doc.budgetLines).toHaveLength(1);
  });

  it('keeps an amount typed by hand until told to follow again', () => {
    let doc = syncPromotionLines(makeDoc({ promotions: [promotion('promo-coupon', coupon)] }));
    const id = linked(doc, P1)?.id as BudgetLineId;
    doc = updateBudgetLine(doc, id, { plannedMinor: 7_000_000 });
    expect(linked(doc, P1)).toMatchObject({ plannedMinor: 7_000_000, isOverridden: true });
    doc = updatePromotion(doc, P1, { mechanic: { ...coupon, redemptionRate: 0.5 } });
    expect(linked(doc, P1)?.plannedMinor).toBe(7_000_000);
    doc = followPromotionCost(doc, id);
    expect(linked(doc, P1)).toMatchObject({ plannedMinor: 10_000_000, isOverridden: false });
  });

  it('removes a following line with its promotion, but keeps (unlinked) a line typed by hand', () => {
    let doc = syncPromotionLines(
      makeDoc({
        promotions: [promotion('promo-coupon', coupon), promotion('promo-gift', gift, { order: 1 })],
        budgetLines: [line('other', { plannedMinor: 5 })],
      }),
    );
    expect(doc.budgetLines).toHaveLength(3);
    doc = removePromotion(doc, P1);
    expect(doc.budgetLines.map((l) => l.item)).toEqual(['other', 'promo-gift']);
    const giftLine = linked(doc, 'promo-gift')?.id as BudgetLineId;
    doc = updateBudgetLine(doc, giftLine, { plannedMinor: 60_000 });
    doc = removePromotion(doc, 'promo-gift' as PromotionId);
    expect(doc.budgetLines.map((l) => [l.item, l.plannedMinor, l.promotionId, l.isOverridden])).toEqual([
      ['other', 5, null, false],
      ['promo-gift', 60_000, null, false],
    ]);
  });
});
