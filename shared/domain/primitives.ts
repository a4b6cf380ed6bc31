import { z } from 'zod';
import { isValidIsoDate } from './dates';

/**
 * Primitive value types shared by every domain object.
 * - Dates are `YYYY-MM-DD` strings: a date-only value has no time zone to get wrong.
 * - Money is an integer amount of minor units (fen, cents) in the plan's currency.
 * - Rates are fractions: 0.035 means 3.5 %.
 */

export const isoDateSchema = z
  .string()
  .refine(isValidIsoDate, { message: 'expected a real date in YYYY-MM-DD form' });
export type IsoDate = string;

/** An instant, ISO-8601 with time zone (`new Date().toISOString()`). */
export const isoDateTimeSchema = z.string().min(10);

/** A time of day, `HH:mm`, 24-hour clock. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:mm');
export type TimeOfDay = string;

/** Integer minor units (分 / cents). Never a float. */
export const amountMinorSchema = z.int();

/** A fraction in [0, 1]: 0.4 means 40 %. */
export const rateFractionSchema = z.number().min(0).max(1);

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code');
export type CurrencyCode = string;

const idBody = z.string().min(1).max(64);
export const planIdSchema = idBody.brand<'PlanId'>();
export const goalIdSchema = idBody.brand<'GoalId'>();
export const phaseIdSchema = idBody.brand<'PhaseId'>();
export const taskIdSchema = idBody.brand<'TaskId'>();
export const channelIdSchema = idBody.brand<'ChannelId'>();
export const budgetCategoryIdSchema = idBody.brand<'BudgetCategoryId'>();
export const budgetLineIdSchema = idBody.brand<'BudgetLineId'>();
export const promotionIdSchema = idBody.brand<'PromotionId'>();
export const productIdSchema = idBody.brand<'ProductId'>();
export const riskIdSchema = idBody.brand<'RiskId'>();
export const checklistItemIdSchema = idBody.brand<'ChecklistItemId'>();
export const actualIdSchema = idBody.brand<'ActualId'>();
export const lessonIdSchema = idBody.brand<'LessonId'>();
export const baselineIdSchema = idBody.brand<'BaselineId'>();
export const indicatorIdSchema = idBody.brand<'IndicatorId'>();

export type PlanId = z.infer<typeof planIdSchema>;
export type GoalId = z.infer<typeof goalIdSchema>;
export type PhaseId = z.infer<typeof phaseIdSchema>;
export type TaskId = z.infer<typeof taskIdSchema>;
export type ChannelId = z.infer<typeof channelIdSchema>;
export type BudgetCategoryId = z.infer<typeof budgetCategoryIdSchema>;
export type BudgetLineId = z.infer<typeof budgetLineIdSchema>;
export type PromotionId = z.infer<typeof promotionIdSchema>;
export type ProductId = z.infer<typeof productIdSchema>;
export type RiskId = z.infer<typeof riskIdSchema>;
export type ChecklistItemId = z.infer<typeof checklistItemIdSchema>;
export type ActualId = z.infer<typeof actualIdSchema>;
export type LessonId = z.infer<typeof lessonIdSchema>;
export type BaselineId = z.infer<typeof baselineIdSchema>;
export type IndicatorId = z.infer<typeof indicatorIdSchema>;
