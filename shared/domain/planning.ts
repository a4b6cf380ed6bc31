import { z } from 'zod';
import {
  channelIdSchema,
  checklistItemIdSchema,
  goalIdSchema,
  isoDateSchema,
  planIdSchema,
  rateFractionSchema,
  riskIdSchema,
  amountMinorSchema,
} from './primitives';

/**
 * The funnel's metrics (traffic → orders → GMV) and its return: what a forecast works out and
 * the daily actuals give alike, so the forecast and the review both start from this list.
 */
export const funnelMetrics = [
  'gmv',
  'orders',
  'buyers',
  'uv',
  'conversion',
  'aov',
  'roas', // 投产比 GMV ÷ spend
  'roi', // finance ROI (revenue − cost) ÷ cost
] as const;

export const goalMetrics = [
  ...funnelMetrics,
  'newCustomers',
  'repurchase',
  'grossMargin',
  'brandSearch',
  'refundRate', // refunds ÷ GMV
  'complaintRate', // complaints ÷ orders, typed in the review
  'costPerOrder', // campaign cost ÷ orders
  'discountRate', // 让利率 discount cost ÷ GMV
  'spend', // campaign cost, every budget line's actual
  'custom',
] as const;
export const goalMetricSchema = z.enum(goalMetrics);
export type GoalMetric = z.infer<typeof goalMetricSchema>;

/**
 * How `target` and `baseline` are to be read:
 * money = integer minor units; count = a whole number; rate = a fraction (0.035 = 3.5 %);
 * ratio = a plain multiple (投产比 3 = 1:3); custom = a number in `customUnit`.
 */
export const goalUnits = ['money', 'count', 'rate', 'ratio', 'custom'] as const;
export const goalUnitSchema = z.enum(goalUnits);
export type GoalUnit = z.infer<typeof goalUnitSchema>;

/**
 * Which way is good (docs/figures-goals.md): higher is better (≥ target), lower is better
 * (≤ target), or within a range (target … targetMax).
 */
export const goalDirections = ['higher', 'lower', 'range'] as const;
export const goalDirectionSchema = z.enum(goalDirections);
export type GoalDirection = z.infer<typeof goalDirectionSchema>;

/** Metrics where less is better; a goal on one of them starts as lower-is-better. */
export const lowerIsBetterMetrics: readonly GoalMetric[] = [
  'refundRate',
  'complaintRate',
  'costPerOrder',
  'discountRate',
  'spend',
];

/** The direction a goal on this metric starts with (the planner can change it). */
export function defaultGoalDirection(metric: GoalMetric | null): GoalDirection {
  return metric !== null && lowerIsBetterMetrics.includes(metric) ? 'lower' : 'higher';
}

export const goalSchema = z.object({
  id: goalIdSchema,
  planId: planIdSchema,
  /** Specific: what is to be achieved, in words. */
  title: z.string().default(''),
  metric: goalMetricSchema.nullable().default(null),
  unit: goalUnitSchema.default('count'),
  customUnit: z.string().default(''),
  target: z.number().nullable().default(null),
  /**
   * Goals saved before directions existed read as higher-is-better, which every metric they could
   * have had is.
   */
  direction: goalDirectionSchema.default('higher'),
  /** The high end of a 'range' goal (target is the low end); unused otherwise. */
  targetMax: z.number().nullable().default(null),
  baseline: z.number().nullable().default(null),
  /** e.g. "2025 双11" or "the 4 weeks before". */
  baselinePeriod: z.string().default(''),
  deadline: isoDateSchema.nullable().default(null),
  owner: z.string().default(''),
  /** Achievable / relevant: the planner's reasoning. */
  rationale: z.string().default(''),
  /** Weight in the review's composite score, a fraction; weights of a plan should sum to 1. */
  weight: rateFractionSchema.default(0),
  order: z.number().default(0),
});
export type Goal = z.infer<typeof goalSchema>;

export const channelKinds = [
  'social',
  'searchAds',
  'platformAds',
  'kol',
  'liveStreaming',
  'messaging', // email/SMS/push
  'privateDomain', // 私域/社群
  'content',
  'partners',
  'offline',
  'other',
] as const;
export const channelKindSchema = z.enum(channelKinds);
export type ChannelKind = z.infer<typeof channelKindSchema>;

export const channelSchema = z.object({
  id: channelIdSchema,
  planId: planIdSchema,
  name: z.string().min(1),
  kind: channelKindSchema.default('other'),
  /** Expected unique visitors the channel brings. */
  expectedUv: z.int().min(0).nullable().default(null),
  /** Click-through rate, a fraction. */
  ctr: rateFractionSchema.nullable().default(null),
  /** Conversion rate (buyers ÷ UV), a fraction. */
  cvr: rateFractionSchema.nullable().default(null),
  /** Expected average order value, minor units. */
  aovMinor: amountMinorSchema.nullable().default(null),
  plannedSpendMinor: amountMinorSchema.nullable().default(null),
  notes: z.string().default(''),
  order: z.number().default(0),
});
export type Channel = z.infer<typeof channelSchema>;

export const riskKinds = [
  'system',
  'stock',
  'logistics',
  'complaints',
  'sentiment',
  'channel', // an under-performing channel
  'compliance',
  'other',
] as const;
export const riskKindSchema = z.enum(riskKinds);
export type RiskKind = z.infer<typeof riskKindSchema>;

/** 'triggered': it happened during the campaign days (an incident was linked to it). */
export const riskStatuses = ['open', 'watching', 'triggered', 'closed'] as const;

/** 1 (very low) … 5 (very high). */
export const riskLevelSchema = z.int().min(1).max(5);

export const riskSchema = z.object({
  id: riskIdSchema,
  planId: planIdSchema,
  description: z.string().min(1),
  kind: riskKindSchema.default('other'),
  likelihood: riskLevelSchema.default(3),
  impact: riskLevelSchema.default(3),
  owner: z.string().default(''),
  /** What tells the team the risk is happening. */
  trigger: z.string().default(''),
  /** What is done beforehand to make it less likely or less bad. */
  mitigation: z.string().default(''),
  /** Plan B once it happens. */
  contingency: z.string().default(''),
  status: z.enum(riskStatuses).default('open'),
  /** When it was triggered, `YYYY-MM-DDTHH:mm` local time; null unless triggered. */
  triggeredAt: z.string().nullable().default(null),
  order: z.number().default(0),
});
export type Risk = z.infer<typeof riskSchema>;

export const checklistCategories = [
  'tech',
  'stock',
  'material',
  'legal',
  'coupon',
  'training',
  'rehearsal',
  'logistics',
  'other',
] as const;

export const checklistItemSchema = z.object({
  id: checklistItemIdSchema,
  planId: planIdSchema,
  title: z.string().min(1),
  category: z.enum(checklistCategories).default('other'),
  owner: z.string().default(''),
  dueDate: isoDateSchema.nullable().default(null),
  done: z.boolean().default(false),
  notes: z.string().default(''),
  order: z.number().default(0),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
