import { describe, expect, it } from 'vitest';
import { computeProductAlerts, lowestUnitPrice } from '../../../shared/budget/productAlerts';
import type { Mechanic, ProductId } from '../../../shared/domain';
import { makeDoc, product, promotion } from './fixture';

describe('SKU alerts', () => {
  it('warns when expected sales pass stock minus safety stock', () => {
    const doc = makeDoc({
      products: [
        product('A', { stock: 1_000, safetyStock: 200, expectedSales: 900 }),
        product('B', { stock: 1_000, safetyStock: 200, expectedSales: 800, order: 1 }), // exactly fits
      ],
    });
    expect(computeProductAlerts(doc)).toEqual([
      { kind: 'stock', productId: 'A', sku: 'A', expectedSales: 900, availableUnits: 800, shortUnits: 100 },
    ]);
  });

  it('warns when a promo price is above the regular price (¥150 against ¥100), not when equal', () => {
    const doc = makeDoc({
      products: [
        product('A', { regularPriceMinor: 10_000, promoPriceMinor: 15_000 }),
        product('B', { regularPriceMinor: 10_000, promoPriceMinor: 10_000, order: 1 }),
      ],
    });
    expect(computeProductAlerts(doc)).toEqual([
      {
        kind: 'promoAboveRegular',
        productId: 'A',
        sku: 'A',
        promoPriceMinor: 15_000,
        regularPriceMinor: 10_000,
      },
    ]);
  });

  it('finds the lowest price after every applicable mechanic and warns below cost', () => {
    const sku = product('A', { regularPriceMinor: 10_000, costPriceMinor: 6_000 });
    const discount: Mechanic = { kind: 'discount', payRate: 0.7, coveredGmvMinor: 0 };
    const coupon: Mechanic = {
      kind: 'coupon',
      faceValueMinor: 2_000,
      thresholdMinor: 20_000,
      issued: 1,
      redemptionRate: 1,
    };
    const flash: Mechanic = {
      kind: 'flashSale',
      regularPriceMinor: 10_000,
      flashPriceMinor: 5_900,
      quantity: 1,
      sellThrough: 1,
      slots: [],
    };
    // Store-wide 7折 → ¥70; the ¥20 coupon needs a ¥200 basket, so this unit carries 70/200 of it = ¥7 → ¥63
    const storeWide = [promotion('d', discount), promotion('c', coupon, { order: 1 })];
    expect(lowestUnitPrice(sku, storeWide)).toEqual({ finalPriceMinor: 6_300, promotionIds: ['d', 'c'] });
    expect(computeProductAlerts(makeDoc({ products: [sku], promotions: storeWide }))).toEqual([]);
    // A flash price of ¥59 listed on the SKU is lower than 7折; coupon share 59/200 × ¥20 = ¥5.90 → ¥53.10
    const withFlash = [...storeWide, promotion('f', flash, { productIds: ['A' as ProductId], order: 2 })];
    expect(computeProductAlerts(makeDoc({ products: [sku], promotions: withFlash }))).toEqual([
      {
        kind: 'belowCost',
        productId: 'A',
        sku: 'A',
        finalPriceMinor: 5_310,
        costPriceMinor: 6_000,
        lossPerUnitMinor: 690,
        promotionIds: ['f', 'c'],
      },
    ]);
  });

  it('counts only the shop’s part of 跨店满减, stacking 满减 by whole thresholds, and ignores per-SKU prices with no SKU', () => {
    const sku = product('A', { regularPriceMinor: 40_000, promoPriceMinor: 35_000, costPriceMinor: 20_000 });
    const cross: Mechanic = {
      kind: 'crossStore',
      thresholdMinor: 30_000,
      reductionMinor: 5_000,
      qualifyingOrders: 0,
      platformShare: 0.6,
    };
    const stacking: Mechanic = {
      kind: 'thresholdReduction',
      thresholdMinor: 10_000,
      reductionMinor: 1_000,
      stacking: true,
      qualifyingOrders: 0,
      avgBasketMinor: 0,
    };
    const member: Mechanic = {
      kind: 'memberOnly',
      memberPriceMinor: 100,
      regularPriceMinor: 40_000,
      expectedUnits: 1,
    };
    // Start at the promo price ¥350; 每满100减10 → 3 × ¥10; 跨店 ¥50 × 40 % shop share = ¥20 → ¥300
    expect(
      lowestUnitPrice(sku, [
        promotion('x', cross),
        promotion('s', stacking, { order: 1 }),
        promotion('m', member, { order: 2 }),
      ]),
    ).toEqual({ finalPriceMinor: 30_000, promotionIds: ['x', 's'] });
  });
});
