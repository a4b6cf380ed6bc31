import type { Mechanic, PlanDocument, Product, ProductId, Promotion, PromotionId } from '../domain';
import { multiplyRound, ratioRound, toFraction } from './exact';

/**
 * SKU alerts (选品定价表):
 * - stock: expected sales above what may be sold, stock − safety stock;
 * - promo above regular: a 活动价 higher than the 日常价 (a slip of the keyboard, or a price
 *   that would raise the price for the campaign);
 * - below cost: the lowest price one unit can end up at once every applicable mechanic is used.
 *
 * Which mechanics apply to a SKU, and how (the worst case a buyer can reach, since the alert is
 * there to catch a loss before it happens):
 * - A promotion applies when it lists the SKU; one listing no SKU applies store-wide, but only
 *   the store-wide kinds (折扣, 优惠券, 满减, 跨店满减) — a flash, member, group or deposit price
 *   is set per SKU and means nothing without one.
 * - The starting price is the promo price (活动价) if set, else the regular price.
 * - Price-setting mechanics replace the price and do not stack with each other; the lowest wins:
 *   折扣 start × payRate, 秒杀 flash price, 会员专享 member price, 拼团 group price.
 * - 定金膨胀 then takes off (credit − deposit).
 * - Threshold mechanics stack on top (大促 coupons and 满减 usually do), each taking the share of
 *   its reduction that falls on this unit in the smallest basket that reaches the threshold:
 *   reduction × price ÷ max(price, threshold) — the full reduction when one unit reaches the
 *   threshold, its proportional share when the basket needs more. Stacking 满减 on a unit that
 *   alone passes the threshold several times takes ⌊price ÷ threshold⌋ reductions. 跨店满减
 *   counts only the shop's part, reduction × (1 − platform share), since the platform pays the
 *   rest. 套装, 赠品 and 红包/抽奖 do not change a unit's price and are left out.
 */

export type ProductAlert =
  | {
      kind: 'stock';
      productId: ProductId;
      sku: string;
      expectedSales: number;
      /** stock − safety stock (may be negative). */
      availableUnits: number;
      shortUnits: number;
    }
  | {
      kind: 'promoAboveRegular';
      productId: ProductId;
      sku: string;
      promoPriceMinor: number;
      regularPriceMinor: number;
    }
  | {
      kind: 'belowCost';
      productId: ProductId;
      sku: string;
      finalPriceMinor: number;
      costPriceMinor: number;
      lossPerUnitMinor: number;
      promotionIds: PromotionId[];
    };

const storeWideKinds = new Set<Mechanic['kind']>(['discount', 'coupon', 'thresholdReduction', 'crossStore']);

export function promotionsForProduct(product: Product, promotions: readonly Promotion[]): Promotion[] {
  return promotions.filter((p) =>
    p.productIds.length === 0 ? storeWideKinds.has(p.mechanic.kind) : p.productIds.includes(product.id),
  );
}

/** Share of a threshold reduction falling on one unit: reduction × price ÷ max(price, threshold). */
function thresholdShare(
  priceMinor: number,
  thresholdMinor: number,
  reduction: (number | bigint)[],
  reductionDen: (number | bigint)[] = [],
): number {
  const base = Math.max(priceMinor, thresholdMinor);
  if (base <= 0 || priceMinor <= 0) return 0;
  return ratioRound([...reduction, priceMinor], [...reductionDen, base]);
}

export interface UnitPrice {
  finalPriceMinor: number;
  promotionIds: PromotionId[];
}

export function lowestUnitPrice(product: Product, promotions: readonly Promotion[]): UnitPrice {
  const applicable = promotionsForProduct(product, promotions);
  const start = product.promoPriceMinor ?? product.regularPriceMinor;
  let price = start;
  let setter: PromotionId | null = null;
  const used: PromotionId[] = [];
  for (const p of applicable) {
    const m = p.mechanic;
    let candidate: number | null = null;
    if (m.kind === 'discount') candidate = multiplyRound(start, m.payRate);
    else if (m.kind === 'flashSale') candidate = m.flashPriceMinor;
    else if (m.kind === 'memberOnly') candidate = m.memberPriceMinor;
    else if (m.kind === 'groupBuy') candidate = m.groupPriceMinor;
    if (candidate !== null && candidate < price) {
      price = candidate;
      setter = p.id;
    }
  }
  if (setter) used.push(setter);
  for (const p of applicable) {
    const m = p.mechanic;
    if (m.kind === 'depositBoost' && m.creditMinor > m.depositMinor) {
      price -= m.creditMinor - m.depositMinor;
      used.push(p.id);
    }
  }
  const unitPrice = price;
  for (const p of applicable) {
    const m = p.mechanic;
    let off = 0;
    if (m.kind === 'coupon') off = thresholdShare(unitPrice, m.thresholdMinor, [m.faceValueMinor]);
    else if (m.kind === 'thresholdReduction') {
      const times =
        m.stacking && m.thresholdMinor > 0 && unitPrice >= m.thresholdMinor
          ? Math.floor(unitPrice / m.thresholdMinor)
          : 1;
      off = thresholdShare(unitPrice, m.thresholdMinor, [m.reductionMinor, times]);
    } else if (m.kind === 'crossStore') {
      const share = toFraction(m.platformShare);
      off = thresholdShare(
        unitPrice,
        m.thresholdMinor,
        [m.reductionMinor, share.den - share.num],
        [share.den],
      );
    }
    if (off > 0) {
      price -= off;
      used.push(p.id);
    }
  }
  return { finalPriceMinor: price, promotionIds: used };
}

export function computeProductAlerts(doc: PlanDocument): ProductAlert[] {
  const alerts: ProductAlert[] = [];
  for (const product of [...doc.products].sort((a, b) => a.order - b.order)) {
    const available = product.stock - product.safetyStock;
    if (product.expectedSales !== null && product.expectedSales > available) {
      alerts.push({
        kind: 'stock',
        productId: product.id,
        sku: product.sku,
        expectedSales: product.expectedSales,
        availableUnits: available,
        shortUnits: product.expectedSales - available,
      });
    }
    if (product.promoPriceMinor !== null && product.promoPriceMinor > product.regularPriceMinor) {
      alerts.push({
        kind: 'promoAboveRegular',
        productId: product.id,
        sku: product.sku,
        promoPriceMinor: product.promoPriceMinor,
        regularPriceMinor: product.regularPriceMinor,
      });
    }
    if (product.costPriceMinor !== null) {
      const { finalPriceMinor, promotionIds } = lowestUnitPrice(product, doc.promotions);
      if (finalPriceMinor < product.costPriceMinor) {
        alerts.push({
          kind: 'belowCost',
          productId: product.id,
          sku: product.sku,
          finalPriceMinor,
          costPriceMinor: product.costPriceMinor,
          lossPerUnitMinor: product.costPriceMinor - finalPriceMinor,
          promotionIds,
        });
      }
    }
  }
  return alerts;
}
