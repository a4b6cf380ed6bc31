import {
  newId,
  type BudgetCategory,
  type BudgetCategoryId,
  type BudgetLine,
  type BudgetLineId,
  type Channel,
  type ChannelId,
  type Goal,
  type Phase,
  type PhaseId,
  type PlanDocument,
  type Product,
  type ProductId,
  type Task,
  type TaskId,
} from '../domain';
import { categoryDisplayName } from '../budget/categories';
import { rescheduleTasks, type MoveOptions } from '../planning/scheduling';
import { mergeGoals } from './mergeGoals';

/**
 * Merging an imported sheet into the open plan. Tasks are matched by title, budget lines by
 * item + category, SKUs by their SKU code, goals by name (mergeGoals.ts); phases, categories and channels by name. Matched
 * records keep their id (so links, baselines and history still point at them) and take the
 * imported values; the rest are added. Notes under the imported tables are added to the plan's
 * notes, each once. Nothing in the open plan is removed.
 */

export interface ChangedRow<T> {
  before: T;
  after: T;
  /** Names of the fields whose values differ. */
  fields: string[];
}

export interface RowDiff<T> {
  added: T[];
  changed: ChangedRow<T>[];
  unchanged: T[];
}

export interface MergePreview {
  tasks: RowDiff<Task>;
  lines: RowDiff<BudgetLine>;
  products: RowDiff<Product>;
  goals: RowDiff<Goal>;
  /** Footnote texts the plan's notes do not hold yet, in file order, each once. */
  notes: string[];
}

const norm = (s: string): string => s.trim().toLowerCase();

function byName<T>(items: readonly T[], name: (t: T) => string): Map<string, T> {
  const m = new Map<string, T>();
  for (const it of items) if (!m.has(norm(name(it)))) m.set(norm(name(it)), it);
  return m;
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
  const res: Resolution = {
    phaseId: new Map(),
    categoryId: new Map(),
    channelId: new Map(),
    newPhases: [],
    newCategories: [],
    newChannels: [],
  };
  const phases = byName(current.phases, (p) => p.name);
  for (const p of imported.phases) {
    const hit = phases.get(norm(p.name));
    if (hit) res.phaseId.set(p.id, hit.id);
    else {
      const made = {
        ...p,
        id: newId<PhaseId>(),
        planId,
        order: current.phases.length + res.newPhases.length,
      };
      res.newPhases.push(made);
      res.phaseId.set(p.id, made.id);
    }
  }
  const cats = byName(current.budgetCategories, (c) => categoryDisplayName(c, 'zh'));
  const catsEn = byName(current.budgetCategories, (c) => categoryDisplayName(c, 'en'));
  for (const c of imported.budgetCategories) {
    const name = categoryDisplayName(c, 'zh');
    const hit = cats.get(norm(name)) ?? catsEn.get(norm(name));
    if (hit) res.categoryId.set(c.id, hit.id);
    else {
      const made = {
        ...c,
        id: newId<BudgetCategoryId>(),
        planId,
        order: current.budgetCategories.length + res.newCategories.length,
      };
      res.newCategories.push(made);
      res.categoryId.set(c.id, made.id);
    }
  }
  const chans = byName(current.channels, (c) => c.name);
  for (const c of imported.channels) {
    const hit = chans.get(norm(c.name));
    if (hit) res.channelId.set(c.id, hit.id);
    else {
      const made = {
        ...c,
        id: newId<ChannelId>(),
        planId,
        order: current.channels.length + res.newChannels.length,
      };
      res.newChannels.push(made);
      res.channelId.set(c.id, made.id);
    }
  }
  return res;
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

function differs(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

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

function mergeProducts(current: PlanDocument, imported: PlanDocument): RowDiff<Product> {
  const bySku = byName(current.products, (p) => p.sku);
  const taken = new Set<string>();
  const diff: RowDiff<Product> = { added: [], changed: [], unchanged: [] };
  imported.products.forEach((p, i) => {
    const found = bySku.get(norm(p.sku));
    const hit = found && !taken.has(found.id) ? found : undefined;
    if (!hit) {
      diff.added.push({
        ...p,
        id: newId<ProductId>(),
        planId: current.plan.id,
        order: current.products.length + i,
      });
      return;
    }
    taken.add(hit.id);
    const after: Product = { ...hit };
    const fields: string[] = [];
    for (const f of productFields) {
      if (differs(hit[f], p[f])) {
        fields.push(f);
        (after as Record<string, unknown>)[f] = p[f];
      }
    }
    if (fields.length === 0) diff.unchanged.push(hit);
    else diff.changed.push({ before: hit, after, fields });
  });
  return diff;
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
  const existing = new Map<string, Task[]>();
  for (const t of current.tasks) existing.set(norm(t.title), [...(existing.get(norm(t.title)) ?? []), t]);
  const taken = new Set<string>();
  const idFor = new Map<TaskId, TaskId>();
  const matchOf = new Map<TaskId, Task>();
  for (const t of imported.tasks) {
    const hit = (existing.get(norm(t.title)) ?? []).find((x) => !taken.has(x.id));
    if (hit) {
      taken.add(hit.id);
      matchOf.set(t.id, hit);
      idFor.set(t.id, hit.id);
    } else idFor.set(t.id, newId<TaskId>());
  }
  const tasks: RowDiff<Task> = { added: [], changed: [], unchanged: [] };
  imported.tasks.forEach((t, i) => {
    const before = matchOf.get(t.id);
    const mapped: Task = {
      ...t,
      id: idFor.get(t.id)!,
      planId,
      phaseId: t.phaseId ? (res.phaseId.get(t.phaseId) ?? null) : null,
      predecessors: t.predecessors.flatMap((p) => {
        const id = idFor.get(p.taskId);
        return id ? [{ ...p, taskId: id }] : [];
      }),
    };
    if (!before) {
      tasks.added.push({ ...mapped, order: current.tasks.length + i });
      return;
    }
    const after: Task = { ...before };
    const fields: string[] = [];
    for (const f of taskFields) {
      if (differs(before[f], mapped[f])) {
        fields.push(f);
        (after as Record<string, unknown>)[f] = mapped[f];
      }
    }
    if (fields.length === 0) tasks.unchanged.push(before);
    else tasks.changed.push({ before, after, fields });
  });
  followImportedDates(current, tasks, opts);

  const currentLines = new Map<string, BudgetLine[]>();
  for (const l of current.budgetLines)
    currentLines.set(lineKey(current, l), [...(currentLines.get(lineKey(current, l)) ?? []), l]);
  const takenLines = new Set<string>();
  const lines: RowDiff<BudgetLine> = { added: [], changed: [], unchanged: [] };
  imported.budgetLines.forEach((l, i) => {
    const hit = (currentLines.get(lineKey(imported, l)) ?? []).find((x) => !takenLines.has(x.id));
    const mapped: BudgetLine = {
      ...l,
      planId,
      id: hit?.id ?? newId<BudgetLineId>(),
      categoryId: l.categoryId ? (res.categoryId.get(l.categoryId) ?? null) : null,
      channelId: l.channelId ? (res.channelId.get(l.channelId) ?? null) : null,
      phaseId: l.phaseId ? (res.phaseId.get(l.phaseId) ?? null) : null,
    };
    if (!hit) {
      lines.added.push({ ...mapped, order: current.budgetLines.length + i });
      return;
    }
    takenLines.add(hit.id);
    const after: BudgetLine = { ...hit };
    const fields: string[] = [];
    for (const f of lineFields) {
      if (differs(hit[f], mapped[f])) {
        fields.push(f);
        (after as Record<string, unknown>)[f] = mapped[f];
      }
    }
    if (fields.length === 0) lines.unchanged.push(hit);
    else lines.changed.push({ before: hit, after, fields });
  });
  const products = mergeProducts(current, imported);
  const goals = mergeGoals(current, imported);
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

/**
 * The merge as a pure recipe over the open plan (for the store's one-transaction commit).
 * Phases of added tasks that the plan lacks are added with the dates the sheet gave them.
 */
export function mergeImport(
  imported: PlanDocument,
  opts: MoveOptions = FOLLOW,
  footnotes: readonly string[] = [],
) {
  return (current: PlanDocument): PlanDocument => {
    const { preview, res } = planMerge(current, imported, opts, footnotes);
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
  };
}
