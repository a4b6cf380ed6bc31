import { z } from 'zod';
import {
  amountMinorSchema,
  budgetCategoryIdSchema,
  budgetLineIdSchema,
  channelIdSchema,
  isoDateSchema,
  phaseIdSchema,
  planIdSchema,
  productIdSchema,
  promotionIdSchema,
  rateFractionSchema,
  timeOfDaySchema,
} from './primitives';

export const budgetCategoryKeys = [
  'advertising', // 推广/广告投放
  'kol', // 达人/KOL
  'discount', // 优惠让利
  'gifts', // 赠品
  'material', // 物料/设计
  'tech', // 技术
  'logistics', // 物流/仓储
  'staffing', // 客服/人力
  'reserve', // 预备金
  'custom',
] as const;
export const budgetCategoryKeySchema = z.enum(budgetCategoryKeys);
export type BudgetCategoryKey = z.infer<typeof budgetCategoryKeySchema>;

export const budgetCategorySchema = z.object({
  id: budgetCategoryIdSchema,
  planId: planIdSchema,
  key: budgetCategoryKeySchema.default('custom'),
  /** Shown name; for built-in keys the UI shows the translated name when this is empty. */
  name: z.string().default(''),
  order: z.number().default(0),
});
export type BudgetCategory = z.infer<typeof budgetCategorySchema>;

export const budgetLineSchema = z.object({
  id: budgetLineIdSchema,
  planId: planIdSchema,
  categoryId: budgetCategoryIdSchema.nullable().default(null),
  channelId: channelIdSchema.nullable().default(null),
  phaseId: phaseIdSchema.nullable().default(null),
  item: z.string().default(''),
  /** When both are set, planned = unitPrice × quantity (rounded to the minor unit). */
  unitPriceMinor: amountMinorSchema.nullable().default(null),
  quantity: z.number().min(0).nullable().default(null),
  plannedMinor: amountMinorSchema.default(0),
  committedMinor: amountMinorSchema.default(0),
  /** null while nothing has been spent or recorded. */
  actualMinor: amountMinorSchema.nullable().default(null),
  vendor: z.string().default(''),
  paymentDate: isoDateSchema.nullable().default(null),
  notes: z.string().default(''),
  /** Set when the line is the cost estimate of a promotion (优惠让利) and follows it. */
  promotionId: promotionIdSchema.nullable().default(null),
  /** A linked line whose planned amount was typed by hand no longer follows the promotion. */
  isOverridden: z.boolean().default(false),
  order: z.number().default(0),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

const money = amountMinorSchema;
const count = z.int().min(0);

/**
 * How a 满减's qualifying orders are estimated when none are typed (docs/figures-goals.md §3): the
 * planner's own share of the forecast orders, or — when that is absent — a log-normal spread of order
 * values around the forecast AOV with this σ.
 */
const thresholdShareFields = {
  /** Share of forecast orders reaching the threshold, a fraction; null or absent = from the distribution. */
  qualifyingShare: rateFractionSchema.nullable().optional(),
  /**
   * σ of ln(order value) around the forecast AOV; absent = 0.5. Optional rather than defaulted so
   * mechanics written before it (and literal ones in code) stay valid as they are.
   */
  orderValueSpread: z.number().positive().max(3).optional(),
};

/** Each mechanic's parameters; costs are computed in shared/budget from these and the forecast. */
export const mechanicSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('thresholdReduction'), // 满减: 满300减50 / 每满300减50
    thresholdMinor: money,
    reductionMinor: money,
    stacking: z.boolean().default(false),
    /** Orders expected to reach the threshold. */
    qualifyingOrders: count.default(0),
    /** Average basket of the qualifying orders, used for stacking. */
    avgBasketMinor: money.default(0),
    ...thresholdShareFields,
  }),
  z.object({
    kind: z.literal('discount'), // 折扣: 8折 = pay 0.8
    /** The fraction the customer pays: 0.8 for 8折 (20 % off). */
    payRate: rateFractionSchema,
    /** Regular-price GMV expected to be sold at the discount. */
    coveredGmvMinor: money.default(0),
  }),
  z.object({
    kind: z.literal('flashSale'), // 秒杀
    regularPriceMinor: money,
    flashPriceMinor: money,
    quantity: count,
    /** Expected sell-through of the quantity, a fraction. */
    sellThrough: rateFractionSchema.default(1),
    slots: z
      .array(z.object({ date: isoDateSchema, start: timeOfDaySchema, end: timeOfDaySchema }))
      .default([]),
  }),
  z.object({
    kind: z.literal('coupon'), // 优惠券
    faceValueMinor: money,
    thresholdMinor: money.default(0),
    issued: count,
    /** Expected redemption rate (redeemed ÷ issued), a fraction. */
    redemptionRate: rateFractionSchema,
  }),
  z.object({
    kind: z.literal('depositBoost'), // 定金膨胀: 定金100抵150
    depositMinor: money,
    creditMinor: money,
    expectedDeposits: count,
    /** Share of deposits whose final payment is made, a fraction. */
    conversionRate: rateFractionSchema.default(1),
  }),
  z.object({
    kind: z.literal('bundle'), // 套装/组合
    componentsRegularMinor: money,
    bundlePriceMinor: money,
    expectedBundles: count,
  }),
  z.object({
    kind: z.literal('gift'), // 赠品
    giftUnitCostMinor: money,
    quantity: count,
  }),
  z.object({
    kind: z.literal('groupBuy'), // 拼团
    regularPriceMinor: money,
    groupPriceMinor: money,
    groupSize: z.int().min(2).default(2),
    expectedGroups: count,
  }),
  z.object({
    kind: z.literal('prizePool'), // 红包/抽奖
    poolMinor: money,
    /** Share of the pool expected to be paid out, a fraction. */
    payoutRate: rateFractionSchema.default(1),
  }),
  z.object({
    kind: z.literal('memberOnly'), // 会员专享
    memberPriceMinor: money,
    regularPriceMinor: money,
    expectedUnits: count,
  }),
  z.object({
    kind: z.literal('crossStore'), // 跨店满减, partly platform-funded
    thresholdMinor: money,
    reductionMinor: money,
    qualifyingOrders: count.default(0),
    ...thresholdShareFields,
    /** Share of the reduction the platform pays, a fraction. */
    platformShare: rateFractionSchema.default(0),
  }),
]);
export type Mechanic = z.infer<typeof mechanicSchema>;
export type MechanicKind = Mechanic['kind'];

export const promotionSchema = z.object({
  id: promotionIdSchema,
  planId: planIdSchema,
  name: z.string().min(1),
  mechanic: mechanicSchema,
  productIds: z.array(productIdSchema).default([]),
  phaseId: phaseIdSchema.nullable().default(null),
  startDate: isoDateSchema.nullable().default(null),
  endDate: isoDateSchema.nullable().default(null),
  notes: z.string().default(''),
  order: z.number().default(0),
});
export type Promotion = z.infer<typeof promotionSchema>;

export const productRoles = ['traffic', 'profit', 'clearance', 'image'] as const; // 引流款 利润款 清仓款 形象款
export const productRoleSchema = z.enum(productRoles);
export type ProductRole = z.infer<typeof productRoleSchema>;

export const productSchema = z.object({
  id: productIdSchema,
  planId: planIdSchema,
  sku: z.string().min(1),
  name: z.string().default(''),
  category: z.string().default(''),
  stock: z.int().min(0).default(0),
  safetyStock: z.int().min(0).default(0),
  regularPriceMinor: money.default(0),
  promoPriceMinor: money.nullable().default(null),
  costPriceMinor: money.nullable().default(null),
  role: productRoleSchema.default('profit'),
  expectedSales: z.int().min(0).nullable().default(null),
  notes: z.string().default(''),
  order: z.number().default(0),
});
export type Product = z.infer<typeof productSchema>;
