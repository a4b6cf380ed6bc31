import { z } from 'zod';
import {
  amountMinorSchema,
  channelIdSchema,
  isoDateSchema,
  isoDateTimeSchema,
  planIdSchema,
  riskIdSchema,
} from './primitives';
import type { RiskKind } from './planning';

/**
 * The war room (作战室): the campaign days' live numbers against the plan.
 *
 * Hours are local wall-clock hours of the shop's back office, written `YYYY-MM-DDTHH:00`
 * (no time zone: the back office, the plan and the team share one clock, like plan dates).
 */
export const hourKeySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):00$/, 'expected an hour YYYY-MM-DDTHH:00');
export type HourKey = string;

/** A moment inside the campaign days, `YYYY-MM-DDTHH:mm` local time. */
export const localMomentSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'expected YYYY-MM-DDTHH:mm');

export const hourlyIdSchema = z.string().min(1).max(64).brand<'HourlyId'>();
export const incidentIdSchema = z.string().min(1).max(64).brand<'IncidentId'>();
export const alertAckIdSchema = z.string().min(1).max(64).brand<'AlertAckId'>();
export const hourProfileIdSchema = z.string().min(1).max(64).brand<'HourProfileId'>();
export const alertRuleIdSchema = z.string().min(1).max(64).brand<'AlertRuleId'>();
export type HourlyId = z.infer<typeof hourlyIdSchema>;
export type IncidentId = z.infer<typeof incidentIdSchema>;

const countOrNull = z.int().min(0).nullable().default(null);
const moneyOrNull = amountMinorSchema.nullable().default(null);

/**
 * One hour of live data, stored per hour (never cumulative: a cumulative import is turned into
 * per-hour values when it is read). Keyed by plan, hour, channel and SKU: channelId null and sku
 * null is the whole shop; a SKU row carries the SKU's own sales and its stock at the end of the hour.
 */
export const hourlyRecordSchema = z.object({
  id: hourlyIdSchema,
  planId: planIdSchema,
  hour: hourKeySchema,
  channelId: channelIdSchema.nullable().default(null),
  /** The product's code (商品ID/货号) as the back office writes it; null for shop/channel rows. */
  sku: z.string().nullable().default(null),
  skuName: z.string().default(''),
  gmvMinor: moneyOrNull,
  uv: countOrNull,
  buyers: countOrNull,
  orders: countOrNull,
  /** Units sold (支付件数) in the hour. */
  units: countOrNull,
  /** Units in stock at the end of the hour (a level, not a flow). */
  stock: countOrNull,
  spendMinor: moneyOrNull,
  refundsMinor: moneyOrNull,
  complaints: countOrNull,
  /** Where the value came from: a file name, 'paste' or 'quick'. */
  source: z.string().default(''),
  /** When the value was imported (ISO instant); a newer import of the same key replaces it. */
  importedAt: isoDateTimeSchema,
  /** For a partial hour from quick entry ("截至 10:40"): the minute the figures stop; else null. */
  asOf: localMomentSchema.nullable().default(null),
});
export type HourlyRecord = z.infer<typeof hourlyRecordSchema>;

export const incidentSeverities = ['low', 'medium', 'high', 'critical'] as const;
export const incidentSeveritySchema = z.enum(incidentSeverities);

export const incidentStatuses = ['open', 'handling', 'resolved'] as const;

/** Something that happened during the campaign days and what the team did about it. */
export const incidentSchema = z.object({
  id: incidentIdSchema,
  planId: planIdSchema,
  at: localMomentSchema,
  what: z.string().min(1),
  severity: incidentSeveritySchema.default('medium'),
  owner: z.string().default(''),
  action: z.string().default(''),
  resolvedAt: localMomentSchema.nullable().default(null),
  /** open → handling → resolved; resolving it stamps `resolvedAt` when none was typed. */
  status: z.enum(incidentStatuses).default('open'),
  /** What was done and how it ended (复盘 reads it). */
  resolution: z.string().default(''),
  /** The risk of the register it realises; that risk's status becomes "triggered". */
  riskId: riskIdSchema.nullable().default(null),
  /** The alert it was opened from (code and subject), when it was. */
  alertCode: z.string().nullable().default(null),
  alertSubject: z.string().nullable().default(null),
  order: z.number().default(0),
});

/** An alert the team has seen: the same alert for the same subject does not ask again. */
export const alertAckSchema = z.object({
  id: alertAckIdSchema,
  planId: planIdSchema,
  code: z.string().min(1),
  subject: z.string().default(''),
  /** The data hour the alert was raised at. */
  hour: hourKeySchema,
  acknowledgedAt: isoDateTimeSchema,
  incidentId: incidentIdSchema.nullable().default(null),
  /** The alert's severity when it was acknowledged; absent on acknowledgements stored before. */
  severity: z.enum(['warning', 'critical']).optional(),
});

/** How one day's target is spread over its 24 hours: 24 non-negative weights (normalised on use). */
export const hourProfileSchema = z.object({
  id: hourProfileIdSchema,
  planId: planIdSchema,
  date: isoDateSchema,
  weights: z.array(z.number().min(0)).length(24),
});

export const alertCodes = [
  'gmvPace',
  'conversionLow',
  'channelRoas',
  'spendAhead',
  'stockCover',
  'refundRate',
  'complaintRate',
] as const;
export const alertCodeSchema = z.enum(alertCodes);
export type AlertCode = z.infer<typeof alertCodeSchema>;

/** The risk kind each alert realises, so it can name the register's contingency. */
export const alertRiskKind: Record<AlertCode, RiskKind> = {
  gmvPace: 'channel',
  conversionLow: 'channel',
  channelRoas: 'channel',
  spendAhead: 'channel',
  stockCover: 'stock',
  refundRate: 'complaints',
  complaintRate: 'complaints',
};

/**
 * A planner's own threshold for one alert rule; a rule without a record uses its default
 * (docs/warroom.md). `threshold` is in the rule's unit: a fraction, or hours for stock cover.
 */
export const alertRuleSchema = z.object({
  id: alertRuleIdSchema,
  planId: planIdSchema,
  code: alertCodeSchema,
  enabled: z.boolean().default(true),
  threshold: z.number().min(0),
});
