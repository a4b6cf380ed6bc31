import { describe, expect, it } from 'vitest';
import {
  computeMechanicCost,
  describePayRate,
  emptyCostContext,
  parseZhe,
  type PromotionCostContext,
} from '../../../shared/budget/promotionCost';
import type { Mechanic } from '../../../shared/domain';
import { product } from './fixture';

const cost = (m: Mechanic, ctx: PromotionCostContext = emptyCostContext, productIds: string[] = []) =>
  computeMechanicCost(m, productIds, ctx).costMinor;

describe('promotion cost per mechanic (hand-computed, in fen)', () => {
  it('优惠券 coupon = issued × redemption × face value', () => {
    const coupon: Mechanic = {
      kind: 'coupon',
      faceValueMinor: 2_000,
      thresholdMinor: 19_900,
      issued: 10_000,
      redemptionRate: 0.4,
    };
    // 10,000 × 0.4 × ¥20 = ¥80,000
    expect(cost(coupon)).toBe(8_000_000);
    // 10,000 × 0.5 × ¥20 = ¥100,000
    expect(cost({ ...coupon, redemptionRate: 0.5 })).toBe(10_000_000);
    // 3 × 0.5 × 1 fen = 1.5 fen → half-up → 2 fen
    expect(cost({ ...coupon, issued: 3, redemptionRate: 0.5, faceValueMinor: 1 })).toBe(2);
    // 7 × 0.07 × ¥12.45: float 7*0.07*1245 = 610.0500000000001; exactly 610.05 → 610
    expect(cost({ ...coupon, issued: 7, redemptionRate: 0.07, faceValueMinor: 1_245 })).toBe(610);
  });

  it('满减 once = qualifying orders × reduction; stacking × ⌊basket ÷ threshold⌋', () => {
    const once: Mechanic = {
      kind: 'thresholdReduction',
      thresholdMinor: 30_000,
      reductionMinor: 5_000,
      stacking: false,
      qualifyingOrders: 1_200,
      avgBasketMinor: 70_000,
    };
    // 1,200 × ¥50 = ¥60,000
    expect(cost(once)).toBe(6_000_000);
    // 每满300减50, basket ¥700 → ⌊700 ÷ 300⌋ = 2 → 1,200 × 2 × ¥50 = ¥120,000
    expect(cost({ ...once, stacking: true })).toBe(12_000_000);
    // A qualifying order reached the threshold once even if the average basket is below it
    expect(cost({ ...once, stacking: true, avgBasketMinor: 25_000 })).toBe(6_000_000);
  });

  it('折扣 = covered regular-price GMV × (1 − pay rate)', () => {
    // 8折 on ¥10,000 → ¥2,000 off
    expect(cost({ kind: 'discount', payRate: 0.8, coveredGmvMinor: 1_000_000 })).toBe(200_000);
    // 75折 on ¥3,333.33 → 333,333 × 0.25 = 83,333.25 → 83,333
    expect(cost({ kind: 'discount', payRate: 0.75, coveredGmvMinor: 333_333 })).toBe(83_333);
  });

  it('秒杀 = (regular − flash) × quantity × sell-through', () => {
    // (¥299 − ¥199) × 500 × 0.8 = ¥40,000
    expect(
      cost({
        kind: 'flashSale',
        regularPriceMinor: 29_900,
        flashPriceMinor: 19_900,
        quantity: 500,
        sellThrough: 0.8,
        slots: [],
      }),
    ).toBe(4_000_000);
    // A flash price above regular costs nothing, not a negative amount
    expect(
      cost({
        kind: 'flashSale',
        regularPriceMinor: 100,
        flashPriceMinor: 200,
        quantity: 5,
        sellThrough: 1,
        slots: [],
      }),
    ).toBe(0);
  });

  it('定金膨胀 = (credit − deposit) × deposits × final-payment rate', () => {
    // 定金100抵150: ¥50 × 2,000 × 0.85 = ¥85,000
    expect(
      cost({
        kind: 'depositBoost',
        depositMinor: 10_000,
        creditMinor: 15_000,
        expectedDeposits: 2_000,
        conversionRate: 0.85,
      }),
    ).toBe(8_500_000);
  });

  it('套装 = (components − bundle price) × bundles', () => {
    // (¥500 − ¥399) × 300 = ¥30,300
    expect(
      cost({
        kind: 'bundle',
        componentsRegularMinor: 50_000,
        bundlePriceMinor: 39_900,
        expectedBundles: 300,
      }),
    ).toBe(3_030_000);
  });

  it('赠品 = unit cost × quantity', () => {
    // ¥15.50 × 800 = ¥12,400
    expect(cost({ kind: 'gift', giftUnitCostMinor: 1_550, quantity: 800 })).toBe(1_240_000);
  });

  it('拼团 = (regular − group price) × group size × groups', () => {
    // (¥99 − ¥69) × 3 × 400 = ¥36,000
    expect(
      cost({
        kind: 'groupBuy',
        regularPriceMinor: 9_900,
        groupPriceMinor: 6_900,
        groupSize: 3,
        expectedGroups: 400,
      }),
    ).toBe(3_600_000);
  });

  it('红包/抽奖 = pool × payout rate', () => {
    // ¥50,000 × 0.6 = ¥30,000
    expect(cost({ kind: 'prizePool', poolMinor: 5_000_000, payoutRate: 0.6 })).toBe(3_000_000);
  });

  it('会员专享 = (regular − member price) × units', () => {
    // (¥259 − ¥229) × 1,000 = ¥30,000
    expect(
      cost({ kind: 'memberOnly', regularPriceMinor: 25_900, memberPriceMinor: 22_900, expectedUnits: 1_000 }),
    ).toBe(3_000_000);
  });

  it('跨店满减 = qualifying orders × reduction × (1 − platform share)', () => {
    // 1,000 × ¥50 × (1 − 0.3) = ¥35,000; the platform pays the other ¥15,000
    expect(
      cost({
        kind: 'crossStore',
        thresholdMinor: 30_000,
        reductionMinor: 5_000,
        qualifyingOrders: 1_000,
        platformShare: 0.3,
      }),
    ).toBe(3_500_000);
  });
});

describe('uptake from the forecast and the SKUs when the planner left it at 0', () => {
  const ctx: PromotionCostContext = {
    forecastOrders: 1_250,
    forecastAovMinor: 29_900,
    forecastGmvMinor: 37_375_000,
    productsById: new Map([['p1', product('p1', { regularPriceMinor: 10_000, expectedSales: 300 })]]),
  };

  it('满减 counts the planner’s share of the forecast orders (the distribution: thresholdShare.test.ts)', () => {
    const m: Mechanic = {
      kind: 'thresholdReduction',
      thresholdMinor: 20_000,
      reductionMinor: 5_000,
      stacking: false,
      qualifyingOrders: 0,
      avgBasketMinor: 0,
      qualifyingShare: 1,
    };
    // every one of 1,250 orders × ¥50 = ¥62,500
    expect(computeMechanicCost(m, [], ctx)).toEqual({
      costMinor: 6_250_000,
      basis: 'forecast',
      derived: { qualifyingOrders: 1_250, qualifyingShare: 1, shareSource: 'planner' },
    });
    // stacking 每满100减10 with a typed basket ¥299 → 2 × ¥10 × 1,250 = ¥25,000
    expect(
      cost(
        { ...m, thresholdMinor: 10_000, reductionMinor: 1_000, stacking: true, avgBasketMinor: 29_900 },
        ctx,
      ),
    ).toBe(2_500_000);
  });

  it('折扣 uses the linked SKUs, else the forecast GMV read back to regular prices', () => {
    const m: Mechanic = { kind: 'discount', payRate: 0.8, coveredGmvMinor: 0 };
    // SKU p1: ¥100 × 300 = ¥30,000 covered → ¥6,000 off
    expect(computeMechanicCost(m, ['p1'], ctx)).toEqual({
      costMinor: 600_000,
      basis: 'products',
      derived: { coveredGmvMinor: 3_000_000 },
    });
    // Store-wide: GMV ¥373,750 paid at 80 % → regular ¥467,187.50 → cost = 37,375,000 × 0.2 ÷ 0.8 = 9,343,750
    expect(cost(m, ctx)).toBe(9_343_750);
  });

  it('跨店满减 counts the forecast orders too', () => {
    // all 1,250 × ¥30 × (1 − 0.5) = ¥18,750
    expect(
      cost(
        {
          kind: 'crossStore',
          thresholdMinor: 20_000,
          reductionMinor: 3_000,
          qualifyingOrders: 0,
          qualifyingShare: 1,
          platformShare: 0.5,
        },
        ctx,
      ),
    ).toBe(1_875_000);
  });
});

describe('折扣 said the Chinese way and the English way', () => {
  it('8折 = pay 80 % = 20 % off', () => {
    expect(describePayRate(0.8)).toEqual({ zhe: '8折', payPercent: 80, offPercent: 20 });
    expect(describePayRate(0.75)).toEqual({ zhe: '75折', payPercent: 75, offPercent: 25 });
    expect(describePayRate(0.885)).toEqual({ zhe: '8.85折', payPercent: 88.5, offPercent: 11.5 });
    expect(describePayRate(0.5)).toEqual({ zhe: '5折', payPercent: 50, offPercent: 50 });
  });

  it('reads 折 figures back', () => {
    expect(parseZhe('8折')).toBe(0.8);
    expect(parseZhe('75折')).toBe(0.75);
    expect(parseZhe('8.5折')).toBe(0.85);
    expect(parseZhe('85折')).toBe(0.85);
    expect(parseZhe('20% off')).toBeNull();
  });
});
