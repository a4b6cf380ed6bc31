import type { Task, TaskId } from '../../domain';
import { durationOf, fromDayNumber, toDayNumber } from './dayNumber';
import { rescheduleTasks } from './move';
import type { ScheduleProblem } from './problems';

/**
 * One-click fixes for a link the dates break, offered on the task's row:
 * - `moveSuccessors` (on the predecessor): its successors move later by the minimum their links
 *   need, transitively — what "successors follow" would have done;
 * - `moveBack` (on the predecessor): it moves earlier, keeping its duration, until every
 *   successor's link holds;
 * - `moveLater` (on the successor): it moves later, keeping its duration, to the earliest start
 *   its predecessors allow, and its own successors follow.
 * A fix that moves tasks later always pushes the successors it reaches, so it never leaves a new
 * broken link behind it. Each fix is one edit (one undo step in the store).
 */
export type ConflictFix = 'moveSuccessors' | 'moveBack' | 'moveLater';

/** A problem of the schedule as seen from one task's row, with the fixes that row offers. */
export interface TaskConflict {
  problem: ScheduleProblem;
  fixes: ConflictFix[];
}

/**
 * The problems of `findScheduleProblems`, filed under every task they involve. A broken link is
 * filed under both ends: the successor (fix: move it later) and the predecessor (fixes: move the
 * successors, move this back). A loop is filed under each task in it, an owner's overload under
 * each task of that run; the other kinds belong to their own task. Only links have fixes.
 */
export function conflictsByTask(problems: readonly ScheduleProblem[]): Map<TaskId, TaskConflict[]> {
  const byTask = new Map<TaskId, TaskConflict[]>();
  const file = (id: TaskId, conflict: TaskConflict) => {
    const list = byTask.get(id);
    if (list) list.push(conflict);
    else byTask.set(id, [conflict]);
  };
  for (const problem of problems) {
    switch (problem.kind) {
      case 'dependencyViolated': {
        file(problem.taskId, { problem, fixes: ['moveLater'] });
        const predecessor = problem.relatedTaskIds[0];
        if (predecessor) file(predecessor, { problem, fixes: ['moveSuccessors', 'moveBack'] });
        break;
      }
      case 'afterMilestone': {
        file(problem.taskId, { problem, fixes: ['moveSuccessors', 'moveBack'] });
        const milestone = problem.relatedTaskIds[0];
        if (milestone) file(milestone, { problem, fixes: ['moveLater'] });
        break;
      }
      case 'loop':
        for (const id of problem.relatedTaskIds) file(id, { problem, fixes: [] });
        break;
      case 'ownerOverload':
        for (const id of [problem.taskId, ...problem.relatedTaskIds]) file(id, { problem, fixes: [] });
        break;
      default:
        file(problem.taskId, { problem, fixes: [] });
    }
  }
  return byTask;
}

/** Applies one fix to task `id`; returns the tasks unchanged (same identities) when none is needed. */
export function applyConflictFix(tasks: readonly Task[], id: TaskId, fix: ConflictFix): Task[] {
  const task = tasks.find((candidate) => candidate.id === id);
  if (!task) return tasks.slice();
  const always = { pushSuccessors: true };
  if (fix === 'moveSuccessors') return rescheduleTasks(tasks, [], always, [id]);
  const start = toDayNumber(task.startDate);
  const length = task.isMilestone ? 1 : durationOf(start, toDayNumber(task.endDate));
  let shift = 0;
  if (fix === 'moveLater') {
    const byId = new Map<TaskId, Task>();
    for (const candidate of tasks) byId.set(candidate.id, candidate);
    for (const dependency of task.predecessors) {
      const predecessor = byId.get(dependency.taskId);
      if (!predecessor || predecessor.id === id || predecessor.status === 'cancelled') continue;
      const earliest =
        dependency.type === 'SS'
          ? toDayNumber(predecessor.startDate) + dependency.lagDays
          : toDayNumber(predecessor.endDate) + 1 + dependency.lagDays;
      shift = Math.max(shift, earliest - start);
    }
  } else {
    for (const successor of tasks) {
      if (successor.id === id || successor.status === 'cancelled') continue;
      for (const dependency of successor.predecessors) {
        if (dependency.taskId !== id) continue;
        const successorStart = toDayNumber(successor.startDate);
        // FS: end + 1 + lag ≤ successor's start; SS: start + lag ≤ successor's start.
        const latestStart =
          dependency.type === 'SS'
            ? successorStart - dependency.lagDays
            : successorStart - 1 - dependency.lagDays - (length - 1);
        shift = Math.min(shift, latestStart - start);
      }
    }
  }
  if (shift === 0) return tasks.slice();
  const edit = {
    id,
    startDate: fromDayNumber(start + shift),
    endDate: fromDayNumber(start + shift + length - 1),
  };
  return rescheduleTasks(tasks, [edit], always);
}
