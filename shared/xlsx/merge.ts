import type {
  BudgetCategory,
  BudgetCategoryId,
  BudgetLine,
  Channel,
  ChannelId,
  Goal,
  Phase,
  PhaseId,
  PlanDocument,
  PlanId,
  Product,
  Task,
} from '../domain';
import { categoryDisplayName } from '../budget/categories';
import { rescheduleTasks, type MoveOptions } from '../planning/scheduling';
import {
  diffRecords,
  idsInPlan,
  matchRecords,
  norm,
  type ChangedRow,
  type ListedRecord,
  type RowDiff,
} from './recordMatch';

/**
 * Merging an imported sheet into the open plan. Tasks are matched by title, budget lines by
 * item + category, SKUs by their SKU code, goals by name; phases, categories and channels by name. Matched
 * records keep their id (so links, baselines and history still point at them) and take the
 * imported values; the rest are added. Notes under the imported tables are added to the plan's
 * notes, each once. Nothing in the open plan is removed.
 */

export interface MergePreview {
  tasks: RowDiff<Task>;
  lines: RowDiff<BudgetLine>;
  products: RowDiff<Product>;
  goals: RowDiff<Goal>;
  /** Footnote texts the plan's notes do not hold yet, in file order, each once. */
  notes: string[];
}

/**
 * Imported phases, categories or channels → the open plan's, by name; the rest are added after
 * the plan's (new ids, the plan's id).
 */
function resolveGroup<T extends ListedRecord>(
  current: readonly T[],
  imported: readonly T[],
  planId: PlanId,
  namesOf: (t: T) => readonly string[],
): { idOf: Map<string, T['id']>; added: T[] } {
  const match = matchRecords(current, imported, namesOf, (t) => namesOf(t)[0] ?? '');
  const idOf = idsInPlan(imported, match);
  const { added } = diffRecords(current.length, imported, match, [], (t) => ({
    ...t,
    id: idOf.get(t.id)!,
    planId,
  }));
  return { idOf, added };
}

interface Resolution {
  phaseId: Map<string, PhaseId>;
  categoryId: Map<string, BudgetCategoryId>;
  channelId: Map<string, ChannelId>;
  newPhases: Phase[];
  newCategories: BudgetCategory[];
  newChannels: Channel[];
}

/** Imported phases/categories/channels → the open plan's, by name; new ones are made for the rest. */
function resolveGroups(current: PlanDocument, imported: PlanDocument): Resolution {
  const planId = current.plan.id;
  const phases = resolveGroup(current.phases, imported.phases, planId, (p) => [p.name]);
  const categories = resolveGroup(current.budgetCategories, imported.budgetCategories, planId, (c) => [
    categoryDisplayName(c, 'zh'),
    categoryDisplayName(c, 'en'),
  ]);
  const channels = resolveGroup(current.channels, imported.channels, planId, (c) => [c.name]);
  return {
    phaseId: phases.idOf,
    categoryId: categories.idOf,
    channelId: channels.idOf,
    newPhases: phases.added,
    newCategories: categories.added,
    newChannels: channels.added,
  };
}

const taskFields = [
  'phaseId',
  'workstream',
  'owner',
  'startDate',
  'endDate',
  'progress',
  'status',
  'predecessors',
  'isMilestone',
  'milestoneTime',
  'notes',
] as const;

const lineFields = [
  'channelId',
  'phaseId',
  'unitPriceMinor',
  'quantity',
  'plannedMinor',
  'committedMinor',
  'actualMinor',
  'vendor',
  'paymentDate',
  'notes',
] as const;

const productFields = [
  'name',
  'category',
  'stock',
  'safetyStock',
  'regularPriceMinor',
  'promoPriceMinor',
  'costPriceMinor',
  'role',
  'expectedSales',
  'notes',
] as const;

/** The fields a goals sheet gives; a matched goal takes these and keeps the rest (its id, order). */
const goalFields = [
  'metric',
  'unit',
  'customUnit',
  'target',
  'direction',
  'targetMax',
  'baseline',
  'baselinePeriod',
  'deadline',
  'owner',
  'rationale',
  'weight',
] as const satisfies readonly (keyof Goal)[];

function lineKey(doc: PlanDocument, line: BudgetLine): string {
  const cat = doc.budgetCategories.find((c) => c.id === line.categoryId);
  return `${norm(line.item)}|${cat ? norm(categoryDisplayName(cat, 'zh')) : ''}`;
}

interface Plan {
  preview: MergePreview;
  res: Resolution;
}

/** The footnotes the plan's notes lack (a line equal after trimming counts as held). */
function newNotes(current: PlanDocument, footnotes: readonly string[]): string[] {
  const held = new Set(current.plan.notes.split('\n').map((l) => l.trim()));
  const out: string[] = [];
  for (const text of footnotes) {
    const t = text.trim();
    if (t && !held.has(t)) {
      held.add(t);
      out.push(t);
    }
  }
  return out;
}

/**
 * SKUs by their code, goals by their name: records without links, so the imported record is the
 * plan's as it is (its id and plan set).
 */
function diffUnlinked<T extends ListedRecord>(
  current: readonly T[],
  imported: readonly T[],
  keyOf: (t: T) => string,
  fields: readonly (keyof T & string)[],
  planId: PlanId,
): RowDiff<T> {
  const match = matchRecords(current, imported, (t) => [keyOf(t)], keyOf);
  const idOf = idsInPlan(imported, match);
  return diffRecords(current.length, imported, match, fields, (t) => ({ ...t, id: idOf.get(t.id)!, planId }));
}

/**
 * The merge's dates go through the plan's one scheduling path: with successors following, a task
 * of the open plan that now starts before an imported (or re-dated) predecessor allows moves later,
 * and the preview lists it as changed. Without, the dates are taken as the sheet gives them.
 */
function followImportedDates(current: PlanDocument, tasks: RowDiff<Task>, opts: MoveOptions): void {
  if (!opts.pushSuccessors) return;
  const changedAt = new Map(tasks.changed.map((c, index) => [c.before.id as string, index]));
  const addedAt = new Map(tasks.added.map((t, index) => [t.id as string, index]));
  const merged = [
    ...current.tasks.map((t) => {
      const index = changedAt.get(t.id);
      return index === undefined ? t : (tasks.changed[index] as ChangedRow<Task>).after;
    }),
    ...tasks.added,
  ];
  const from = [
    ...tasks.changed
      .filter(
        (c) =>
          c.fields.includes('startDate') || c.fields.includes('endDate') || c.fields.includes('predecessors'),
      )
      .map((c) => c.before.id),
    ...tasks.added.map((t) => t.id),
  ];
  const scheduled = rescheduleTasks(merged, [], opts, from);
  scheduled.forEach((task, position) => {
    if (task === merged[position]) return;
    const added = addedAt.get(task.id);
    if (added !== undefined) {
      tasks.added[added] = task;
      return;
    }
    const index = changedAt.get(task.id);
    const dateFields = ['startDate', 'endDate'].filter(
      (f) => task[f as 'startDate'] !== (merged[position] as Task)[f as 'startDate'],
    );
    if (index !== undefined) {
      const change = tasks.changed[index] as ChangedRow<Task>;
      change.after = { ...change.after, startDate: task.startDate, endDate: task.endDate };
      change.fields = [...new Set([...change.fields, ...dateFields])];
      return;
    }
    const before = current.tasks[position] as Task;
    tasks.unchanged = tasks.unchanged.filter((t) => t.id !== task.id);
    tasks.changed.push({ before, after: task, fields: dateFields });
  });
}

function planMerge(
  current: PlanDocument,
  imported: PlanDocument,
  opts: MoveOptions,
  footnotes: readonly string[],
): Plan {
  const res = resolveGroups(current, imported);
  const planId = current.plan.id;

  // Tasks: ids first, so predecessors can be pointed at the merged ids.
  const taskMatch = matchRecords(
    current.tasks,
    imported.tasks,
    (t) => [t.title],
    (t) => t.title,
  );
  const taskId = idsInPlan(imported.tasks, taskMatch);
  const tasks = diffRecords(current.tasks.length, imported.tasks, taskMatch, taskFields, (t) => ({
    ...t,
    id: taskId.get(t.id)!,
    planId,
    phaseId: t.phaseId ? (res.phaseId.get(t.phaseId) ?? null) : null,
    predecessors: t.predecessors.flatMap((p) => {
      const id = taskId.get(p.taskId);
      return id ? [{ ...p, taskId: id }] : [];
    }),
  }));
  followImportedDates(current, tasks, opts);

  const lineMatch = matchRecords(
    current.budgetLines,
    imported.budgetLines,
    (l) => [lineKey(current, l)],
    (l) => lineKey(imported, l),
  );
  const lineId = idsInPlan(imported.budgetLines, lineMatch);
  const lines = diffRecords(current.budgetLines.length, imported.budgetLines, lineMatch, lineFields, (l) => ({
    ...l,
    planId,
    id: lineId.get(l.id)!,
    categoryId: l.categoryId ? (res.categoryId.get(l.categoryId) ?? null) : null,
    channelId: l.channelId ? (res.channelId.get(l.channelId) ?? null) : null,
    phaseId: l.phaseId ? (res.phaseId.get(l.phaseId) ?? null) : null,
  }));
  const products = diffUnlinked(current.products, imported.products, (p) => p.sku, productFields, planId);
  const goals = diffUnlinked(current.goals, imported.goals, (g) => g.title, goalFields, planId);
  return { preview: { tasks, lines, products, goals, notes: newNotes(current, footnotes) }, res };
}

/** Without an option, successors follow (the app's default setting). */
const FOLLOW: MoveOptions = { pushSuccessors: true };

/**
 * What a merge would add, change and leave alone, for the planner to look at before confirming.
 * `footnotes`: the texts of the notes under the imported tables (docs/import-footnotes.md).
 */
export function previewMerge(
  current: PlanDocument,
  imported: PlanDocument,
  opts: MoveOptions = FOLLOW,
  footnotes: readonly string[] = [],
): MergePreview {
  return planMerge(current, imported, opts, footnotes).preview;
}

/** What `mergeImport` merges: the imported plan, the successor setting and the notes under its tables. */
export interface MergeImportParams {
  imported: PlanDocument;
  /** Without it, successors follow (the app's default setting). */
  pushSuccessors?: boolean;
  /** The texts of the notes under the imported tables (docs/import-footnotes.md). */
  footnotes?: readonly string[];
}

/**
 * The merge as a pure recipe over the open plan (for the store's one-transaction commit).
 * Phases of added tasks that the plan lacks are added with the dates the sheet gave them.
 */
export function mergeImport(current: PlanDocument, params: MergeImportParams): PlanDocument {
  const opts: MoveOptions = { pushSuccessors: params.pushSuccessors ?? FOLLOW.pushSuccessors };
  const { preview, res } = planMerge(current, params.imported, opts, params.footnotes ?? []);
  const changedTask = new Map(preview.tasks.changed.map((c) => [c.before.id as string, c.after]));
  const changedLine = new Map(preview.lines.changed.map((c) => [c.before.id as string, c.after]));
  const changedProduct = new Map(preview.products.changed.map((c) => [c.before.id as string, c.after]));
  const changedGoal = new Map(preview.goals.changed.map((c) => [c.before.id as string, c.after]));
  const notes = [current.plan.notes, ...preview.notes].filter((l) => l.trim() !== '').join('\n');
  return {
    ...current,
    plan: preview.notes.length > 0 ? { ...current.plan, notes } : current.plan,
    products: [...current.products.map((p) => changedProduct.get(p.id) ?? p), ...preview.products.added],
    goals: [...current.goals.map((g) => changedGoal.get(g.id) ?? g), ...preview.goals.added],
    phases: [...current.phases, ...res.newPhases],
    budgetCategories: [...current.budgetCategories, ...res.newCategories],
    channels: [...current.channels, ...res.newChannels],
    tasks: [...current.tasks.map((t) => changedTask.get(t.id) ?? t), ...preview.tasks.added],
    budgetLines: [...current.budgetLines.map((l) => changedLine.get(l.id) ?? l), ...preview.lines.added],
  };
}
