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
 * A whole plan in memory: the plan record and every record that belongs to it.
 * Each collection is stored in its own IndexedDB table, indexed by planId.
 */
export const planDocumentSchema = z.object({
  plan: planSchema,
  goals: z.array(goalSchema).default([]),
  phases: z.array(phaseSchema).default([]),
  tasks: z.array(taskSchema).default([]),
  channels: z.array(channelSchema).default([]),
  budgetCategories: z.array(budgetCategorySchema).default([]),
  budgetLines: z.array(budgetLineSchema).default([]),
  promotions: z.array(promotionSchema).default([]),
  products: z.array(productSchema).default([]),
  risks: z.array(riskSchema).default([]),
  checklist: z.array(checklistItemSchema).default([]),
  actuals: z.array(actualDaySchema).default([]),
  lessons: z.array(lessonSchema).default([]),
  baselines: z.array(baselineSchema).default([]),
  hourly: z.array(hourlyRecordSchema).default([]),
  incidents: z.array(incidentSchema).default([]),
  alertAcks: z.array(alertAckSchema).default([]),
  hourProfiles: z.array(hourProfileSchema).default([]),
  alertRules: z.array(alertRuleSchema).default([]),
  review: reviewSchema.nullable().default(null),
});
export type PlanDocument = z.infer<typeof planDocumentSchema>;

/** The collections of a document that hold many records, each with an `id` and `planId`. */
export const collectionKeys = [
  'goals',
  'phases',
  'tasks',
  'channels',
  'budgetCategories',
  'budgetLines',
  'promotions',
  'products',
  'risks',
  'checklist',
  'actuals',
  'lessons',
  'baselines',
  // Data version 2 (schema version 2): the war room.
  'hourly',
  'incidents',
  'alertAcks',
  'hourProfiles',
  'alertRules',
] as const satisfies readonly (keyof PlanDocument)[];
export type CollectionKey = (typeof collectionKeys)[number];
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
  return {
    plan,
    goals: [],
    phases: [],
    tasks: [],
    channels: [],
    budgetCategories: [],
    budgetLines: [],
    promotions: [],
    products: [],
    risks: [],
    checklist: [],
    actuals: [],
    lessons: [],
    baselines: [],
    hourly: [],
    incidents: [],
    alertAcks: [],
    hourProfiles: [],
    alertRules: [],
    review: null,
  };
}
