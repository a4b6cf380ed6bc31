import { z } from 'zod';
import {
  amountMinorSchema,
  currencySchema,
  isoDateSchema,
  isoDateTimeSchema,
  planIdSchema,
  rateFractionSchema,
  timeOfDaySchema,
} from './primitives';

export const planTypes = [
  'double11', // 双11
  'mid618', // 618
  'blackFriday', // 黑五/网一
  'newYear', // 年货节
  'newProduct', // 新品上市
  'memberDay', // 会员日
  'double12', // 双12
  'brandDay', // 品牌日
  'custom',
] as const;
export const planTypeSchema = z.enum(planTypes);
export type PlanType = z.infer<typeof planTypeSchema>;

export const planStatuses = ['draft', 'approved', 'running', 'done'] as const;
export const planStatusSchema = z.enum(planStatuses);
export type PlanStatus = z.infer<typeof planStatusSchema>;

/** Platforms a planner sells on; free text is allowed for others (own site names etc.). */
export const knownPlatforms = [
  'tmall',
  'taobao',
  'jd',
  'pinduoduo',
  'douyin',
  'kuaishou',
  'xiaohongshu',
  'wechat',
  'ownSite',
  'amazon',
  'shopify',
  'tiktokShop',
] as const;

export const keyMomentKinds = ['presaleStart', 'finalPayment', 'peak', 'firstWave', 'custom'] as const;
export const keyMomentSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(keyMomentKinds),
  label: z.string().default(''),
  date: isoDateSchema,
  /** Time of day where it matters: 00:00 peak, 20:00 first wave. */
  time: timeOfDaySchema.nullable().default(null),
});
export type KeyMoment = z.infer<typeof keyMomentSchema>;

export const contingencySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('percent'), rate: rateFractionSchema }),
  z.object({ kind: z.literal('amount'), amountMinor: amountMinorSchema }),
]);
export type Contingency = z.infer<typeof contingencySchema>;

export const audienceSchema = z.object({
  description: z.string().default(''),
  ageRange: z.string().default(''),
  gender: z.string().default(''),
  regions: z.string().default(''),
  habits: z.string().default(''),
});

export const planSchema = z.object({
  id: planIdSchema,
  name: z.string().min(1).max(200),
  theme: z.string().default(''),
  type: planTypeSchema,
  platforms: z.array(z.string()).default([]),
  currency: currencySchema.default('CNY'),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  /** The main peak day; templates are offsets from it. */
  peakDate: isoDateSchema,
  keyMoments: z.array(keyMomentSchema).default([]),
  status: planStatusSchema.default('draft'),
  audience: audienceSchema.default({ description: '', ageRange: '', gender: '', regions: '', habits: '' }),
  notes: z.string().default(''),
  /** Plan-level budget cap in minor units; null when there is none. */
  budgetCapMinor: amountMinorSchema.nullable().default(null),
  contingency: contingencySchema.nullable().default(null),
  /**
   * Expected gross margin at regular prices, a fraction, for the forecast's profit ROI; when
   * absent the forecast derives it from the SKUs' regular and cost prices.
   */
  expectedMarginRate: rateFractionSchema.nullable().optional(),
  /**
   * Share of planned spend that must have actuals before actual-based figures (profit ROI,
   * 投产比) are final; below it they are provisional (docs/figures.md). Absent = 0.8.
   */
  actualsCoverageThreshold: rateFractionSchema.optional(),
  /** Count a line without an actual at its planned amount in the actual figures. Absent = false. */
  fillMissingActualsWithPlanned: z.boolean().optional(),
  /** The plan's own days when nothing may be scheduled (e.g. a warehouse stock-take). */
  blackoutDays: z.array(isoDateSchema).default([]),
  /**
   * The team works through statutory holidays (a 双11 team often does): tasks on 国庆, 春节 … are then
   * not flagged. Absent = off. Optional rather than defaulted (like expectedMarginRate) so plans
   * built in code before it existed stay valid as they are.
   */
  worksThroughHolidays: z.boolean().optional(),
  /** Schedule warnings the planner dismissed, by problemKey (e.g. "onHoliday:<taskId>:<date>"); absent = none. */
  dismissedProblems: z.array(z.string()).optional(),
  /**
   * The planner's own labels for finding the plan in the library ("旗舰店", "大促", "2025 复盘");
   * absent = none. Optional, like worksThroughHolidays, so plans built before it stay valid.
   */
  tags: z.array(z.string().max(40)).optional(),
  templateId: z.string().nullable().default(null),
  /** The plan this one was duplicated from, so its lessons can be shown. */
  sourcePlanId: planIdSchema.nullable().default(null),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
  archivedAt: isoDateTimeSchema.nullable().default(null),
  /** Set when moved to the trash; purged 30 days later. */
  deletedAt: isoDateTimeSchema.nullable().default(null),
});
export type Plan = z.infer<typeof planSchema>;
