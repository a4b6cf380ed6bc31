import type { z } from 'zod';
import { newId } from './ids';
import type { PlanId } from './primitives';
import { baselineSchema, phaseSchema, taskSchema } from './schedule';
import { channelSchema, checklistItemSchema, goalSchema, riskSchema } from './planning';
import { budgetCategorySchema, budgetLineSchema, productSchema, promotionSchema } from './commerce';
import { actualDaySchema, lessonSchema } from './results';
import {
  alertAckSchema,
  alertRuleSchema,
  hourProfileSchema,
  hourlyRecordSchema,
  incidentSchema,
} from './warroom';
import type { CollectionKey, CollectionRecord } from './document';

/** The schema of the records of each collection of a plan document (its defaults included). */
export const recordSchemas = {
  goals: goalSchema,
  phases: phaseSchema,
  tasks: taskSchema,
  channels: channelSchema,
  budgetCategories: budgetCategorySchema,
  budgetLines: budgetLineSchema,
  promotions: promotionSchema,
  products: productSchema,
  risks: riskSchema,
  checklist: checklistItemSchema,
  actuals: actualDaySchema,
  lessons: lessonSchema,
  baselines: baselineSchema,
  hourly: hourlyRecordSchema,
  incidents: incidentSchema,
  alertAcks: alertAckSchema,
  hourProfiles: hourProfileSchema,
  alertRules: alertRuleSchema,
} as const;

// The same map typed per key: each schema reads into its collection's record type (checked here).
const schemaOf: { [K in CollectionKey]: z.ZodType<CollectionRecord<K>> } = recordSchemas;

/** What a new record of collection K is given; every field left out takes its schema default. */
export type NewRecordFields<K extends CollectionKey> = Omit<
  z.input<(typeof recordSchemas)[K]>,
  'id' | 'planId'
>;

/**
 * The one constructor of a plan's records: a new id, the plan it belongs to, the given fields,
 * and the schema's default for each field not given (shared/domain/*.ts say what they are).
 * Throws on a field the schema refuses, like reading the record from storage would.
 */
export function newRecord<K extends CollectionKey>(
  key: K,
  planId: PlanId,
  fields: NewRecordFields<K>,
): CollectionRecord<K> {
  return schemaOf[key].parse({ ...fields, id: newId(), planId });
}
