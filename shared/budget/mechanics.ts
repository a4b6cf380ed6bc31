import type { Mechanic, MechanicKind } from '../domain';
import { labelTable } from '../i18n/locale';

/**
 * The promotion mechanics a plan can use: their order on the Add menu, their names and the
 * formula each one's cost follows (shown on the promotion card; the cost itself is
 * promotionCost.ts), and the parameters a new promotion of each kind starts with.
 */

export const mechanicKinds: readonly MechanicKind[] = [
  'thresholdReduction',
  'discount',
  'flashSale',
  'coupon',
  'depositBoost',
  'bundle',
  'gift',
  'groupBuy',
  'prizePool',
  'memberOnly',
  'crossStore',
];

export const mechanicNames = labelTable<MechanicKind>(
  {
    thresholdReduction: '满减',
    discount: '折扣',
    flashSale: '秒杀',
    coupon: '优惠券',
    depositBoost: '定金膨胀',
    bundle: '套装',
    gift: '赠品',
    groupBuy: '拼团',
    prizePool: '红包/抽奖',
    memberOnly: '会员专享',
    crossStore: '跨店满减',
  },
  {
    thresholdReduction: 'Spend & save',
    discount: 'Discount',
    flashSale: 'Flash sale',
    coupon: 'Coupon',
    depositBoost: 'Deposit boost',
    bundle: 'Bundle',
    gift: 'Gift with purchase',
    groupBuy: 'Group buy',
    prizePool: 'Red packets / lottery',
    memberOnly: 'Member price',
    crossStore: 'Cross-store spend & save',
  },
);

/** The cost formula of each mechanic, as shown beside its editor. */
export const mechanicFormulas = labelTable<MechanicKind>(
  {
    thresholdReduction:
      '达标订单数 × 减额（每满减：× 每单平均 ⌊订单金额 ÷ 门槛⌋）；达标订单数 = 预测订单数 × 达标比例',
    discount: '覆盖原价 GMV × (1 − 顾客支付比例)',
    flashSale: '(原价 − 秒杀价) × 数量 × 售罄率',
    coupon: '发放量 × 核销率 × 面额',
    depositBoost: '(抵扣额 − 定金) × 预计定金单数 × 尾款支付率',
    bundle: '(单品原价合计 − 套装价) × 套数',
    gift: '赠品单价 × 数量',
    groupBuy: '(原价 − 拼团价) × 成团人数 × 团数',
    prizePool: '奖池 × 发放率',
    memberOnly: '(原价 − 会员价) × 件数',
    crossStore: '达标订单数 × 减额 × (1 − 平台承担比例)',
  },
  {
    thresholdReduction:
      'qualifying orders × reduction (stacking: × average ⌊order value ÷ threshold⌋); qualifying orders = forecast orders × qualifying share',
    discount: 'covered regular-price GMV × (1 − pay rate)',
    flashSale: '(regular − flash price) × quantity × sell-through',
    coupon: 'issued × redemption rate × face value',
    depositBoost: '(credit − deposit) × deposits × final-payment rate',
    bundle: '(components at regular − bundle price) × bundles',
    gift: 'gift unit cost × quantity',
    groupBuy: '(regular − group price) × group size × groups',
    prizePool: 'pool × payout rate',
    memberOnly: '(regular − member price) × units',
    crossStore: 'qualifying orders × reduction × (1 − platform share)',
  },
);

/** Sensible starting parameters for a new promotion of a kind (a planner edits them at once). */
export function defaultMechanic(kind: MechanicKind): Mechanic {
  switch (kind) {
    case 'thresholdReduction':
      return {
        kind,
        thresholdMinor: 30_000,
        reductionMinor: 5_000,
        stacking: false,
        qualifyingOrders: 0,
        avgBasketMinor: 0,
      };
    case 'discount':
      return { kind, payRate: 0.8, coveredGmvMinor: 0 };
    case 'flashSale':
      return { kind, regularPriceMinor: 0, flashPriceMinor: 0, quantity: 0, sellThrough: 1, slots: [] };
    case 'coupon':
      return { kind, faceValueMinor: 2_000, thresholdMinor: 0, issued: 0, redemptionRate: 0.3 };
    case 'depositBoost':
      return { kind, depositMinor: 10_000, creditMinor: 15_000, expectedDeposits: 0, conversionRate: 0.8 };
    case 'bundle':
      return { kind, componentsRegularMinor: 0, bundlePriceMinor: 0, expectedBundles: 0 };
    case 'gift':
      return { kind, giftUnitCostMinor: 0, quantity: 0 };
    case 'groupBuy':
      return { kind, regularPriceMinor: 0, groupPriceMinor: 0, groupSize: 2, expectedGroups: 0 };
    case 'prizePool':
      return { kind, poolMinor: 0, payoutRate: 1 };
    case 'memberOnly':
      return { kind, memberPriceMinor: 0, regularPriceMinor: 0, expectedUnits: 0 };
    case 'crossStore':
      return { kind, thresholdMinor: 30_000, reductionMinor: 5_000, qualifyingOrders: 0, platformShare: 0.5 };
  }
}
