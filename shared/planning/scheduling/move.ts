import type { IsoDate, Task, TaskId } from '../../domain';
import { durationOf, fromDayNumber, toDayNumber } from './dayNumber';
import { topologicalOrder } from './graph';

export interface MoveOptions {
  /**
   * true: successors that would start before their predecessor allows (finish + lag for FS,
   * start + lag for SS) move later by the minimum needed, transitively, keeping their durations.
   * false: only the edited tasks change; violations show up in the problems panel.
   */
  pushSuccessors: boolean;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Applies new spans to some tasks, then (with push) moves their successors in topological order.
 * Only tasks with a predecessor that changed in this edit (or that is one of `origins`) are looked
 * at, so old, unrelated violations elsewhere in the plan are left for the planner to see, not
 * silently "fixed". Returns a new array; unchanged tasks keep their identity (the store diffs by
 * identity).
 */
function applySpans(
  tasks: readonly Task[],
  edits: Map<TaskId, Span>,
  opts: MoveOptions,
  origins: readonly TaskId[] = [],
): Task[] {
  // An edit that leaves a task where it was changes nothing and pushes nothing.
  const spans = new Map<TaskId, Span>();
  for (const task of tasks) {
    const edit = edits.get(task.id);
    if (!edit) continue;
    const before = currentSpan(task);
    if (edit.start !== before.start || edit.end !== before.end) spans.set(task.id, edit);
  }
  // An origin pushes its successors from where it is now (a new link, a "move successors" fix).
  if (origins.length > 0) {
    const wanted = new Set(origins);
    for (const task of tasks) {
      if (wanted.has(task.id) && !spans.has(task.id)) spans.set(task.id, currentSpan(task));
    }
  }
  if (opts.pushSuccessors && spans.size > 0) {
    const byId = new Map<TaskId, Task>();
    for (const task of tasks) byId.set(task.id, task);
    const position = new Map<TaskId, number>();
    const order = topologicalOrder(tasks);
    order.forEach((id, index) => position.set(id, index));
    const pushers = new Set(origins);
    // A task whose edit was pushed back to where it started did not move, and pushes nothing.
    const moved = (id: TaskId): boolean => {
      const span = spans.get(id);
      if (!span) return false;
      if (pushers.has(id)) return true;
      const before = currentSpan(byId.get(id) as Task);
      return span.start !== before.start || span.end !== before.end;
    };
    const spanOf = (task: Task): Span =>
      spans.get(task.id) ?? { start: toDayNumber(task.startDate), end: toDayNumber(task.endDate) };
    for (const id of order) {
      const task = byId.get(id) as Task;
      const me = position.get(id) as number;
      let required = -Infinity;
      for (const dependency of task.predecessors) {
        if (!moved(dependency.taskId)) continue; // only changed predecessors push
        if ((position.get(dependency.taskId) ?? me) >= me) continue; // a link that closes a loop
        const predecessor = spans.get(dependency.taskId) as Span;
        const bound =
          dependency.type === 'SS'
            ? predecessor.start + dependency.lagDays
            : predecessor.end + 1 + dependency.lagDays;
        if (bound > required) required = bound;
      }
      const current = spanOf(task);
      if (required > current.start) {
        const shift = required - current.start;
        spans.set(id, { start: current.start + shift, end: current.end + shift });
      }
    }
  }
  return tasks.map((task) => {
    const span = spans.get(task.id);
    if (!span) return task;
    const startDate = fromDayNumber(span.start);
    const endDate = fromDayNumber(task.isMilestone ? span.start : span.end);
    if (startDate === task.startDate && endDate === task.endDate) return task;
    return { ...task, startDate, endDate };
  });
}

function currentSpan(task: Task): Span {
  const start = toDayNumber(task.startDate);
  return { start, end: task.isMilestone ? start : start + durationOf(start, toDayNumber(task.endDate)) - 1 };
}

/** New dates for one task, as an editor gives them. */
export interface DateEdit {
  id: TaskId;
  startDate: IsoDate;
  endDate: IsoDate;
}

/**
 * The one scheduling path every editor goes through — the tasks table, the timeline's drag, keys
 * and cells, and the import merge: the edited tasks take their new dates and, when successors
 * follow, every successor that would now start before its links allow moves later by the minimum
 * needed, transitively, keeping its duration. An end before the start is raised to the start; a
 * milestone stays one moment (end = start). `pushFrom` names tasks whose successors are checked
 * even though their own dates did not change (a link just drawn).
 */
export function rescheduleTasks(
  tasks: readonly Task[],
  edits: readonly DateEdit[],
  opts: MoveOptions,
  pushFrom: readonly TaskId[] = [],
): Task[] {
  const byId = new Map<TaskId, Task>();
  for (const task of tasks) byId.set(task.id, task);
  const spans = new Map<TaskId, Span>();
  for (const edit of edits) {
    const task = byId.get(edit.id);
    if (!task) continue;
    const start = toDayNumber(edit.startDate);
    const end = task.isMilestone ? start : Math.max(start, toDayNumber(edit.endDate));
    spans.set(edit.id, { start, end });
  }
  return applySpans(tasks, spans, opts, pushFrom);
}

/**
 * Moves tasks by whole days, keeping every duration (a milestone stays a single moment). With
 * push, a chosen task can end up further than `deltaDays` when another moved task is its
 * predecessor and needs it to (e.g. both chosen, the successor already too close). The offset
 * stays a day count from the timeline's drag to here; dates are written once, at the end.
 */
export function moveTasks(
  tasks: readonly Task[],
  ids: readonly TaskId[],
  deltaDays: number,
  opts: MoveOptions,
): Task[] {
  const wanted = new Set(ids);
  const spans = new Map<TaskId, Span>();
  for (const task of tasks) {
    if (!wanted.has(task.id)) continue;
    const span = currentSpan(task);
    spans.set(task.id, { start: span.start + deltaDays, end: span.end + deltaDays });
  }
  return applySpans(tasks, spans, opts);
}

/**
 * Moves one edge of a task by `deltaDays` whole days (a resize on the timeline). The task never
 * ends before it starts: dragging the start past the end (or the end before the start) leaves a
 * one-day task. A milestone has no length, so either edge moves the whole milestone.
 */
export function resizeTask(
  tasks: readonly Task[],
  id: TaskId,
  edge: 'start' | 'end',
  deltaDays: number,
  opts: MoveOptions,
): Task[] {
  const task = tasks.find((candidate) => candidate.id === id);
  if (!task) return tasks.slice();
  const span = currentSpan(task);
  const day = (edge === 'start' ? span.start : span.end) + deltaDays;
  let next: Span;
  if (task.isMilestone) next = { start: day, end: day };
  else if (edge === 'start') next = { start: Math.min(day, span.end), end: span.end };
  else next = { start: span.start, end: Math.max(day, span.start) };
  return applySpans(tasks, new Map([[id, next]]), opts);
}

/** Sets both dates of a task (an end before the start is raised to the start; milestones keep start = end). */
export function setTaskDates(
  tasks: readonly Task[],
  id: TaskId,
  start: IsoDate,
  end: IsoDate,
  opts: MoveOptions,
): Task[] {
  return rescheduleTasks(tasks, [{ id, startDate: start, endDate: end }], opts);
}
