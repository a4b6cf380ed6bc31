import type { z } from 'zod';
import { newId } from './ids';
import type { PlanId } from './primitives';
import { planSchema, type Plan } from './plan';
import { recordSchemas, type CollectionKey, type CollectionRecord } from './document';

// Each collection's schema typed as reading into its record type (checked here).
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

/** What a new plan is given: its id, name, type, dates and stamps; every other field its default. */
export type NewPlanFields = z.input<typeof planSchema>;

/**
 * The one constructor of a plan record (a new plan, an imported one): the given fields and the
 * schema's default for each field not given. Throws on a field the schema refuses.
 */
export function newPlan(fields: NewPlanFields): Plan {
  return planSchema.parse(fields);
}
