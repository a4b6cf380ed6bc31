import { z } from 'zod';
import {
  actualIdSchema,
  amountMinorSchema,
  channelIdSchema,
  goalIdSchema,
  indicatorIdSchema,
  isoDateSchema,
  lessonIdSchema,
  planIdSchema,
  rateFractionSchema,
} from './primitives';

const countOrNull = z.int().min(0).nullable().default(null);
const moneyOrNull = amountMinorSchema.nullable().default(null);

/**
 * One day of results, per channel where known (channelId null = the whole shop).
 * `period` tells the campaign itself from the baseline it is compared with.
 * Derived figures (conversion, AOV, 投产比) are never stored: they are computed.
 */
export const actualDaySchema = z.object({
  id: actualIdSchema,
  planId: planIdSchema,
  period: z.enum(['campaign', 'baseline']).default('campaign'),
  date: isoDateSchema,
  channelId: channelIdSchema.nullable().default(null),
  uv: countOrNull,
  pv: countOrNull,
  buyers: countOrNull,
  orders: countOrNull,
  gmvMinor: moneyOrNull,
  spendMinor: moneyOrNull,
  couponsClaimed: countOrNull,
  couponsRedeemed: countOrNull,
  refundsMinor: moneyOrNull,
  newCustomers: countOrNull,
});
export type ActualDay = z.infer<typeof actualDaySchema>;

/** The figures of a day of actuals: counts, and money in minor units (the one list of them). */
export const actualCountKeys = [
  'uv',
  'pv',
  'buyers',
  'orders',
  'couponsClaimed',
  'couponsRedeemed',
  'newCustomers',
] as const satisfies readonly (keyof ActualDay)[];
export const actualMoneyKeys = [
  'gmvMinor',
  'spendMinor',
  'refundsMinor',
] as const satisfies readonly (keyof ActualDay)[];
export const actualFigureKeys = [...actualCountKeys, ...actualMoneyKeys] as const;
export type ActualFigureKey = (typeof actualFigureKeys)[number];

export const lessonSchema = z.object({
  id: lessonIdSchema,
  planId: planIdSchema,
  kind: z.enum(['worked', 'didNotWork', 'action']),
  text: z.string().min(1),
  owner: z.string().default(''),
  dueDate: isoDateSchema.nullable().default(null),
  done: z.boolean().default(false),
  order: z.number().default(0),
});
export type Lesson = z.infer<typeof lessonSchema>;

export const fuzzyGrades = ['excellent', 'good', 'fair', 'poor'] as const; // 优 良 中 差

export const indicatorSchema = z.object({
  id: indicatorIdSchema,
  /** The goal it scores, if any; its attainment feeds the score. */
  goalId: goalIdSchema.nullable().default(null),
  name: z.string().min(1),
  /** Direct weight, a fraction (used when method is 'direct'). */
  weight: rateFractionSchema.default(0),
  /** Fuzzy membership of the indicator in each grade 优/良/中/差, fractions summing to 1. */
  membership: z.array(rateFractionSchema).length(4).nullable().default(null),
});
export type Indicator = z.infer<typeof indicatorSchema>;

/**
 * A named baseline the campaign is compared with (docs/baselines.md): days before the campaign
 * (this plan's days outside the campaign, within an optional range), last year's campaign (another
 * plan of the library, aligned on the peak day), or the long tail of N weeks after the campaign.
 */
export const namedBaselineSchema = z.discriminatedUnion('kind', [
  z.object({
    id: z.string().min(1).max(64),
    kind: z.literal('before'),
    name: z.string().default(''),
    /** Inclusive range of the days counted; null = no bound (still only days before the start). */
    from: isoDateSchema.nullable().default(null),
    to: isoDateSchema.nullable().default(null),
  }),
  z.object({
    id: z.string().min(1).max(64),
    kind: z.literal('lastYear'),
    name: z.string().default(''),
    /** The plan of the library whose campaign days are the baseline; null until one is picked. */
    sourcePlanId: planIdSchema.nullable().default(null),
  }),
  z.object({
    id: z.string().min(1).max(64),
    kind: z.literal('longTail'),
    name: z.string().default(''),
    weeks: z.int().min(1).max(26).default(4),
    /** The before-the-campaign baseline the weeks are compared with; null = the first one. */
    compareWithId: z.string().min(1).max(64).nullable().default(null),
  }),
]);
export type NamedBaseline = z.infer<typeof namedBaselineSchema>;
export type NamedBaselineKind = NamedBaseline['kind'];

/** The review of one plan: how the composite score is set up and the written summary. */
export const reviewSchema = z.object({
  planId: planIdSchema,
  method: z.enum(['direct', 'ahp']).default('direct'),
  indicators: z.array(indicatorSchema).default([]),
  /** AHP pairwise judgements on Saaty's 1–9 scale (and reciprocals), indicator order. */
  ahpMatrix: z.array(z.array(z.number().positive())).nullable().default(null),
  useFuzzy: z.boolean().default(false),
  summary: z.string().default(''),
  baselineLabel: z.string().default(''),
  /**
   * Actuals typed for goals whose metric cannot be derived from the daily actuals (repurchase,
   * gross margin, brand search, custom), in the goal's unit. Derived metrics are never typed.
   */
  goalActuals: z.array(z.object({ goalId: goalIdSchema, value: z.number() })).default([]),
  /**
   * The named baselines (docs/baselines.md). Optional rather than defaulted: reviews stored before
   * it existed are read from the database as they are; absent = none.
   */
  baselines: z.array(namedBaselineSchema).optional(),
  /**
   * The before-the-campaign baseline the attainment table reads (docs/baselines.md); absent or
   * unknown = the first before-baseline of the list.
   */
  attainmentBaselineId: z.string().nullable().optional(),
});
export type Review = z.infer<typeof reviewSchema>;
