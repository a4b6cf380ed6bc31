import type { IsoDate, Task, TaskId } from '../../domain';
import { durationOf, fromDayNumber, toDayNumber } from './dayNumber';
import { indexTasks, topologicalPositions } from './graph';
import type { Locale } from '../../i18n/locale';
import { formatDays, isChinese } from './locale';

/** One task's window in the critical-path method, in calendar days (inclusive dates). */
export interface TaskSchedule {
  earlyStart: IsoDate;
  earlyFinish: IsoDate;
  lateStart: IsoDate;
  lateFinish: IsoDate;
  /** Days the task can slip without moving the project end; never negative. */
  totalSlackDays: number;
  /** Zero slack: any slip moves the project end. */
  isCritical: boolean;
}

export interface CriticalPathOptions {
  /**
   * The date the schedule must finish by, e.g. the campaign end. When it is later than every
   * task's early finish, all tasks have slack up to it; when earlier (or absent), the latest early
   * finish is the project end, so the chain that drives it always has zero slack.
   */
  projectEnd?: IsoDate;
}

/**
 * Forward and backward pass of the critical-path method in calendar days.
 * - FS lag L: the successor may start L days after the day after the predecessor's end
 *   (lag 0 → the next day). SS lag L: it may start L days after the predecessor's start.
 * - A task's current start is a "start no earlier than" constraint: tasks are never scheduled
 *   before the date the planner gave them, only later when a predecessor forces it.
 * - Durations are the current inclusive spans.
 * Runs in O(V + E) over a topological order. In a plan with a loop, the links that close a loop
 * are ignored so a result still comes back (the problems panel reports the loop).
 */
export function computeCriticalPath(
  tasks: readonly Task[],
  opts: CriticalPathOptions = {},
): Map<TaskId, TaskSchedule> {
  const inputIndex = indexTasks(tasks);
  const order = topologicalPositions(tasks, inputIndex);
  const count = order.length;
  // rank[input position] = place in the topological order; the passes run over ranks.
  const rank = new Int32Array(count);
  for (let r = 0; r < count; r++) rank[order[r] as number] = r;

  const duration = new Int32Array(count);
  const earlyStart = new Float64Array(count);
  const earlyFinish = new Float64Array(count);
  // Successor edges as linked lists in flat arrays (only edges that go forward in the order).
  const edgeHead = new Int32Array(count).fill(-1);
  const edgeNext: number[] = [];
  const edgeTarget: number[] = [];
  const edgeIsSS: boolean[] = [];
  const edgeLag: number[] = [];

  let latestFinish = -Infinity;
  for (let i = 0; i < count; i++) {
    const task = tasks[order[i] as number] as Task;
    const start = toDayNumber(task.startDate);
    duration[i] = durationOf(start, toDayNumber(task.endDate));
    let es = start;
    for (const dependency of task.predecessors) {
      const predecessorIndex = inputIndex.get(dependency.taskId);
      if (predecessorIndex === undefined) continue;
      const p = rank[predecessorIndex] as number;
      if (p >= i) continue; // a link that closes a loop
      const bound =
        dependency.type === 'SS'
          ? (earlyStart[p] as number) + dependency.lagDays
          : (earlyFinish[p] as number) + 1 + dependency.lagDays;
      if (bound > es) es = bound;
      edgeTarget.push(i);
      edgeIsSS.push(dependency.type === 'SS');
      edgeLag.push(dependency.lagDays);
      edgeNext.push(edgeHead[p] as number);
      edgeHead[p] = edgeTarget.length - 1;
    }
    earlyStart[i] = es;
    earlyFinish[i] = es + (duration[i] as number) - 1;
    if ((earlyFinish[i] as number) > latestFinish) latestFinish = earlyFinish[i] as number;
  }

  let projectEnd = latestFinish;
  if (opts.projectEnd !== undefined) projectEnd = Math.max(projectEnd, toDayNumber(opts.projectEnd));

  const lateStart = new Float64Array(count);
  const result = new Map<TaskId, TaskSchedule>();
  const schedules: TaskSchedule[] = new Array<TaskSchedule>(count);
  for (let i = count - 1; i >= 0; i--) {
    const d = duration[i] as number;
    let lf = projectEnd;
    for (let e = edgeHead[i] as number; e !== -1; e = edgeNext[e] as number) {
      const s = edgeTarget[e] as number;
      const lag = edgeLag[e] as number;
      const bound = edgeIsSS[e] ? (lateStart[s] as number) - lag + d - 1 : (lateStart[s] as number) - 1 - lag;
      if (bound < lf) lf = bound;
    }
    const ls = lf - d + 1;
    lateStart[i] = ls;
    const slack = ls - (earlyStart[i] as number);
    schedules[i] = {
      earlyStart: fromDayNumber(earlyStart[i] as number),
      earlyFinish: fromDayNumber(earlyFinish[i] as number),
      lateStart: fromDayNumber(ls),
      lateFinish: fromDayNumber(lf),
      totalSlackDays: slack,
      isCritical: slack === 0,
    };
  }
  for (let i = 0; i < count; i++) {
    result.set((tasks[order[i] as number] as Task).id, schedules[i] as TaskSchedule);
  }
  return result;
}

/** The ids of the critical tasks, in the order of `tasks`. */
export function criticalTaskIds(tasks: readonly Task[], result: ReadonlyMap<TaskId, TaskSchedule>): TaskId[] {
  return tasks.filter((task) => result.get(task.id)?.isCritical === true).map((task) => task.id);
}

/**
 * Why a task is (not) on the critical path, for the hint next to a chosen task:
 * "Slack 3 days: it can slip 3 days before the campaign end moves."
 */
export function slackHint(taskId: TaskId, result: ReadonlyMap<TaskId, TaskSchedule>, locale: Locale): string {
  const schedule = result.get(taskId);
  const zh = isChinese(locale);
  if (!schedule) return zh ? '这项任务不在排期中。' : 'This task is not in the schedule.';
  if (schedule.isCritical) {
    return zh
      ? '关键任务：没有余量，它每延误一天，活动结束就推后一天。'
      : 'Critical: no slack — every day it slips moves the campaign end by a day.';
  }
  const days = formatDays(schedule.totalSlackDays, locale);
  return zh
    ? `余量 ${days}：它延后不超过 ${days}，活动结束日期就不受影响（最晚 ${schedule.lateFinish} 完成）。`
    : `Slack ${days}: it can slip ${days} before the campaign end moves (finish by ${schedule.lateFinish} at the latest).`;
}
