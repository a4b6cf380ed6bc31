import { holidayEntry } from '../../calendar/holidaysCN';
import type { Phase, Plan, Task, TaskId } from '../../domain';
import { toDayNumber, fromDayNumber } from './dayNumber';
import { describeLoop } from './dependencies';
import { findCycle } from './graph';
import type { Locale } from '../../i18n/locale';
import { isChinese } from './locale';

export type ScheduleProblemKind =
  | 'outsideCampaign'
  | 'afterMilestone'
  | 'ownerOverload'
  | 'dependencyViolated'
  | 'onBlackoutDay'
  | 'onHoliday'
  | 'loop';

/** Kinds the planner may dismiss one by one (they are judgement calls, not contradictions). */
export const dismissableProblemKinds: readonly ScheduleProblemKind[] = ['onHoliday'];

/** A stable key for a problem, stored in plan.dismissedProblems when the planner dismisses it. */
export function problemKey(problem: ScheduleProblem): string {
  return `${problem.kind}:${problem.taskId}:${String(problem.params.date ?? '')}`;
}

/**
 * One thing wrong with the schedule. `taskId` is where the panel jumps; `params` carries what the
 * UI needs to say it (see `describeProblem` for the keys of each kind).
 */
export interface ScheduleProblem {
  kind: ScheduleProblemKind;
  taskId: TaskId;
  relatedTaskIds: TaskId[];
  severity: 'error' | 'warning';
  params: Record<string, string | number>;
}

export interface ScheduleProblemOptions {
  /** More than this many tasks of one owner on the same day is an overload. Default 3. */
  maxOverlapPerOwner?: number;
}

export interface ScheduleInput {
  plan: Plan;
  /** Not used by today's checks; part of the input so phase checks can join without an API change. */
  phases: readonly Phase[];
  tasks: readonly Task[];
}

/**
 * Every problem of a schedule, errors first, then in task order. Cancelled tasks are ignored.
 * All checks are linear or n·log n (the overload check is a sweep over start/end events).
 */
export function findScheduleProblems(
  input: ScheduleInput,
  opts: ScheduleProblemOptions = {},
): ScheduleProblem[] {
  const maxOverlap = opts.maxOverlapPerOwner ?? 3;
  const tasks = input.tasks.filter((task) => task.status !== 'cancelled');
  const byId = new Map<TaskId, Task>();
  for (const task of tasks) byId.set(task.id, task);
  const problems: ScheduleProblem[] = [];

  const loop = findCycle(tasks);
  if (loop) {
    problems.push({
      kind: 'loop',
      taskId: loop[0] as TaskId,
      relatedTaskIds: loop,
      severity: 'error',
      params: { length: loop.length },
    });
  }

  const campaignStart = input.plan.startDate;
  const campaignEnd = input.plan.endDate;
  const blackout = [...new Set(input.plan.blackoutDays)].sort();

  for (const task of tasks) {
    for (const dependency of task.predecessors) {
      const predecessor = byId.get(dependency.taskId);
      if (!predecessor || predecessor.id === task.id) continue;
      // Only a finish-to-start link says the work must be done by the milestone; a start-to-start
      // one (the war room opens before 00:00 and stays staffed) may run on past it.
      if (task.isMilestone && dependency.type === 'FS' && predecessor.endDate > task.startDate) {
        problems.push({
          kind: 'afterMilestone',
          taskId: predecessor.id,
          relatedTaskIds: [task.id],
          severity: 'error',
          params: { taskEnd: predecessor.endDate, milestoneDate: task.startDate },
        });
        continue; // the same late finish would otherwise be reported twice
      }
      const earliest =
        dependency.type === 'SS'
          ? toDayNumber(predecessor.startDate) + dependency.lagDays
          : toDayNumber(predecessor.endDate) + 1 + dependency.lagDays;
      if (toDayNumber(task.startDate) < earliest) {
        problems.push({
          kind: 'dependencyViolated',
          taskId: task.id,
          relatedTaskIds: [predecessor.id],
          severity: 'error',
          params: {
            type: dependency.type,
            lagDays: dependency.lagDays,
            start: task.startDate,
            earliestStart: fromDayNumber(earliest),
          },
        });
      }
    }

    if (task.startDate < campaignStart || task.endDate > campaignEnd) {
      problems.push({
        kind: 'outsideCampaign',
        taskId: task.id,
        relatedTaskIds: [],
        severity: 'warning',
        params: { start: task.startDate, end: task.endDate, campaignStart, campaignEnd },
      });
    }

    if (!input.plan.worksThroughHolidays) {
      // A task starting or ending on a day off: who picks it up? (docs/figures-goals.md §4)
      const edge = holidayEntry(task.startDate)?.kind === 'holiday' ? 'start' : null;
      const end = edge === null && holidayEntry(task.endDate)?.kind === 'holiday' ? 'end' : null;
      const which = edge ?? end;
      if (which !== null) {
        const date = which === 'start' ? task.startDate : task.endDate;
        const entry = holidayEntry(date);
        problems.push({
          kind: 'onHoliday',
          taskId: task.id,
          relatedTaskIds: [],
          severity: 'warning',
          params: {
            date,
            edge: which,
            holidayZh: entry?.name.zh ?? '',
            holidayEn: entry?.name.en ?? '',
            provisional: entry?.provisional ? 1 : 0,
          },
        });
      }
    }

    const blackoutHit = firstDateWithin(blackout, task.startDate, task.endDate);
    if (blackoutHit !== null) {
      problems.push({
        kind: 'onBlackoutDay',
        taskId: task.id,
        relatedTaskIds: [],
        severity: 'warning',
        params: { date: blackoutHit },
      });
    }
  }

  problems.push(...findOwnerOverloads(tasks, maxOverlap));
  const dismissed = new Set(input.plan.dismissedProblems ?? []);
  const kept =
    dismissed.size === 0
      ? problems
      : problems.filter((p) => !dismissableProblemKinds.includes(p.kind) || !dismissed.has(problemKey(p)));

  const position = new Map<TaskId, number>();
  input.tasks.forEach((task, index) => position.set(task.id, index));
  const rank = (problem: ScheduleProblem) => (problem.severity === 'error' ? 0 : 1);
  return kept
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        rank(a.problem) - rank(b.problem) ||
        (position.get(a.problem.taskId) ?? 0) - (position.get(b.problem.taskId) ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}

/** The first of the sorted `dates` inside [start, end], by binary search. */
function firstDateWithin(dates: readonly string[], start: string, end: string): string | null {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((dates[mid] as string) < start) low = mid + 1;
    else high = mid;
  }
  const hit = dates[low];
  return hit !== undefined && hit <= end ? hit : null;
}

/**
 * Days on which one owner has more than `maxOverlap` tasks at once, as one problem per run of
 * overloaded days. Milestones are moments, not work, and do not count. A sweep over start and
 * end events per owner: O(n log n) overall.
 */
function findOwnerOverloads(tasks: readonly Task[], maxOverlap: number): ScheduleProblem[] {
  const byOwner = new Map<string, Task[]>();
  for (const task of tasks) {
    const owner = task.owner.trim();
    if (owner === '' || task.isMilestone) continue;
    const list = byOwner.get(owner);
    if (list) list.push(task);
    else byOwner.set(owner, [task]);
  }
  const problems: ScheduleProblem[] = [];
  for (const [owner, list] of byOwner) {
    if (list.length <= maxOverlap) continue;
    // Event at day d: +1 when a task starts, -1 the day after it ends. Ends sort before starts
    // on the same day, so a task ending on the 3rd and one starting on the 4th never overlap.
    const events: { day: number; delta: 1 | -1; task: Task }[] = [];
    for (const task of list) {
      const start = toDayNumber(task.startDate);
      const end = Math.max(start, toDayNumber(task.endDate));
      events.push({ day: start, delta: 1, task }, { day: end + 1, delta: -1, task });
    }
    events.sort((a, b) => a.day - b.day || a.delta - b.delta);
    const active = new Set<Task>();
    let runStart: number | null = null;
    let runPeak = 0;
    let peakTasks: Task[] = [];
    for (let i = 0; i < events.length;) {
      const day = (events[i] as (typeof events)[number]).day;
      for (; i < events.length && (events[i] as (typeof events)[number]).day === day; i++) {
        const event = events[i] as (typeof events)[number];
        if (event.delta === 1) active.add(event.task);
        else active.delete(event.task);
      }
      if (active.size > maxOverlap) {
        if (runStart === null) {
          runStart = day;
          runPeak = 0;
        }
        if (active.size > runPeak) {
          runPeak = active.size;
          peakTasks = [...active];
        }
      } else if (runStart !== null) {
        problems.push(overloadProblem(owner, runStart, day - 1, runPeak, peakTasks, maxOverlap));
        runStart = null;
      }
    }
  }
  return problems;
}

function overloadProblem(
  owner: string,
  from: number,
  to: number,
  count: number,
  involved: readonly Task[],
  maxOverlap: number,
): ScheduleProblem {
  const sorted = [...involved].sort((a, b) =>
    a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0,
  );
  const [first, ...rest] = sorted;
  return {
    kind: 'ownerOverload',
    taskId: (first as Task).id,
    relatedTaskIds: rest.map((task) => task.id),
    severity: 'warning',
    params: { owner, from: fromDayNumber(from), to: fromDayNumber(to), count, limit: maxOverlap },
  };
}

/** A sentence for the problems panel, in the planner's language. */
export function describeProblem(
  problem: ScheduleProblem,
  tasksById: ReadonlyMap<TaskId, Pick<Task, 'title'>>,
  locale: Locale,
): string {
  const zh = isChinese(locale);
  const title = (id: TaskId | undefined) => {
    const name = id === undefined ? '?' : (tasksById.get(id)?.title ?? id);
    return zh ? `「${name}」` : `“${name}”`;
  };
  const p = problem.params;
  switch (problem.kind) {
    case 'loop':
      return zh
        ? `依赖形成了循环，无法排期：${describeLoop(problem.relatedTaskIds, tasksById, locale)}`
        : `The links form a loop, so the schedule cannot be worked out: ${describeLoop(problem.relatedTaskIds, tasksById, locale)}`;
    case 'afterMilestone':
      return zh
        ? `${title(problem.taskId)}在 ${p.taskEnd} 结束，晚于它所支撑的里程碑${title(problem.relatedTaskIds[0])}（${p.milestoneDate}）。`
        : `${title(problem.taskId)} ends on ${p.taskEnd}, after the milestone it feeds, ${title(problem.relatedTaskIds[0])} (${p.milestoneDate}).`;
    case 'dependencyViolated': {
      const link = p.type === 'SS' ? (zh ? '开始' : 'start') : zh ? '完成' : 'finish';
      return zh
        ? `${title(problem.taskId)}在 ${p.start} 开始，早于前置任务${title(problem.relatedTaskIds[0])}${link}后允许的最早日期 ${p.earliestStart}。`
        : `${title(problem.taskId)} starts on ${p.start}, before ${p.earliestStart}, the earliest its predecessor ${title(problem.relatedTaskIds[0])} allows after its ${link}.`;
    }
    case 'outsideCampaign':
      return zh
        ? `${title(problem.taskId)}（${p.start} 至 ${p.end}）超出了活动日期 ${p.campaignStart} 至 ${p.campaignEnd}。`
        : `${title(problem.taskId)} (${p.start} to ${p.end}) lies outside the campaign dates, ${p.campaignStart} to ${p.campaignEnd}.`;
    case 'onHoliday': {
      const when = zh ? (p.edge === 'start' ? '开始' : '结束') : p.edge === 'start' ? 'starts' : 'ends';
      return zh
        ? `${title(problem.taskId)}在 ${p.date}（${p.holidayZh}）${when}，这天是法定节假日${p.provisional ? '（安排尚未公布）' : ''}：请确认有人值守，或在计划概览中设为“节假日照常上班”。`
        : `${title(problem.taskId)} ${when} on ${p.date}, ${p.holidayEn}, a statutory holiday${p.provisional ? ' (arrangement not yet published)' : ''}: make sure someone is on duty, or mark the plan “team works through holidays” in the overview.`;
    }
    case 'onBlackoutDay':
      return zh
        ? `${title(problem.taskId)}排在了禁排日 ${p.date}。`
        : `${title(problem.taskId)} is scheduled over the blackout day ${p.date}.`;
    case 'ownerOverload': {
      const when =
        p.from === p.to
          ? zh
            ? `${p.from}`
            : `on ${p.from}`
          : zh
            ? `${p.from} 至 ${p.to}`
            : `from ${p.from} to ${p.to}`;
      return zh
        ? `${p.owner} 在 ${when} 同时有 ${p.count} 项任务（上限 ${p.limit} 项）。`
        : `${p.owner} has ${p.count} tasks at once ${when} (limit ${p.limit}).`;
    }
  }
}
