import { z } from 'zod';
import {
  baselineIdSchema,
  channelIdSchema,
  isoDateSchema,
  isoDateTimeSchema,
  phaseIdSchema,
  planIdSchema,
  rateFractionSchema,
  taskIdSchema,
  timeOfDaySchema,
} from './primitives';

export const phaseKinds = [
  'prep', // 筹备期
  'accumulate', // 蓄水期
  'warmup', // 预热期
  'openingWave', // 开门红
  'burst', // 爆发期
  'encore', // 返场期
  'review', // 复盘
  'custom',
] as const;
export const phaseKindSchema = z.enum(phaseKinds);
export type PhaseKind = z.infer<typeof phaseKindSchema>;

export const phaseSchema = z.object({
  id: phaseIdSchema,
  planId: planIdSchema,
  name: z.string().min(1),
  kind: phaseKindSchema.default('custom'),
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  /** CSS colour, `#rrggbb`. */
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default('#8da2fb'),
  purpose: z.string().default(''),
  /**
   * The sales curve (shared/figures/salesCurve.ts): the phase's weight in GMV and in UV; the
   * share is weight ÷ Σ weights of the plan's phases. Absent or null = the default of its kind.
   */
  gmvWeight: z.number().min(0).nullable().optional(),
  uvWeight: z.number().min(0).nullable().optional(),
  /** Weight of each day of the phase, first day first; absent = 1 a day, 3 on a key moment. */
  dayWeights: z.array(z.number().min(0)).nullable().optional(),
  order: z.number().default(0),
});
export type Phase = z.infer<typeof phaseSchema>;

export const workstreams = [
  'marketing', // 市场
  'operations', // 运营
  'design', // 设计
  'tech', // 技术
  'service', // 客服
  'supply', // 商品/供应链
  'data', // 数据
  'finance', // 财务
  'other',
] as const;
export const workstreamSchema = z.enum(workstreams);
export type Workstream = z.infer<typeof workstreamSchema>;

export const taskStatuses = ['todo', 'inProgress', 'done', 'blocked', 'cancelled'] as const;
export const taskStatusSchema = z.enum(taskStatuses);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

/**
 * A task's status once its progress is set: 100 % is done; a done task whose progress is taken
 * back below 100 % is in progress again (or to do, at 0 %) — a row never reads "0 %, done".
 * Blocked and cancelled stay as the planner set them.
 */
export function statusAfterProgress(progress: number, status: TaskStatus): TaskStatus {
  if (progress >= 1) return 'done';
  if (status !== 'done') return status;
  return progress > 0 ? 'inProgress' : 'todo';
}

export const dependencyTypes = ['FS', 'SS'] as const;
export const dependencySchema = z.object({
  taskId: taskIdSchema,
  /** FS: finish-to-start (default); SS: start-to-start. */
  type: z.enum(dependencyTypes).default('FS'),
  /** Calendar days between the predecessor's finish (FS) or start (SS) and this start; may be negative. */
  lagDays: z.int().default(0),
});
export type Dependency = z.infer<typeof dependencySchema>;

export const subItemSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  done: z.boolean().default(false),
});

export const taskSchema = z.object({
  id: taskIdSchema,
  planId: planIdSchema,
  title: z.string().min(1).max(500),
  phaseId: phaseIdSchema.nullable().default(null),
  workstream: workstreamSchema.default('operations'),
  /** A person or a role ("运营负责人"). */
  owner: z.string().default(''),
  channelId: channelIdSchema.nullable().default(null),
  /** Inclusive: a task from 10-20 to 10-20 lasts one day. */
  startDate: isoDateSchema,
  endDate: isoDateSchema,
  progress: rateFractionSchema.default(0),
  status: taskStatusSchema.default('todo'),
  predecessors: z.array(dependencySchema).default([]),
  /** A milestone is a moment: startDate === endDate, optionally with a time of day. */
  isMilestone: z.boolean().default(false),
  milestoneTime: timeOfDaySchema.nullable().default(null),
  notes: z.string().default(''),
  checklist: z.array(subItemSchema).default([]),
  order: z.number().default(0),
});
export type Task = z.infer<typeof taskSchema>;

export const baselineSchema = z.object({
  id: baselineIdSchema,
  planId: planIdSchema,
  name: z.string().min(1),
  createdAt: isoDateTimeSchema,
  tasks: z.array(z.object({ taskId: taskIdSchema, startDate: isoDateSchema, endDate: isoDateSchema })),
});
export type Baseline = z.infer<typeof baselineSchema>;
