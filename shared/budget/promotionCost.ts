import type { Mechanic, Product, Promotion, PromotionId } from '../domain';
import { multiplyRound, ratioRound, toFraction } from './exact';
import {
  DEFAULT_ORDER_VALUE_SPREAD,
  expectedStacksPerQualifyingOrder,
  shareAtLeast,
} from './orderValueShare';

/**
 * What each promotion mechanic is expected to cost (优惠让利), from its parameters and — where an
 * uptake parameter is left at 0 — from the linked SKUs or the sales forecast. All costs are exact
 * integer minor units: the whole product is computed as a fraction and rounded half-up once.
 * A price difference that would be negative (a flash price above regular) costs 0.
 */

/** What the forecast and the SKUs tell the cost estimate. */
export interface PromotionCostContext {
  /** Expected orders of the whole campaign (Σ channels UV × CVR). */
  forecastOrders: number;
  /** Expected average order value; null when there are no orders. */
  forecastAovMinor: number | null;
  forecastGmvMinor: number;
  productsById: ReadonlyMap<string, Product>;
}

/** Where the uptake of the estimate came from. */
export type CostBasis = 'parameters' | 'products' | 'forecast';

export interface PromotionCost {
  promotionId: PromotionId;
  costMinor: number;
  basis: CostBasis;
  /** The uptake figure used when it did not come from the parameters (orders, GMV, basket). */
  derived: {
    qualifyingOrders?: number;
    avgBasketMinor?: number;
    coveredGmvMinor?: number;
    /** Share of forecast orders reaching a 满减 threshold, and where it came from. */
    qualifyingShare?: number;
    shareSource?: ThresholdShareSource;
    /** σ of the order-value distribution and the forecast AOV it is centred on, when the share came from it. */
    orderValueSpread?: number;
    forecastAovMinor?: number;
    /** Expected reductions per qualifying order of a stacking 满减, from the distribution. */
    stacksPerOrder?: number;
  };
}

export const emptyCostContext: PromotionCostContext = {
  forecastOrders: 0,
  forecastAovMinor: null,
  forecastGmvMinor: 0,
  productsById: new Map(),
};

const nonNegative = (n: number) => Math.max(0, n);

/** 1 − rate as an exact fraction (numerator, denominator). */
function complement(rate: number): [bigint, bigint] {
  const r = toFraction(rate);
  return [r.den - r.num, r.den];
}

/** Where a 满减's share of qualifying orders came from: the order-value distribution or the planner. */
export type ThresholdShareSource = 'distribution' | 'planner';

interface ThresholdShareParams {
  thresholdMinor: number;
  qualifyingShare?: number | null | undefined;
  orderValueSpread?: number | undefined;
}

/**
 * The share of forecast orders reaching a threshold (docs/figures-goals.md §3): the planner's own,
 * else P(order value ≥ threshold) under a log-normal around the forecast AOV; 0 without a forecast.
 */
export function thresholdShare(
  mechanic: ThresholdShareParams,
  ctx: PromotionCostContext,
): { share: number; source: ThresholdShareSource; spread: number } {
  const spread = mechanic.orderValueSpread ?? DEFAULT_ORDER_VALUE_SPREAD;
  if (mechanic.qualifyingShare !== null && mechanic.qualifyingShare !== undefined)
    return { share: mechanic.qualifyingShare, source: 'planner', spread };
  const share =
    ctx.forecastAovMinor === null ? 0 : shareAtLeast(mechanic.thresholdMinor, ctx.forecastAovMinor, spread);
  return { share, source: 'distribution', spread };
}

/** Forecast orders × share, rounded half up to a whole order, with what it came from. */
function forecastQualifyingOrders(mechanic: ThresholdShareParams, ctx: PromotionCostContext) {
  const { share, source, spread } = thresholdShare(mechanic, ctx);
  // The share is a computed probability, not a typed decimal: round the product directly.
  const orders = Math.floor(ctx.forecastOrders * share + 0.5);
  return {
    orders,
    derived: {
      qualifyingOrders: orders,
      qualifyingShare: share,
      shareSource: source,
      ...(source === 'distribution' && ctx.forecastAovMinor !== null
        ? { orderValueSpread: spread, forecastAovMinor: ctx.forecastAovMinor }
        : {}),
    },
  };
}

type MechanicOf<K extends Mechanic['kind']> = Extract<Mechanic, { kind: K }>;
type ParameterKind = Exclude<Mechanic['kind'], 'thresholdReduction' | 'discount' | 'crossStore'>;

/**
 * The mechanics whose cost is the product of their own parameters, as that product's factors
 * (multiplied exactly and rounded half-up once, like every cost here).
 */
const parameterFactors: { [K in ParameterKind]: (m: MechanicOf<K>) => number[] } = {
  // 秒杀: (regular − flash price) × quantity × sell-through
  flashSale: (m) => [nonNegative(m.regularPriceMinor - m.flashPriceMinor), m.quantity, m.sellThrough],
  // 优惠券: issued × redemption rate × face value
  coupon: (m) => [m.issued, m.redemptionRate, m.faceValueMinor],
  // 定金膨胀 ("定金100抵150"): (credit − deposit) × expected deposits × conversion to final payment
  depositBoost: (m) => [nonNegative(m.creditMinor - m.depositMinor), m.expectedDeposits, m.conversionRate],
  // 套装: (components at regular price − bundle price) × bundles
  bundle: (m) => [nonNegative(m.componentsRegularMinor - m.bundlePriceMinor), m.expectedBundles],
  // 赠品: unit cost × quantity
  gift: (m) => [m.giftUnitCostMinor, m.quantity],
  // 拼团: (regular − group price) × group size × groups
  groupBuy: (m) => [nonNegative(m.regularPriceMinor - m.groupPriceMinor), m.groupSize, m.expectedGroups],
  // 红包/抽奖: pool × payout rate
  prizePool: (m) => [m.poolMinor, m.payoutRate],
  // 会员专享: (regular − member price) × units
  memberOnly: (m) => [nonNegative(m.regularPriceMinor - m.memberPriceMinor), m.expectedUnits],
};

function parameterCost(mechanic: MechanicOf<ParameterKind>): Omit<PromotionCost, 'promotionId'> {
  // The table's entry for the mechanic's own kind (TypeScript cannot pair the two by itself).
  const factorsOf = parameterFactors[mechanic.kind] as (m: MechanicOf<ParameterKind>) => number[];
  return { costMinor: multiplyRound(...factorsOf(mechanic)), basis: 'parameters', derived: {} };
}

export function computeMechanicCost(
  mechanic: Mechanic,
  productIds: readonly string[] = [],
  ctx: PromotionCostContext = emptyCostContext,
): Omit<PromotionCost, 'promotionId'> {
  switch (mechanic.kind) {
    case 'thresholdReduction': {
      // 满减 once ("满300减50"):       qualifyingOrders × reduction
      // 满减 stacking ("每满300减50"): qualifyingOrders × reductions per qualifying order × reduction,
      //   per order max(1, ⌊avgBasket ÷ threshold⌋) when the basket is typed, else
      //   E[⌊X ÷ T⌋ | X ≥ T] from the order-value distribution around the forecast AOV.
      const fromForecast = mechanic.qualifyingOrders === 0;
      const estimate = fromForecast ? forecastQualifyingOrders(mechanic, ctx) : null;
      const orders = estimate ? estimate.orders : mechanic.qualifyingOrders;
      const basketFromForecast = mechanic.stacking && mechanic.avgBasketMinor === 0;
      const derived = { ...(estimate ? estimate.derived : {}) };
      if (!mechanic.stacking || mechanic.thresholdMinor <= 0) {
        return {
          costMinor: multiplyRound(orders, mechanic.reductionMinor),
          basis: fromForecast ? 'forecast' : 'parameters',
          derived,
        };
      }
      if (!basketFromForecast) {
        // A qualifying order reached the threshold at least once, whatever the average says.
        const times = Math.max(1, Math.floor(mechanic.avgBasketMinor / mechanic.thresholdMinor));
        return {
          costMinor: multiplyRound(orders, times, mechanic.reductionMinor),
          basis: fromForecast ? 'forecast' : 'parameters',
          derived,
        };
      }
      const stacks =
        ctx.forecastAovMinor === null
          ? 1
          : expectedStacksPerQualifyingOrder(
              mechanic.thresholdMinor,
              ctx.forecastAovMinor,
              mechanic.orderValueSpread ?? DEFAULT_ORDER_VALUE_SPREAD,
            );
      return {
        costMinor: Math.floor(orders * stacks * mechanic.reductionMinor + 0.5),
        basis: 'forecast',
        derived: { ...derived, stacksPerOrder: stacks },
      };
    }
    case 'discount': {
      // 折扣: coveredGmv × (1 − payRate), coveredGmv at regular prices. Without a covered GMV:
      // the linked SKUs' regular price × expected sales; else the whole forecast GMV, which is at
      // the paid price, so its regular value is GMV ÷ payRate.
      const [offNum, den] = complement(mechanic.payRate);
      if (mechanic.coveredGmvMinor > 0) {
        return {
          costMinor: ratioRound([mechanic.coveredGmvMinor, offNum], [den]),
          basis: 'parameters',
          derived: {},
        };
      }
      const linked = productIds.map((id) => ctx.productsById.get(id)).filter((p) => p !== undefined);
      const productGmv = linked.reduce((s, p) => s + p.regularPriceMinor * (p.expectedSales ?? 0), 0);
      if (productGmv > 0) {
        return {
          costMinor: ratioRound([productGmv, offNum], [den]),
          basis: 'products',
          derived: { coveredGmvMinor: productGmv },
        };
      }
      if (mechanic.payRate === 0) return { costMinor: 0, basis: 'forecast', derived: { coveredGmvMinor: 0 } };
      const covered = ratioRound([ctx.forecastGmvMinor], [mechanic.payRate]);
      return {
        costMinor: ratioRound([ctx.forecastGmvMinor, offNum], [den, mechanic.payRate]),
        basis: 'forecast',
        derived: { coveredGmvMinor: covered },
      };
    }
    case 'crossStore': {
      // 跨店满减: qualifying orders × reduction × (1 − platform share); the platform funds the rest.
      const fromForecast = mechanic.qualifyingOrders === 0;
      const estimate = fromForecast ? forecastQualifyingOrders(mechanic, ctx) : null;
      const orders = estimate ? estimate.orders : mechanic.qualifyingOrders;
      const [shopNum, den] = complement(mechanic.platformShare);
      return {
        costMinor: ratioRound([orders, mechanic.reductionMinor, shopNum], [den]),
        basis: fromForecast ? 'forecast' : 'parameters',
        derived: estimate ? estimate.derived : {},
      };
    }
    default:
      return parameterCost(mechanic);
  }
}

export function computePromotionCost(promotion: Promotion, ctx: PromotionCostContext): PromotionCost {
  return {
    promotionId: promotion.id,
    ...computeMechanicCost(promotion.mechanic, promotion.productIds, ctx),
  };
}

export function computePromotionCosts(
  promotions: readonly Promotion[],
  ctx: PromotionCostContext,
): Map<PromotionId, PromotionCost> {
  return new Map(promotions.map((p) => [p.id, computePromotionCost(p, ctx)]));
}

/**
 * A pay rate the two ways it is said: Chinese "8折" (the customer pays 80 %) and English
 * "20 % off" (docs/figures-goals.md §2). Whole tenths are written alone (8折, 10折 for full price);
 * a whole number of hundredths from 0.11 to 0.99 in the spoken two-digit form (75折); anything
 * else as tenths with a decimal point (8.85折, 0.5折 for 0.05, 0.05折 for 0.005). parseZhe reads
 * every one of these back to the same pay rate.
 */
export function describePayRate(payRate: number): { zhe: string; payPercent: number; offPercent: number } {
  const payBasisPoints = ratioRound([payRate, 10_000], [1]); // exact to 0.01 %
  const zhe =
    payBasisPoints % 1000 !== 0 && payBasisPoints % 100 === 0 && payBasisPoints > 1000
      ? `${payBasisPoints / 100}折`
      : `${payBasisPoints / 1000}折`;
  return { zhe, payPercent: payBasisPoints / 100, offPercent: (10_000 - payBasisPoints) / 100 };
}

/**
 * Reads "8折", "8.5折", "0.5折", "75折", "10折" and "原价" as the fraction paid; null when it is not
 * a 折 figure or gives nothing or more than full price. A number with a decimal point, one digit
 * or 10 counts tenths (8.5折 = 0.85, 10折 = 1); two digits 11–99 without a point are the spoken
 * form of tenths with the point left out (75折 = 7.5折 = 0.75).
 */
export function parseZhe(text: string): number | null {
  if (/^\s*原价\s*$/.test(text)) return 1;
  const m = /^\s*(\d{1,2})(\.\d+)?\s*折\s*$/.exec(text);
  if (!m) return null;
  const whole = m[1] as string;
  const n = Number(whole + (m[2] ?? ''));
  const isSpokenHundredths = m[2] === undefined && whole.length === 2 && n > 10;
  const rate = isSpokenHundredths ? n / 100 : n / 10;
  return rate > 0 && rate <= 1 ? Number(rate.toFixed(6)) : null;
}
