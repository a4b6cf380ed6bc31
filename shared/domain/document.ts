import { z } from 'zod';
import { workspaceSchema } from './workspace';
import { planSchema } from './plan';
import { baselineSchema, phaseSchema, taskSchema } from './schedule';
import { channelSchema, checklistItemSchema, goalSchema, riskSchema } from './planning';
import { budgetCategorySchema, budgetLineSchema, productSchema, promotionSchema } from './commerce';
import { actualDaySchema, lessonSchema, reviewSchema } from './results';
import {
  alertAckSchema,
  alertRuleSchema,
  hourProfileSchema,
  hourlyRecordSchema,
  incidentSchema,
} from './warroom';

/**
 * The collections of a document that hold many records, each with an `id` and `planId`, and the
 * schema of their records (defaults included): the one list the document, its empty form, the
 * plan workbook's sheets and `newRecord` (records.ts) derive from.
 */
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
  // Data version 2 (schema version 2): the war room.
  hourly: hourlyRecordSchema,
  incidents: incidentSchema,
  alertAcks: alertAckSchema,
  hourProfiles: hourProfileSchema,
  alertRules: alertRuleSchema,
} as const;
type RecordSchemas = typeof recordSchemas;
export type CollectionKey = keyof RecordSchemas;
export const collectionKeys = Object.keys(recordSchemas) as readonly CollectionKey[];

const collectionArrays = Object.fromEntries(
  collectionKeys.map((key) => [key, z.array(recordSchemas[key]).default([])]),
) as { [K in CollectionKey]: z.ZodDefault<z.ZodArray<RecordSchemas[K]>> };

/**
 * A whole plan in memory: the plan record and every record that belongs to it.
 * Each collection is stored in its own IndexedDB table, indexed by planId.
 */
export const planDocumentSchema = z.object({
  plan: planSchema,
  ...collectionArrays,
  review: reviewSchema.nullable().default(null),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;
export type CollectionRecord<K extends CollectionKey> = PlanDocument[K][number];

/**
 * The data version of documents and backup files. It moves with every change of the stored
 * shape; upgraders in shared/migrations take older data to this version.
 */
export const DATA_VERSION = 2;

export const BACKUP_FORMAT = 'campaign-desk-backup';

/** The versioned JSON file of "Export all data", share files and the CLI's output. */
export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  dataVersion: z.int().min(1),
  exportedAt: z.string(),
  appVersion: z.string().default(''),
  plans: z.array(planDocumentSchema),
  /** The workspace (people, yearly budgets); absent in files written before schema version 3. */
  workspace: workspaceSchema.optional(),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

export function emptyDocument(plan: PlanDocument['plan']): PlanDocument {
  const collections = Object.fromEntries(collectionKeys.map((key) => [key, []]));
  return { plan, ...(collections as { [K in CollectionKey]: [] }), review: null };
}
