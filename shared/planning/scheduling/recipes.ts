import {
  addRecord,
  newRecord,
  updatePlan,
  updateRecord,
  type BaselineId,
  type Dependency,
  type PlanDocument,
  type TaskId,
} from '../../domain';
import { addDependency, removeDependency } from './dependencies';
import { applyConflictFix, type ConflictFix } from './fixes';
import { moveTasks, rescheduleTasks, resizeTask, type DateEdit, type MoveOptions } from './move';
import { problemKey, type ScheduleProblem } from './problems';

/**
 * The schedule's edits as document recipes `(doc, params) => doc` (docs/architecture.md §5): the
 * array-level functions of move.ts, dependencies.ts and fixes.ts applied to the plan's tasks, so a
 * screen commits them as edit actions without wrapping them itself.
 */

/** Sets tasks' dates; with `pushSuccessors` their successors follow (move.ts). */
export function rescheduleDates(
  doc: PlanDocument,
  p: { edits: readonly DateEdit[] } & MoveOptions,
): PlanDocument {
  return { ...doc, tasks: rescheduleTasks(doc.tasks, p.edits, p) };
}

/** Moves tasks by whole days (a drag on the timeline). */
export function moveTaskDates(
  doc: PlanDocument,
  p: { ids: readonly TaskId[]; days: number } & MoveOptions,
): PlanDocument {
  return { ...doc, tasks: moveTasks(doc.tasks, p.ids, p.days, p) };
}

/** Moves one edge of a task by whole days (a resize on the timeline): the drag's day count, as is. */
export function resizeTaskEdge(
  doc: PlanDocument,
  p: { id: TaskId; edge: 'start' | 'end'; days: number } & MoveOptions,
): PlanDocument {
  return { ...doc, tasks: resizeTask(doc.tasks, p.id, p.edge, p.days, p) };
}

/** Applies one of a conflict's fixes (fixes.ts). */
export function fixConflict(doc: PlanDocument, p: { id: TaskId; fix: ConflictFix }): PlanDocument {
  return { ...doc, tasks: applyConflictFix(doc.tasks, p.id, p.fix) };
}

/** The plan with a task's predecessor list replaced (a task never precedes itself); no rescheduling. */
export function withPredecessors(
  doc: PlanDocument,
  taskId: TaskId,
  deps: readonly Dependency[],
): PlanDocument {
  return updateRecord(doc, 'tasks', taskId, { predecessors: deps.filter((d) => d.taskId !== taskId) });
}

/**
 * Replaces a task's predecessors (the caller checks the result for loops first); a new link the
 * dates break moves the task when successors follow.
 */
export function setPredecessors(
  doc: PlanDocument,
  p: { taskId: TaskId; dependencies: readonly Dependency[] } & MoveOptions,
): PlanDocument {
  const next = withPredecessors(doc, p.taskId, p.dependencies);
  return {
    ...next,
    tasks: rescheduleTasks(
      next.tasks,
      [],
      p,
      p.dependencies.map((d) => d.taskId),
    ),
  };
}

/** Links `from` before `to`; nothing when that would make a loop. Successors follow when asked. */
export function linkTasks(
  doc: PlanDocument,
  p: { fromId: TaskId; toId: TaskId; type: Dependency['type']; lagDays?: number } & MoveOptions,
): PlanDocument {
  const result = addDependency(doc.tasks, p.toId, {
    taskId: p.fromId,
    type: p.type,
    lagDays: p.lagDays ?? 0,
  });
  if (!result.ok) return doc;
  return { ...doc, tasks: rescheduleTasks(result.tasks, [], p, [p.fromId]) };
}

/** Removes the links from `predecessorIds` into `taskId`. */
export function unlinkTasks(
  doc: PlanDocument,
  p: { taskId: TaskId; predecessorIds: readonly TaskId[] },
): PlanDocument {
  let tasks = doc.tasks;
  for (const id of p.predecessorIds) tasks = removeDependency(tasks, p.taskId, id);
  return tasks === doc.tasks ? doc : { ...doc, tasks };
}

/** Hides a problem the planner has read (problems.ts). */
export function dismissProblem(doc: PlanDocument, problem: ScheduleProblem): PlanDocument {
  return updatePlan(doc, { dismissedProblems: [...(doc.plan.dismissedProblems ?? []), problemKey(problem)] });
}

/** A new task (or milestone) of one day on the peak day, at the end of the list. */
export function addTask(doc: PlanDocument, p: { title: string; isMilestone: boolean }): PlanDocument {
  const start = doc.plan.peakDate;
  const task = newRecord('tasks', doc.plan.id, {
    title: p.title,
    startDate: start,
    endDate: start,
    isMilestone: p.isMilestone,
    milestoneTime: p.isMilestone ? '00:00' : null,
  });
  return addRecord(doc, 'tasks', task);
}

/** Keeps every task's dates as they are now under `name` (a baseline to compare the timeline with). */
export function saveBaseline(
  doc: PlanDocument,
  p: { id: BaselineId; name: string; createdAt: string },
): PlanDocument {
  return addRecord(doc, 'baselines', {
    ...p,
    planId: doc.plan.id,
    tasks: doc.tasks.map((t) => ({ taskId: t.id, startDate: t.startDate, endDate: t.endDate })),
  });
}
